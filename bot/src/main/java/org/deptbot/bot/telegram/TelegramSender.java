package org.deptbot.bot.telegram;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ChatAdapter;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.bot.chat.SendOutcome;
import org.deptbot.bot.delivery.SendBudgets;
import org.deptbot.core.staff.ChatPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Carries out the engine's replies on Telegram: HTML with every text escaped, long text split at
 * 4096 characters on line boundaries (buttons on the last part). Each call that sends takes its
 * turn in the bot's send budget, shared with the delivery workers and with every other bot on the
 * database ({@link SendBudgets}): room in its chat's window (1 a second in a private chat, 20 a
 * minute in a group), then in the overall one, where replies go before deliveries. A 429 is waited
 * out for the {@code retry_after} Telegram asks, on a timer rather than on the thread that handles
 * updates ({@link #deliverLater}): the calls left go on from there, in order, so one chat's wait
 * holds up no other chat. A button press answered as soon as it arrived ({@link #answerAtOnce}) is
 * not answered again. Files users send are fetched through {@link TelegramFiles}.
 */
class TelegramSender implements ChatAdapter {

  static final int MAX_TEXT = 4096;
  static final int MAX_CAPTION = 1024;
  private static final int MAX_RETRIES = 3;

  /**
   * How {@link #sendUnprompted} marks the id of a picture whose caption holds the text: Telegram
   * edits it with editMessageCaption (editMessageText refuses a message without text).
   */
  static final String CAPTIONED = "caption:";

  private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

  private final TelegramClient client;
  private final TelegramFiles files;
  private final SendBudgets budgets;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "telegram-replies");
            thread.setDaemon(true);
            return thread;
          });
  // carries on a delivery after a wait, so the timer itself never makes a call
  private final ExecutorService continuing =
      Executors.newFixedThreadPool(
          2,
          r -> {
            Thread thread = new Thread(r, "telegram-replies-on");
            thread.setDaemon(true);
            return thread;
          });
  private final ExecutorService answering =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "telegram-answers");
            thread.setDaemon(true);
            return thread;
          });

  // presses being answered, or answered, on arrival: true once Telegram took the answer
  /**
   * Presses answered as they arrived, by press id, kept (the latest 10,000) rather than taken once:
   * an update handled again, or a second answer in one update's replies, must not answer the press
   * a second time (Telegram refuses that: "query is too old … or query ID is invalid").
   */
  private final Map<String, CompletableFuture<Boolean>> answeredEarly =
      Collections.synchronizedMap(
          new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Boolean>> e) {
              return size() > 10_000;
            }
          });

  TelegramSender(TelegramClient client, TelegramFiles files, SendBudgets budgets) {
    this.client = client;
    this.files = files;
    this.budgets = budgets;
  }

  @Override
  public ChatPlatform platform() {
    return ChatPlatform.TELEGRAM;
  }

  /** As {@link #deliverLater}, holding the calling thread until it is done. */
  @Override
  public void deliver(Incoming cause, List<Outgoing> replies) {
    try {
      deliverLater(cause, replies).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /**
   * Carries out the replies in order. Completes exceptionally when Telegram could not be reached or
   * failed with a server error (the update is then tried again); a reply Telegram refuses (the user
   * blocked the bot, the message is gone) is logged and left out, as retrying cannot help.
   */
  @Override
  public CompletableFuture<Void> deliverLater(Incoming cause, List<Outgoing> replies) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < replies.size(); i++) {
      steps.addAll(steps(i, replies.get(i)));
    }
    Run run = new Run(cause, steps);
    run.go();
    return run.done.thenApply(last -> null);
  }

  /**
   * A 4xx answer (403: the user blocked the bot or never started it; 400: chat not found) is a
   * refusal for good; 5xx, a 429 still refused after its waits, or no answer, is Telegram
   * unreachable for now.
   */
  @Override
  public SendOutcome sendUnprompted(Outgoing.Send message) {
    Run run = new Run(null, steps(0, message));
    run.go();
    try {
      Message last = run.done.join();
      if (run.refusal != null) {
        return Integer.valueOf(429).equals(run.refusalCode)
            ? new SendOutcome.Unreachable("Telegram kept asking to wait")
            : new SendOutcome.Refused(run.refusal);
      }
      return new SendOutcome.Delivered(
          last == null ? null : (last.hasPhoto() ? CAPTIONED : "") + last.getMessageId());
    } catch (CompletionException e) {
      log.warn(
          "Telegram could not take a message sent unprompted ({}); it is tried again later",
          e.getCause() == null ? e.toString() : e.getCause().getMessage());
      return new SendOutcome.Unreachable(
          e.getCause() == null ? "Telegram could not be reached" : e.getCause().getMessage());
    }
  }

  /**
   * Answers a button press as soon as it arrives, on a thread of its own, before the press waits
   * for anything (its chat's earlier updates, a rate limit): Telegram shows the user a spinner
   * until it is answered. The engine's own answer to it is then left out.
   */
  void answerAtOnce(String pressId, Supplier<Outgoing.AnswerPress> answer) {
    CompletableFuture<Boolean> sent = new CompletableFuture<>();
    answeredEarly.put(pressId, sent);
    try {
      answering.execute(
          () -> {
            try {
              Outgoing.AnswerPress press = answer.get();
              client.execute(
                  AnswerCallbackQuery.builder()
                      .callbackQueryId(press.pressId())
                      .text(press.notice())
                      .build());
              sent.complete(true);
            } catch (TelegramApiException | RuntimeException e) {
              // the engine's answer goes when the press is handled
              log.info("A button press could not be answered at once: {}", e.getMessage());
              sent.complete(false);
            }
          });
    } catch (RejectedExecutionException stopping) {
      sent.complete(false);
    }
  }

  /** Stops the timers: replies still waiting stay owed, and their updates unhandled. */
  void stop() {
    answering.shutdownNow();
    timer.shutdownNow();
    continuing.shutdown();
  }

  /** Downloads a photo or document a user sent; see {@link TelegramFiles}. */
  @Override
  public Incoming.Attachment fetch(Incoming.Attachment attachment) {
    return files.fetch(attachment);
  }

  /**
   * One Bot API call of a reply ({@code reply}: its place in the list). {@code answeredEarly} is
   * set on a press's answer when the press was answered as it arrived here.
   */
  private record Step(
      int reply,
      ChatTarget to,
      boolean sends,
      TelegramCall<?> call,
      CompletableFuture<Boolean> answeredEarly,
      boolean answersPress) {

    Step(
        int reply,
        ChatTarget to,
        boolean sends,
        TelegramCall<?> call,
        CompletableFuture<Boolean> answeredEarly) {
      this(reply, to, sends, call, answeredEarly, false);
    }
  }

  private List<Step> steps(int reply, Outgoing out) {
    List<Step> steps = new ArrayList<>();
    if (out instanceof Outgoing.Send message && message.image() != null) {
      boolean captioned = message.text().length() <= MAX_CAPTION;
      steps.add(new Step(reply, message.to(), true, () -> sendPhoto(message, captioned), null));
      if (!captioned) {
        textSteps(reply, message.to(), message.text(), message.buttons(), steps);
      }
    } else if (out instanceof Outgoing.Send message) {
      textSteps(reply, message.to(), message.text(), message.buttons(), steps);
    } else if (out instanceof Outgoing.Edit edit && edit.messageId().startsWith(CAPTIONED)) {
      // a picture: its text is its caption, and it has no other text to edit
      EditMessageCaption method =
          EditMessageCaption.builder()
              .chatId(edit.to().chatId())
              .messageId(Integer.valueOf(edit.messageId().substring(CAPTIONED.length())))
              .caption(edit.text().split(MAX_CAPTION).get(0).toHtml("\n"))
              .parseMode("HTML")
              .replyMarkup(keyboard(edit.buttons()))
              .build();
      steps.add(new Step(reply, edit.to(), true, () -> client.execute(method), null));
    } else if (out instanceof Outgoing.Edit edit) {
      EditMessageText method =
          EditMessageText.builder()
              .chatId(edit.to().chatId())
              .messageId(Integer.valueOf(edit.messageId()))
              .text(edit.text().split(MAX_TEXT).get(0).toHtml("\n"))
              .parseMode("HTML")
              .replyMarkup(keyboard(edit.buttons()))
              .build();
      steps.add(new Step(reply, edit.to(), true, () -> client.execute(method), null));
    } else if (out instanceof Outgoing.AnswerPress answer) {
      // only if the press was not answered as it arrived. A press this process did not see arrive
      // (stored before a restart) is answered now: a SIGKILL between storing it and answering it
      // would leave the person's spinner turning. If it was answered then, Telegram refuses this
      // second answer, which changes nothing (see Run.go)
      AnswerCallbackQuery method =
          AnswerCallbackQuery.builder()
              .callbackQueryId(answer.pressId())
              .text(answer.notice())
              .build();
      steps.add(
          new Step(
              reply,
              answer.to(),
              false,
              () -> client.execute(method),
              answeredEarly.get(answer.pressId()),
              true));
    }
    return steps;
  }

  /** The text in parts; the last carries the buttons. */
  private void textSteps(
      int reply, ChatTarget to, RichText text, List<List<Button>> buttons, List<Step> steps) {
    List<RichText> parts = text.split(MAX_TEXT);
    for (int i = 0; i < parts.size(); i++) {
      SendMessage method =
          SendMessage.builder()
              .chatId(to.chatId())
              .text(parts.get(i).toHtml("\n"))
              .parseMode("HTML")
              .replyMarkup(i == parts.size() - 1 ? keyboard(buttons) : null)
              .build();
      steps.add(new Step(reply, to, true, () -> client.execute(method), null));
    }
  }

  /** A photo carries the text as its caption when it fits; longer text follows as messages. */
  private Message sendPhoto(Outgoing.Send message, boolean captioned) throws TelegramApiException {
    Image image = message.image();
    // a new stream for every attempt: a retry after a 429 sends the bytes again
    return client.execute(
        SendPhoto.builder()
            .chatId(message.to().chatId())
            .photo(new InputFile(new ByteArrayInputStream(image.bytes()), image.fileName()))
            .caption(captioned ? message.text().toHtml("\n") : null)
            .parseMode(captioned ? "HTML" : null)
            .replyMarkup(captioned ? keyboard(message.buttons()) : null)
            .build());
  }

  /**
   * The calls of one delivery, made one after the other; a wait (the budget's or a 429's) is a
   * timer that carries on from the same call, so no thread waits.
   */
  private final class Run {
    final Incoming cause;
    final List<Step> steps;
    final CompletableFuture<Message> done = new CompletableFuture<>();
    int next;
    int attempt = 1;
    Message last;
    volatile boolean refused;
    volatile String refusal;
    volatile Integer refusalCode;

    Run(Incoming cause, List<Step> steps) {
      this.cause = cause;
      this.steps = steps;
    }

    synchronized void go() {
      while (next < steps.size()) {
        Step step = steps.get(next);
        if (step.answeredEarly() != null) {
          if (!step.answeredEarly().isDone()) {
            step.answeredEarly().whenComplete((sent, e) -> later(Duration.ZERO));
            return;
          }
          if (step.answeredEarly().join()) {
            next++;
            continue;
          }
        }
        if (step.sends()) {
          // the chat's own limit, counted with every bot's calls there (deliveries too): looked
          // at first, taken right before the call, after the turn in the overall limit
          String chatId = step.to().chatId();
          boolean group = !step.to().privateChat();
          Duration wait = budgets.untilChat(ChatPlatform.TELEGRAM, chatId, group);
          if (wait.isZero()) {
            wait = budgets.takeForReply(ChatPlatform.TELEGRAM);
          }
          if (wait.isZero()) {
            wait = budgets.takeChat(ChatPlatform.TELEGRAM, chatId, group);
          }
          if (!wait.isZero()) {
            budgets.sent(); // the overall room, if taken, is given up
            later(wait);
            return;
          }
        }
        try {
          Object result = callMarkingSent(step);
          if (result instanceof Message message) {
            last = message;
          }
          next++;
          attempt = 1;
        } catch (TelegramApiRequestException e) {
          Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
          if (retryAfter != null && attempt <= MAX_RETRIES) {
            attempt++;
            log.info("Telegram asked to wait {} s before the next reply to a chat", retryAfter);
            later(Duration.ofSeconds(Math.max(1, retryAfter)));
            return;
          }
          if (e.getErrorCode() != null && e.getErrorCode() >= 500) {
            // Telegram's own failure, not a verdict on the message: the update stays unhandled
            // and is tried again (ChatIngress.retryUnhandled)
            done.completeExceptionally(
                new IllegalStateException("Telegram failed (" + e.getErrorCode() + ")", e));
            return;
          }
          if (step.answersPress() && Integer.valueOf(400).equals(e.getErrorCode())) {
            // answered before a restart, or too late to answer: the replies after it still go
            log.info("A button press was answered before, or is too old to answer");
            next++;
            attempt = 1;
            continue;
          }
          // Telegram refused this one (user blocked the bot, message gone): retrying cannot help.
          log.warn(
              "Telegram refused a message ({}): {}",
              cause == null ? "sent unprompted" : "reply to " + cause.updateKey(),
              e.getApiResponse());
          refused = true;
          refusal = e.getApiResponse();
          refusalCode = e.getErrorCode();
          skipReply(step.reply());
        } catch (TelegramApiException unreachable) {
          done.completeExceptionally(
              new IllegalStateException("Telegram could not be reached", unreachable));
          return;
        } catch (RuntimeException e) {
          done.completeExceptionally(e);
          return;
        }
      }
      done.complete(last);
    }

    /** Makes the call; the room it took in the send budget is then marked as used now. */
    private Object callMarkingSent(Step step) throws TelegramApiException {
      try {
        return step.call().run();
      } finally {
        if (step.sends()) {
          budgets.sent();
        }
      }
    }

    private void carryOn() {
      try {
        continuing.execute(this::go);
      } catch (RejectedExecutionException stopping) {
        done.completeExceptionally(
            new IllegalStateException("stopping before the replies were delivered"));
      }
    }

    /** Past the rest of a refused reply's calls, to the next reply's. */
    private void skipReply(int reply) {
      attempt = 1;
      while (next < steps.size() && steps.get(next).reply() == reply) {
        next++;
      }
    }

    private void later(Duration wait) {
      try {
        timer.schedule(this::carryOn, Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException stopping) {
        done.completeExceptionally(
            new IllegalStateException("stopping before the replies were delivered"));
      }
    }
  }

  @FunctionalInterface
  private interface TelegramCall<T> {
    T run() throws TelegramApiException;
  }

  /** The buttons as an inline keyboard; Telegram shows no forms, so form buttons are left out. */
  static InlineKeyboardMarkup keyboard(List<List<Button>> buttons) {
    List<List<Button>> rows = Button.withoutForms(buttons);
    if (rows.isEmpty()) {
      return null;
    }
    List<InlineKeyboardRow> keyboard =
        rows.stream()
            .map(
                row ->
                    new InlineKeyboardRow(
                        row.stream()
                            .map(
                                b ->
                                    InlineKeyboardButton.builder()
                                        .text(b.label())
                                        .callbackData(b.id())
                                        .build())
                            .toList()))
            .toList();
    return InlineKeyboardMarkup.builder().keyboard(keyboard).build();
  }
}
