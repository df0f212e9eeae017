package org.deptbot.bot.telegram;

import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * HTTP clients for the Bot API, each call bounded in time: a proxy that holds a connection open or
 * a network that drops it silently fails the call instead of blocking a thread for good.
 */
final class TelegramHttp {

  private static final Duration CONNECT = Duration.ofSeconds(10);

  private TelegramHttp() {}

  /** For calls the bot makes: sending, editing, files. Uploads of photos get a minute. */
  static OkHttpClient forCalls() {
    return new OkHttpClient.Builder()
        .connectTimeout(CONNECT)
        .writeTimeout(Duration.ofSeconds(60))
        .readTimeout(Duration.ofSeconds(60))
        .callTimeout(Duration.ofSeconds(120))
        .build();
  }

  /** For getUpdates, which Telegram holds open up to 50 s (the long poll's timeout) when idle. */
  static OkHttpClient forPolling() {
    return new OkHttpClient.Builder()
        .connectTimeout(CONNECT)
        .writeTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(75))
        .callTimeout(Duration.ofSeconds(90))
        .build();
  }
}
