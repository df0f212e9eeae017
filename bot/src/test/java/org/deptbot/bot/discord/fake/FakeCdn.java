package org.deptbot.bot.discord.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Discord's CDN for attachments ({@code /attachments/<channel>/<file>/<name>}): a link works only
 * with its signature and until its {@code ex} time; an expired, unsigned or tampered link is
 * answered 404 "This content is no longer available.", as the real CDN does. Needs no token.
 */
final class FakeCdn {

  static final String PREFIX = "/attachments/";

  private final FakeState state;
  private final List<String> served = new CopyOnWriteArrayList<>();
  private final List<String> refused = new CopyOnWriteArrayList<>();

  FakeCdn(FakeState state) {
    this.state = state;
  }

  /** The paths downloaded so far. */
  List<String> served() {
    return List.copyOf(served);
  }

  /** The links refused so far (expired or not signed). */
  List<String> refused() {
    return List.copyOf(refused);
  }

  void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath().substring(1);
      Optional<FakeFile> file =
          "GET".equals(exchange.getRequestMethod())
              ? file(path, query(exchange.getRequestURI().getRawQuery()))
              : Optional.empty();
      if (file.isEmpty()) {
        refused.add(path);
        byte[] body = "This content is no longer available.".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain");
        exchange.sendResponseHeaders(404, body.length);
        exchange.getResponseBody().write(body);
        return;
      }
      served.add(path);
      exchange.getResponseHeaders().add("Content-Type", file.get().contentType());
      exchange.sendResponseHeaders(200, file.get().bytes().length);
      exchange.getResponseBody().write(file.get().bytes());
    }
  }

  private Optional<FakeFile> file(String path, Map<String, String> query) {
    String ex = query.get("ex");
    String is = query.get("is");
    String hm = query.get("hm");
    if (ex == null || is == null || hm == null || !state.sign(path, ex, is).equals(hm)) {
      return Optional.empty();
    }
    if (state.now().getEpochSecond() >= Long.parseLong(ex, 16)) {
      return Optional.empty(); // the link has expired
    }
    String[] segments = path.split("/");
    if (segments.length != 4) {
      return Optional.empty();
    }
    try {
      return state.file(Long.parseLong(segments[1]), Long.parseLong(segments[2]));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
    }
    return values;
  }
}
