package org.deptbot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Discord's REST API under {@code /api/v10/} on a loopback port: checks the bot token, serves due
 * faults first, then routes to the message and interaction routes. Calls it cannot serve are
 * answered 404 and kept, so a test can show what the bot asked for.
 */
final class FakeRest {

  static final String PREFIX = "/api/v10/";

  private final FakeState state;
  private final Faults faults;
  private final MessageRoutes messages;
  private final InteractionRoutes interactions;
  private final FakeCdn cdn;
  private final HttpServer server;
  private final ExecutorService executor;
  private final List<String> unserved = new CopyOnWriteArrayList<>();
  private final List<String> calls = new CopyOnWriteArrayList<>();

  FakeRest(FakeState state, Faults faults) {
    this.state = state;
    this.faults = faults;
    this.messages = new MessageRoutes(state);
    this.interactions = new InteractionRoutes(state, messages);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "fake-discord-rest");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext(PREFIX, this::handle);
    cdn = new FakeCdn(state);
    server.createContext(FakeCdn.PREFIX, cdn::handle);
    server.start();
    state.cdnBase = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
  }

  FakeCdn cdn() {
    return cdn;
  }

  List<String> unserved() {
    return List.copyOf(unserved);
  }

  List<String> calls() {
    return List.copyOf(calls);
  }

  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      RestRequest request = read(exchange);
      calls.add(request.method() + " " + request.path());
      respond(exchange, answer(request, exchange.getRequestHeaders().getFirst("Authorization")));
    } catch (RuntimeException e) {
      respond(exchange, RestResponse.error(500, 0, "fake Discord failed: " + e));
    }
  }

  private RestResponse answer(RestRequest request, String authorization) {
    if (!("Bot " + state.token).equals(authorization)
        && !request.path().startsWith("webhooks/")
        && !request.path().startsWith("interactions/")) {
      return RestResponse.error(401, 0, "401: Unauthorized");
    }
    if (!request.path().startsWith("webhooks/") && !request.path().startsWith("interactions/")) {
      var wait = state.globalLimit.admit(System.nanoTime());
      if (!wait.isZero()) {
        return RestResponse.globallyLimited(wait);
      }
    }
    var fault = faults.take(request);
    if (fault.isPresent()) {
      return fault.get();
    }
    if (request.is("GET", "users/@me")) {
      return RestResponse.ok(DiscordJson.user(state.bot));
    }
    if (request.is("PUT", "applications/*/guilds/*/commands")) {
      return RestResponse.ok(commands(request, request.segment(3)));
    }
    if (request.is("PUT", "applications/*/commands")) {
      return RestResponse.ok(commands(request, null));
    }
    var refused = AttachmentNames.check(request).or(() -> ButtonIds.check(request));
    if (refused.isPresent()) {
      return refused.get();
    }
    var routed = messages.route(request).or(() -> interactions.route(request));
    if (routed.isEmpty()) {
      unserved.add(request.method() + " " + request.path());
      return RestResponse.error(404, 0, "404: Not Found");
    }
    return routed.get();
  }

  /** Stores the commands as sent and answers them with ids, as Discord does. */
  private JsonNode commands(RestRequest request, String guildId) {
    var registered = DiscordJson.array();
    for (JsonNode command : request.body()) {
      var stored = command.deepCopy();
      ((com.fasterxml.jackson.databind.node.ObjectNode) stored)
          .put("id", Long.toString(state.ids.next()))
          .put("application_id", Long.toString(state.applicationId))
          .put("version", "1");
      if (guildId != null) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) stored).put("guild_id", guildId);
      }
      registered.add(stored);
    }
    state.commands.put(guildId == null ? "global" : guildId, registered);
    return registered;
  }

  private RestRequest read(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
    List<String> segments = new ArrayList<>(Arrays.asList(path.split("/")));
    byte[] body = exchange.getRequestBody().readAllBytes();
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    List<FakeFile> files = new ArrayList<>();
    JsonNode json = NullNode.getInstance();
    if (type != null && type.startsWith("multipart/form-data")) {
      for (Multipart.Part part : Multipart.parse(type, body)) {
        if ("payload_json".equals(part.name())) {
          json = DiscordJson.MAPPER.readTree(part.text());
        } else if (part.fileName() != null) {
          files.add(
              new FakeFile(state.ids.next(), part.fileName(), part.contentType(), part.bytes()));
        }
      }
    } else if (body.length > 0) {
      json = DiscordJson.MAPPER.readTree(body);
    }
    return new RestRequest(exchange.getRequestMethod(), List.copyOf(segments), json, files);
  }

  private static void respond(HttpExchange exchange, RestResponse response) throws IOException {
    response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    if (response.body() == null) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    byte[] bytes = response.body().toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(response.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
