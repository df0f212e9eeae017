package org.deptbot.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Routes {@code /bot<token>/<method>} to the methods, and turns results and {@link ApiError}s into
 * Telegram's JSON envelopes with the matching HTTP status. {@code /file/bot<token>/<file_path>}
 * answers a file's bytes; faults for the method name {@code download} apply there.
 */
final class ApiHandler implements HttpHandler {

  private final String token;
  private final AccountMethods account;
  private final MessageMethods messages;
  private final UserFiles files;
  private final Faults faults;
  private final Traffic traffic;
  private final List<String> rejected = new CopyOnWriteArrayList<>();
  private final AtomicInteger pollConflicts = new AtomicInteger();
  // 0, or the status of the HTML page a proxy in front of Telegram answers every call with
  private volatile int htmlStatus;

  ApiHandler(
      String token,
      AccountMethods account,
      MessageMethods messages,
      UserFiles files,
      Faults faults,
      Traffic traffic) {
    this.token = token;
    this.account = account;
    this.messages = messages;
    this.files = files;
    this.faults = faults;
    this.traffic = traffic;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String method = "?";
    try (exchange) {
      try {
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/file/")) {
          method = "download";
          download(exchange, path);
          return;
        }
        int slash = path.indexOf('/', 1);
        method = slash < 0 ? method : path.substring(slash + 1);
        // Read before answering even a bad path, so the connection stays usable for the next call.
        ApiRequest request = ApiRequest.read(exchange);
        traffic.delay();
        int html = htmlStatus;
        if (html != 0) {
          respond(exchange, html, "text/html; charset=utf-8", proxyPage(html));
          return;
        }
        if (!path.startsWith("/bot") || slash < 0) {
          throw new ApiError(404, "Not Found");
        }
        if (!path.substring("/bot".length(), slash).equals(token)) {
          throw new ApiError(401, "Unauthorized");
        }
        ApiError injected = faults.next(method);
        if (injected != null) {
          respond(exchange, injected.code, TelegramJson.error(injected));
          return;
        }
        String name = method.toLowerCase(Locale.ROOT);
        Traffic.Pass pass = traffic.admit(name, request);
        if (pass.refusal() != null) {
          // Like injected faults, left out of rejected(): the stats count these by scope.
          respond(exchange, 429, TelegramJson.error(pass.refusal()));
          return;
        }
        JsonNode result = dispatch(name, request);
        traffic.succeeded(name, pass, result);
        respond(exchange, 200, TelegramJson.ok(result));
      } catch (ApiError e) {
        if (e.description.equals(UpdateQueue.TERMINATED)) {
          // Usually a stopped bot's last long poll, still open when the next bot starts polling.
          pollConflicts.incrementAndGet();
        } else {
          rejected.add(method + ": " + e.description);
        }
        respond(exchange, e.code, TelegramJson.error(e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        // A bug in the fake: answer 500 and record it, so rejectedRequests() shows it.
        ApiError error = new ApiError(500, "Internal Server Error: fake failed with " + e);
        rejected.add(method + ": " + error.description);
        respond(exchange, 500, TelegramJson.error(error));
      }
    }
  }

  private JsonNode dispatch(String method, ApiRequest request) throws InterruptedException {
    return switch (method) {
      case "getme" -> account.getMe();
      case "getfile" -> files.getFile(request);
      case "getupdates" -> account.getUpdates(request);
      case "setwebhook" -> account.setWebhook(request);
      case "deletewebhook" -> account.deleteWebhook(request);
      case "getwebhookinfo" -> account.getWebhookInfo();
      case "setmycommands" -> account.setMyCommands(request);
      case "getmycommands" -> account.getMyCommands(request);
      case "deletemycommands" -> account.deleteMyCommands(request);
      case "answercallbackquery" -> account.answerCallbackQuery(request);
      case "sendmessage" -> messages.sendMessage(request);
      case "sendphoto" -> messages.sendPhoto(request);
      case "editmessagetext" -> messages.editMessageText(request);
      case "editmessagecaption" -> messages.editMessageCaption(request);
      case "editmessagereplymarkup" -> messages.editMessageReplyMarkup(request);
      case "deletemessage" -> messages.deleteMessage(request);
      default -> throw new ApiError(404, "Not Found: method not found");
    };
  }

  /** A file's bytes as Telegram's file server sends them, or a JSON error. */
  private void download(HttpExchange exchange, String path)
      throws IOException, InterruptedException {
    ApiRequest.read(exchange);
    traffic.delay();
    String prefix = "/file/bot" + token + "/";
    ApiError injected = faults.next("download");
    if (injected != null) {
      respond(exchange, injected.code, TelegramJson.error(injected));
      return;
    }
    byte[] bytes = path.startsWith(prefix) ? files.download(path.substring(prefix.length())) : null;
    if (bytes == null) {
      throw new ApiError(404, "Not Found");
    }
    respond(exchange, 200, "application/octet-stream", bytes);
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) {
    respond(exchange, status, "application/json", body);
  }

  private static void respond(HttpExchange exchange, int status, String type, byte[] body) {
    try {
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException e) {
      // The client gave up, for instance a long poll cut short by the bot stopping.
    }
  }

  /**
   * From now on every call gets an HTML page with this status (0 to stop), as from a proxy or
   * captive portal in front of Telegram: not a Bot API reply, which is always a JSON object.
   */
  void answerHtml(int status) {
    htmlStatus = status;
  }

  private static byte[] proxyPage(int status) {
    return ("<!DOCTYPE html><html><head><title>"
            + status
            + "</title></head><body><h1>Bad Gateway</h1><p>nginx</p></body></html>")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  int pollConflicts() {
    return pollConflicts.get();
  }

  /** Descriptions of the errors answered, except injected ones and ended long polls. */
  List<String> rejected() {
    return List.copyOf(rejected);
  }

  void clearRejected() {
    rejected.clear();
  }
}
