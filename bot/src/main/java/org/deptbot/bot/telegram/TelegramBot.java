package org.deptbot.bot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.deptbot.bot.chat.ChatEngine;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.core.delivery.ChatMigrations;
import org.deptbot.core.leases.RoundLeases;
import org.deptbot.core.staff.ChatPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram bot's life. Start-up runs in the background and is retried until Telegram accepts
 * it, so the application (and every other platform) starts even when Telegram cannot be reached: it
 * publishes the command menu, handles updates a crash left behind, then long-polls (or registers
 * the webhook). Each chat's updates are handled in order, different chats' side by side on {@code
 * deptbot.telegram.handling-threads} threads ({@link ChatLanes}), and a button press is answered as
 * it arrives. Updates whose replies could not be delivered are tried again every {@code
 * deptbot.chat.retry-unhandled-every} while it runs, for up to {@code
 * deptbot.chat.retry-unhandled-for}. Each update is stored before {@link #consume} returns, because
 * telegrambots confirms the batch to Telegram at its next poll; nothing escapes {@link #consume},
 * as an exception there would end polling for good.
 */
class TelegramBot implements SmartLifecycle, LongPollingUpdateConsumer {

  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

  private final TelegramProperties properties;
  private final TelegramClient client;
  private final TelegramSender sender;
  private final ChatIngress ingress;
  private final ChatEngine engine;
  private final TelegramLink link;
  private final UpdateIntake intake;
  private final TelegramCommandMenus menus;
  private final Duration menusEvery;
  // null: this bot is the only one on its database and runs every round
  private volatile RoundLeases leases;
  // from getMe: a command addressed to another bot (/help@other_bot) is not ours to answer
  private volatile String username;
  private final OkHttpClient pollingHttp = TelegramHttp.forPolling();
  // a chat's updates are handled in the order they arrived; different chats' side by side
  private final ChatLanes handling;
  // updates queued or being handled here (their replies perhaps waiting out a 429), which the
  // retry round must leave alone
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService pollingThread =
      Executors.newSingleThreadScheduledExecutor(daemon("telegram-polling"));
  private final ScheduledExecutorService retryTimer =
      Executors.newSingleThreadScheduledExecutor(daemon("telegram-retry"));
  private final Duration retryEvery;
  private final Duration retryFor;
  private Thread connecting;
  private TelegramBotsLongPollingApplication polling;
  private boolean resumed;
  private volatile boolean running;

  private final ChatMigrations migrations;

  TelegramBot(
      TelegramProperties properties,
      TelegramClient client,
      TelegramSender sender,
      ChatIngress ingress,
      ChatEngine engine,
      TelegramLink link,
      ChatMigrations migrations,
      Duration retryEvery,
      Duration retryFor,
      TelegramCommandMenus menus,
      Duration menusEvery,
      int handlingThreads) {
    this.handling = new ChatLanes(handlingThreads, "telegram-handling");
    this.migrations = migrations;
    this.properties = properties;
    this.menus = menus;
    this.menusEvery = menusEvery;
    this.retryEvery = retryEvery;
    this.retryFor = retryFor;
    this.client = client;
    this.sender = sender;
    this.ingress = ingress;
    this.engine = engine;
    this.link = link;
    this.intake = new UpdateIntake(ingress, link, properties.retryMax(), () -> !running);
  }

  @Override
  public void start() {
    running = true;
    connecting = daemon("telegram-connect").newThread(this::connectUntilDone);
    connecting.start();
  }

  private void connectUntilDone() {
    RetryDelay delay = new RetryDelay(properties.retryMax());
    while (running) {
      try {
        connect();
        link.connected(!properties.webhook());
        return;
      } catch (Exception e) {
        String why = describe(e);
        link.startFailed(why);
        Duration wait = delay.next();
        log.warn("Telegram: could not start ({}); trying again in {} ms", why, wait.toMillis());
        try {
          Thread.sleep(wait.toMillis());
        } catch (InterruptedException stopped) {
          return;
        }
      }
    }
  }

  private void connect() throws Exception {
    username = client.execute(new GetMe()).getUserName();
    menus.publishShared();
    if (!resumed) {
      retryTimer.scheduleWithFixedDelay(
          () -> round("telegram.menus", this::reconcileMenus),
          0,
          menusEvery.toMillis(),
          TimeUnit.MILLISECONDS);
      resume();
      retryTimer.scheduleWithFixedDelay(
          () -> round("telegram.retry", this::retryUnhandled),
          retryEvery.toMillis(),
          retryEvery.toMillis(),
          TimeUnit.MILLISECONDS);
      resumed = true;
    }
    if (properties.webhook()) {
      client.execute(
          SetWebhook.builder()
              .url(properties.webhookUrl())
              .secretToken(properties.webhookSecret())
              .build());
      log.info("Telegram: webhook registered at {}", properties.webhookUrl());
      return;
    }
    client.execute(new DeleteWebhook());
    TelegramBotsLongPollingApplication app =
        new TelegramBotsLongPollingApplication(
            ObjectMapper::new,
            () -> pollingHttp,
            () -> pollingThread,
            () -> new PollBackOff(new RetryDelay(properties.retryMax()), link));
    try {
      app.registerBot(
          properties.token(), properties::telegramUrl, new DefaultGetUpdatesGenerator(), this);
    } catch (Exception e) {
      closeQuietly(app);
      throw e;
    }
    synchronized (this) {
      if (!running) {
        closeQuietly(app);
        return;
      }
      polling = app;
    }
    log.info("Telegram: long polling {}", properties.apiUrl());
  }

  /**
   * With several bots on one database, the menus' and the retries' rounds run only in the one
   * holding their lease (a retry taken by two bots at once would answer an update twice).
   */
  void shareRoundsThrough(RoundLeases leases) {
    this.leases = leases;
  }

  private void round(String name, Runnable body) {
    RoundLeases shared = leases;
    if (shared == null) {
      body.run();
    } else {
      shared.tryRun(name, body);
    }
  }

  private void reconcileMenus() {
    try {
      menus.reconcile();
    } catch (RuntimeException e) {
      log.warn("Telegram: the staff menus were not brought up to date; trying later", e);
    }
  }

  /** The engine's record of an update this bot is to answer; see {@link TelegramUpdates}. */
  Optional<Incoming> read(Update update) {
    return TelegramUpdates.toIncoming(update, username);
  }

  /** Stores every update of the batch, then queues it for handling; never throws. */
  @Override
  public void consume(List<Update> updates) {
    for (Update update : updates) {
      try {
        followMigration(update);
        read(update).ifPresent(this::storeAndQueue);
      } catch (RuntimeException e) {
        log.error("Telegram update {} could not be read; skipped", update.getUpdateId(), e);
      }
    }
  }

  /**
   * A group the bot is in became a supergroup: its channels and deliveries move to the new id. Done
   * as the update arrives, not stored first: it only repeats what Telegram already did, twice is
   * harmless, and should it fail, the next send there is refused with the new id and moves them.
   */
  void followMigration(Update update) {
    TelegramUpdates.migration(update)
        .ifPresent(
            m -> {
              int moved = migrations.migrate(ChatPlatform.TELEGRAM, m.from(), m.to());
              if (moved > 0) {
                log.info(
                    "Telegram chat {} became {}: {} channel(s) moved", m.from(), m.to(), moved);
              }
            });
  }

  private void storeAndQueue(Incoming incoming) {
    if (intake.store(incoming)) {
      answerAtOnce(incoming);
      queue(incoming, true);
    }
  }

  /** Also the webhook's way in. */
  void accept(Incoming incoming) {
    if (ingress.receive(incoming)) {
      answerAtOnce(incoming);
      queue(incoming, true);
    }
  }

  /** A button press is answered as it arrives, whatever its chat is waiting for. */
  private void answerAtOnce(Incoming incoming) {
    if (incoming instanceof Incoming.ButtonPress press) {
      sender.answerAtOnce(press.pressId(), () -> engine.answerAtOnce(press));
    }
  }

  /**
   * Queues the update behind its chat's others; it is handled on one of the handling threads and
   * its replies delivered without holding the thread while Telegram asks to wait ({@link
   * TelegramSender#deliverLater}). An update already queued or being handled here is left alone.
   */
  private void queue(Incoming incoming, boolean firstTry) {
    String key = incoming.updateKey();
    if (!inFlight.add(key)) {
      return;
    }
    boolean queued =
        handling.submit(
            incoming.chat().chatId(),
            () ->
                ingress
                    .processLater(key, sender)
                    .whenComplete(
                        (done, failed) -> {
                          inFlight.remove(key);
                          if (firstTry
                              && incoming instanceof Incoming.TextMessage
                              && incoming.chat().privateChat()) {
                            refreshMenu(incoming); // an enrollment code changes the menu
                          }
                        }));
    if (!queued) {
      inFlight.remove(key);
      log.info("Update {} is stored and will be handled after the restart", key);
    }
  }

  /** What a crash left stored but unhandled, queued behind each chat's new updates. */
  private void resume() {
    try {
      ingress.leftUnhandled(ChatPlatform.TELEGRAM).forEach(incoming -> queue(incoming, false));
    } catch (RuntimeException e) {
      log.warn("Updates left from before the restart were not read; the retry round takes them", e);
    }
  }

  /**
   * Updates whose replies could not be delivered are tried again while the bot runs, never while
   * their first try is still under way here, for up to {@link #retryFor} after they arrived. Only
   * those older than one round are taken: younger ones may still be queued for their first try.
   */
  private void retryUnhandled() {
    try {
      ingress
          .dueAgain(ChatPlatform.TELEGRAM, retryEvery, retryFor)
          .forEach(incoming -> queue(incoming, false));
    } catch (RuntimeException e) {
      log.warn("Trying unhandled updates again failed; the next round tries again", e);
    }
  }

  private void refreshMenu(Incoming incoming) {
    try {
      menus.refresh(incoming.from().identity());
    } catch (RuntimeException e) {
      log.warn("Telegram: a menu was not brought up to date; the next round does", e);
    }
  }

  @Override
  public void stop() {
    running = false;
    if (connecting != null) {
      connecting.interrupt();
    }
    synchronized (this) {
      if (polling != null) {
        closeQuietly(polling);
      }
    }
    pollingThread.shutdownNow();
    retryTimer.shutdownNow();
    handling.stop(10, TimeUnit.SECONDS);
    sender.stop();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** A short account of why a call failed, for the log and the health check. */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof JsonProcessingException) {
      return "the answer is not a Bot API reply (an HTML page from a proxy?)";
    }
    if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null) {
      return "Telegram answered " + r.getErrorCode() + ": " + r.getApiResponse();
    }
    return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
  }

  private static void closeQuietly(TelegramBotsLongPollingApplication app) {
    try {
      app.close();
    } catch (Exception e) {
      log.warn("Telegram polling did not stop cleanly", e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
