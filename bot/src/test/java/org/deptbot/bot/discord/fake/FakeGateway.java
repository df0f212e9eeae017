package org.deptbot.bot.discord.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway websocket: HELLO on connect, READY and GUILD_CREATE after a valid IDENTIFY, heartbeat
 * acknowledgements, and events dispatched to every identified session that asked for their intent
 * (a DM's MESSAGE_CREATE only with DIRECT_MESSAGES). A RESUME is refused (op 9), so a reconnecting
 * client identifies afresh.
 */
final class FakeGateway extends WebSocketServer {

  private final FakeState state;

  /** The intent a session needs to receive GUILD_CREATE and GUILD_DELETE. */
  static final long GUILDS = 1L;

  /** The intent a session needs to receive MESSAGE_CREATE for a DM. */
  static final long DIRECT_MESSAGES = 1L << 12;

  private final Set<WebSocket> sessions = ConcurrentHashMap.newKeySet();
  private final Map<WebSocket, Long> intents = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private final CountDownLatch started = new CountDownLatch(1);
  private volatile int identifies;
  private volatile long lastIntents;

  FakeGateway(FakeState state) {
    super(new InetSocketAddress("127.0.0.1", 0));
    this.state = state;
    setReuseAddr(true);
    setDaemon(true);
  }

  void startAndWait() {
    start();
    try {
      if (!started.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the fake gateway did not start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/";
  }

  int identifies() {
    return identifies;
  }

  boolean hasSession() {
    return !sessions.isEmpty();
  }

  /** The intents the last client identified with. */
  long lastIntents() {
    return lastIntents;
  }

  /** Sends an event to every identified session. */
  void dispatch(String type, JsonNode data) {
    dispatch(type, data, 0);
  }

  /** Sends an event to every identified session that asked for {@code intent} (0: needs none). */
  void dispatch(String type, JsonNode data, long intent) {
    for (WebSocket session : sessions) {
      if ((intents.getOrDefault(session, 0L) & intent) != intent) {
        continue;
      }
      ObjectNode payload = DiscordJson.object().put("op", 0).put("t", type);
      payload.put("s", sequence.incrementAndGet()).set("d", data);
      session.send(payload.toString());
    }
  }

  /** The server is out (an outage at Discord): GUILD_DELETE with {@code unavailable: true}. */
  void serverUnavailable() {
    ObjectNode gone =
        DiscordJson.object().put("id", Long.toString(state.guildId)).put("unavailable", true);
    dispatch("GUILD_DELETE", gone, GUILDS);
  }

  /** The server is back: GUILD_CREATE with the whole server again. */
  void serverAvailable() {
    dispatch("GUILD_CREATE", guild(), GUILDS);
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void onOpen(WebSocket connection, ClientHandshake handshake) {
    ObjectNode hello = DiscordJson.object().put("op", 10);
    hello.putObject("d").put("heartbeat_interval", 41250);
    connection.send(hello.toString());
  }

  @Override
  public void onMessage(WebSocket connection, String message) {
    JsonNode payload = read(message);
    switch (payload.path("op").asInt()) {
      case 1 -> connection.send("{\"op\":11}");
      case 2 -> identify(connection, payload.path("d"));
      case 6 -> connection.send("{\"op\":9,\"d\":false}");
      default -> {} // presence and voice updates: nothing to do
    }
  }

  @Override
  public void onClose(WebSocket connection, int code, String reason, boolean remote) {
    sessions.remove(connection);
    intents.remove(connection);
  }

  @Override
  public void onError(WebSocket connection, Exception e) {
    if (connection != null) {
      sessions.remove(connection);
    }
  }

  private void identify(WebSocket connection, JsonNode identify) {
    String token = identify.path("token").asText().replaceFirst("^Bot ", "");
    if (!token.equals(state.token)) {
      connection.close(4004, "Authentication failed.");
      return;
    }
    identifies++;
    lastIntents = identify.path("intents").asLong();
    intents.put(connection, lastIntents);
    sessions.add(connection);
    dispatch(connection, "READY", ready());
    dispatch(connection, "GUILD_CREATE", guild());
  }

  private void dispatch(WebSocket connection, String type, JsonNode data) {
    ObjectNode payload = DiscordJson.object().put("op", 0).put("t", type);
    payload.put("s", sequence.incrementAndGet()).set("d", data);
    connection.send(payload.toString());
  }

  private ObjectNode ready() {
    ObjectNode ready =
        DiscordJson.object()
            .put("v", 10)
            .put("session_id", UUID.randomUUID().toString())
            .put("resume_gateway_url", url());
    ready.set("user", DiscordJson.user(state.bot));
    ready.putObject("application").put("id", Long.toString(state.applicationId)).put("flags", 0);
    ready
        .putArray("guilds")
        .addObject()
        .put("id", Long.toString(state.guildId))
        .put("unavailable", true);
    ready.putArray("private_channels");
    return ready;
  }

  private ObjectNode guild() {
    ObjectNode guild =
        DiscordJson.object()
            .put("id", Long.toString(state.guildId))
            .put("name", "Riverton Police Department")
            .put("owner_id", "1")
            .put("preferred_locale", "en-US")
            .put("member_count", 1)
            .put("afk_timeout", 300)
            .put("large", false)
            .put("unavailable", false)
            .put("joined_at", DiscordJson.now());
    ArrayNode roles = guild.putArray("roles");
    roles.add(DiscordJson.role(state.guildId, "@everyone", DiscordJson.EVERYONE_PERMISSIONS, 0));
    roles.add(DiscordJson.role(state.botRoleId, "Bot", DiscordJson.BOT_PERMISSIONS, 1));
    ArrayNode channels = guild.putArray("channels");
    state.channels.values().stream()
        .filter(c -> !c.isDm())
        .forEach(c -> channels.add(DiscordJson.channel(c, state.guildId)));
    guild.putArray("members").add(DiscordJson.member(state.bot, state.botRoleId));
    for (String empty :
        new String[] {
          "threads",
          "guild_scheduled_events",
          "emojis",
          "stickers",
          "voice_states",
          "presences",
          "features",
          "stage_instances"
        }) {
      guild.putArray(empty);
    }
    return guild;
  }

  private static JsonNode read(String message) {
    try {
      return DiscordJson.MAPPER.readTree(message);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + message, e);
    }
  }
}
