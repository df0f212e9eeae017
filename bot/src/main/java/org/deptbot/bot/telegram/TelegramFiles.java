package org.deptbot.bot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.deptbot.bot.chat.Incoming;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Fetches the files people send the bot, when their update is handled: {@code getFile}, then a GET
 * of {@code <api url>/file/bot<token>/<file_path>}. telegrambots 9.6 has {@code
 * downloadFileAsStream}, but it builds that address on api.telegram.org whatever {@link
 * TelegramUrl} the client was given, so the download is done here with the JDK's client.
 *
 * <p>A file over 20 MB, which Telegram does not hand to bots, is refused without asking, and a file
 * Telegram refuses (unknown, too big) comes back unavailable: the engine explains both. When
 * Telegram cannot be reached, a few quick tries, then an exception, which leaves the update stored
 * to be tried again.
 */
class TelegramFiles {

  /** The largest file a bot may download. */
  static final long MAX_BYTES = 20L * 1024 * 1024;

  private static final int ATTEMPTS = 3;
  private static final Logger log = LoggerFactory.getLogger(TelegramFiles.class);

  private final TelegramClient client;
  private final String fileBase;
  private final HttpClient http;
  private final Duration pause;

  TelegramFiles(TelegramClient client, String token, TelegramUrl url, Duration pause) {
    this.client = client;
    this.fileBase =
        url.getSchema() + "://" + url.getHost() + ":" + url.getPort() + "/file/bot" + token + "/";
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    this.pause = pause;
  }

  /** The attachment with its bytes, or unavailable; throws when Telegram cannot be reached. */
  Incoming.Attachment fetch(Incoming.Attachment attachment) {
    if (attachment.fetched() || attachment.fileId() == null) {
      return attachment;
    }
    if (attachment.size() > MAX_BYTES) {
      log.info(
          "Not downloading {}: {} bytes is over 20 MB", attachment.fileId(), attachment.size());
      return attachment.unavailable(attachment.size());
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return download(attachment);
      } catch (Unreachable e) {
        if (attempt >= ATTEMPTS) {
          throw new IllegalStateException(
              "Telegram did not hand over file " + attachment.fileId() + ": " + e.getMessage(), e);
        }
        log.info(
            "Telegram file {} not fetched ({}); trying again", attachment.fileId(), e.getMessage());
        sleep(e.retryAfterSeconds > 0 ? Duration.ofSeconds(e.retryAfterSeconds) : pause);
      }
    }
  }

  private Incoming.Attachment download(Incoming.Attachment attachment) throws Unreachable {
    File file;
    try {
      file = client.execute(new GetFile(attachment.fileId()));
    } catch (TelegramApiRequestException e) {
      Integer code = e.getErrorCode();
      Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
      if (retryAfter != null || code == null || code >= 500) {
        throw new Unreachable("getFile: " + e.getMessage(), retryAfter == null ? 0 : retryAfter);
      }
      log.warn("Telegram refused file {}: {}", attachment.fileId(), e.getApiResponse());
      boolean tooBig = String.valueOf(e.getApiResponse()).contains("too big");
      return attachment.unavailable(
          tooBig ? Math.max(attachment.size(), MAX_BYTES + 1) : attachment.size());
    } catch (TelegramApiException e) {
      throw new Unreachable("getFile: " + e.getMessage(), 0);
    }
    if (file.getFileSize() != null && file.getFileSize() > MAX_BYTES) {
      return attachment.unavailable(file.getFileSize());
    }
    if (file.getFilePath() == null) {
      log.warn("Telegram gave no file_path for {}", attachment.fileId());
      return attachment.unavailable(attachment.size());
    }
    return get(attachment, file.getFilePath());
  }

  private Incoming.Attachment get(Incoming.Attachment attachment, String filePath)
      throws Unreachable {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(fileBase + filePath))
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
          throw new Unreachable("download answered " + status, 0);
        }
        if (status != 200) {
          log.warn("Telegram answered {} to the download of {}", status, attachment.fileId());
          return attachment.unavailable(attachment.size());
        }
        byte[] bytes = body.readNBytes((int) MAX_BYTES + 1);
        return bytes.length > MAX_BYTES
            ? attachment.unavailable(Math.max(attachment.size(), bytes.length))
            : attachment.withBytes(bytes);
      }
    } catch (IOException e) {
      throw new Unreachable("download: " + e, 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while downloading a Telegram file", e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(Math.min(duration.toMillis(), 60_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to fetch a Telegram file", e);
    }
  }

  /** Telegram could not be reached or asked to wait: worth another try. */
  private static final class Unreachable extends Exception {
    private final int retryAfterSeconds;

    Unreachable(String message, int retryAfterSeconds) {
      super(message);
      this.retryAfterSeconds = retryAfterSeconds;
    }
  }
}
