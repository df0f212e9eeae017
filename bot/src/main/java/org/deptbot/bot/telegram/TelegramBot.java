package org.deptbot.bot.telegram;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.deptbot.bot.chat.ChatEngine;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.bot.chat.Incoming;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram bot's life: at start it publishes the command menu, handles updates a crash left
 * behind, then long-polls (or registers the webhook). Each update is stored before {@link #consume}
 * returns, because telegrambots confirms the batch to Telegram right after.
 */
class TelegramBot implements SmartLifecycle, LongPollingUpdateConsumer {

  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

  private final TelegramProperties properties;
  private final TelegramClient client;
  private final TelegramSender sender;
  private final ChatIngress ingress;
  private final ChatEngine engine;
  // one thread: a user's updates are handled in the order they arrived
  private final ExecutorService handling =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "telegram-handling"));
  private TelegramBotsLongPollingApplication polling;
  private volatile boolean running;

  TelegramBot(
      TelegramProperties properties,
      TelegramClient client,
      TelegramSender sender,
      ChatIngress ingress,
      ChatEngine engine) {
    this.properties = properties;
    this.client = client;
    this.sender = sender;
    this.ingress = ingress;
    this.engine = engine;
  }

  @Override
  public void start() {
    try {
      client.execute(SetMyCommands.builder().commands(menu(engine.publicMenu())).build());
      handling.execute(() -> ingress.resume(sender));
      if (properties.webhook()) {
        client.execute(
            SetWebhook.builder()
                .url(properties.webhookUrl())
                .secretToken(properties.webhookSecret())
                .build());
        log.info("Telegram: webhook registered at {}", properties.webhookUrl());
      } else {
        polling = new TelegramBotsLongPollingApplication();
        polling.registerBot(
            properties.token(), properties::telegramUrl, new DefaultGetUpdatesGenerator(), this);
        log.info("Telegram: long polling {}", properties.apiUrl());
      }
      running = true;
    } catch (TelegramApiException e) {
      throw new IllegalStateException(
          "Telegram did not accept the bot at start-up ("
              + e.getMessage()
              + "). Check TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL.",
          e);
    }
  }

  /** Stores every update of the batch, then queues it for handling. */
  @Override
  public void consume(List<Update> updates) {
    for (Update update : updates) {
      TelegramUpdates.toIncoming(update).ifPresent(this::accept);
    }
  }

  /** Also the webhook's way in. */
  void accept(Incoming incoming) {
    if (ingress.receive(incoming)) {
      handling.execute(() -> ingress.process(incoming.updateKey(), sender));
    }
  }

  @Override
  public void stop() {
    running = false;
    try {
      if (polling != null) {
        polling.close();
      }
    } catch (Exception e) {
      log.warn("Telegram polling did not stop cleanly", e);
    }
    handling.shutdown();
    try {
      handling.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private static List<BotCommand> menu(Map<String, String> commands) {
    return commands.entrySet().stream()
        .map(e -> new BotCommand(e.getKey(), shorten(e.getValue())))
        .toList();
  }

  private static String shorten(String description) {
    return description.length() <= 256 ? description : description.substring(0, 255) + "…";
  }
}
