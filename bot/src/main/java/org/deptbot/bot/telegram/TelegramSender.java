package org.deptbot.bot.telegram;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ChatAdapter;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.bot.chat.SendOutcome;
import org.deptbot.core.staff.ChatPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
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
 * 4096 characters on line boundaries (buttons on the last part), and 429 answers waited out for the
 * {@code retry_after} Telegram asks. Files users send are fetched through {@link TelegramFiles}.
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

  TelegramSender(TelegramClient client, TelegramFiles files) {
    this.client = client;
    this.files = files;
  }

  @Override
  public ChatPlatform platform() {
    return ChatPlatform.TELEGRAM;
  }

  @Override
  public void deliver(Incoming cause, List<Outgoing> replies) {
    for (Outgoing reply : replies) {
      try {
        send(reply);
      } catch (TelegramApiRequestException refused) {
        if (refused.getErrorCode() != null && refused.getErrorCode() >= 500) {
          // Telegram's own failure, not a verdict on the message: the update stays unhandled and
          // is tried again (ChatIngress.retryUnhandled)
          throw new IllegalStateException(
              "Telegram failed (" + refused.getErrorCode() + ")", refused);
        }
        // Telegram refused this one (user blocked the bot, message gone): retrying cannot help.
        log.warn(
            "Telegram refused a message ({}): {}",
            cause == null ? "sent unprompted" : "reply to " + cause.updateKey(),
            refused.getApiResponse());
      } catch (TelegramApiException unreachable) {
        throw new IllegalStateException("Telegram could not be reached", unreachable);
      }
    }
  }

  /**
   * A 4xx answer (403: the user blocked the bot or never started it; 400: chat not found) is a
   * refusal for good; 5xx, a 429 still refused after its waits, or no answer, is Telegram
   * unreachable for now.
   */
  @Override
  public SendOutcome sendUnprompted(Outgoing.Send message) {
    try {
      Message last =
          message.image() != null
              ? sendPhoto(message)
              : sendText(message.to().chatId(), message.text(), message.buttons());
      return new SendOutcome.Delivered(
          last == null ? null : (last.hasPhoto() ? CAPTIONED : "") + last.getMessageId());
    } catch (TelegramApiRequestException refused) {
      Integer code = refused.getErrorCode();
      if (code == null || code >= 500 || code == 429) {
        log.warn("Telegram failed a message sent unprompted ({}); it is tried again later", code);
        return new SendOutcome.Unreachable("Telegram failed (" + code + ")");
      }
      log.warn("Telegram refused a message (sent unprompted): {}", refused.getApiResponse());
      return new SendOutcome.Refused(refused.getApiResponse());
    } catch (TelegramApiException unreachable) {
      log.warn(
          "Telegram could not be reached for a message sent unprompted ({})",
          unreachable.getClass().getSimpleName());
      return new SendOutcome.Unreachable("Telegram could not be reached");
    }
  }

  /** Downloads a photo or document a user sent; see {@link TelegramFiles}. */
  @Override
  public Incoming.Attachment fetch(Incoming.Attachment attachment) {
    return files.fetch(attachment);
  }

  private void send(Outgoing reply) throws TelegramApiException {
    if (reply instanceof Outgoing.Send message && message.image() != null) {
      sendPhoto(message);
    } else if (reply instanceof Outgoing.Send message) {
      sendText(message.to().chatId(), message.text(), message.buttons());
    } else if (reply instanceof Outgoing.Edit edit && edit.messageId().startsWith(CAPTIONED)) {
      // a picture: its text is its caption, and it has no other text to edit
      execute(
          EditMessageCaption.builder()
              .chatId(edit.to().chatId())
              .messageId(Integer.valueOf(edit.messageId().substring(CAPTIONED.length())))
              .caption(edit.text().split(MAX_CAPTION).get(0).toHtml("\n"))
              .parseMode("HTML")
              .replyMarkup(keyboard(edit.buttons()))
              .build());
    } else if (reply instanceof Outgoing.Edit edit) {
      execute(
          EditMessageText.builder()
              .chatId(edit.to().chatId())
              .messageId(Integer.valueOf(edit.messageId()))
              .text(edit.text().split(MAX_TEXT).get(0).toHtml("\n"))
              .parseMode("HTML")
              .replyMarkup(keyboard(edit.buttons()))
              .build());
    } else if (reply instanceof Outgoing.AnswerPress answer) {
      execute(
          AnswerCallbackQuery.builder()
              .callbackQueryId(answer.pressId())
              .text(answer.notice())
              .build());
    }
  }

  /** Sends the text in parts; returns the last, which carries the buttons. */
  private Message sendText(String chatId, RichText text, List<List<Button>> buttons)
      throws TelegramApiException {
    List<RichText> parts = text.split(MAX_TEXT);
    Message sent = null;
    for (int i = 0; i < parts.size(); i++) {
      boolean last = i == parts.size() - 1;
      sent =
          execute(
              SendMessage.builder()
                  .chatId(chatId)
                  .text(parts.get(i).toHtml("\n"))
                  .parseMode("HTML")
                  .replyMarkup(last ? keyboard(buttons) : null)
                  .build());
    }
    return sent;
  }

  /** A photo carries the text as its caption when it fits; longer text follows as messages. */
  private Message sendPhoto(Outgoing.Send message) throws TelegramApiException {
    boolean captioned = message.text().length() <= MAX_CAPTION;
    Image image = message.image();
    SendPhoto photo =
        SendPhoto.builder()
            .chatId(message.to().chatId())
            .photo(new InputFile(new ByteArrayInputStream(image.bytes()), image.fileName()))
            .caption(captioned ? message.text().toHtml("\n") : null)
            .parseMode(captioned ? "HTML" : null)
            .replyMarkup(captioned ? keyboard(message.buttons()) : null)
            .build();
    Message sent = withRetries("sendPhoto", () -> client.execute(photo));
    if (!captioned) {
      return sendText(message.to().chatId(), message.text(), message.buttons());
    }
    return sent;
  }

  private <T extends Serializable> T execute(BotApiMethod<T> method) throws TelegramApiException {
    return withRetries(method.getMethod(), () -> client.execute(method));
  }

  /** One Bot API call, repeated after the wait Telegram asks for in a 429. */
  private <T> T withRetries(String method, TelegramCall<T> call) throws TelegramApiException {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.run();
      } catch (TelegramApiRequestException e) {
        Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        if (retryAfter == null || attempt > MAX_RETRIES) {
          throw e;
        }
        log.info("Telegram asked to wait {} s before {}", retryAfter, method);
        sleep(retryAfter);
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

  private static void sleep(int seconds) {
    try {
      Thread.sleep(Math.min(seconds, 60) * 1000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Telegram's rate limit", e);
    }
  }
}
