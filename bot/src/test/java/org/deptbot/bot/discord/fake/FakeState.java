package org.deptbot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Everything the fake Discord knows: its one server, channels, people, messages, interactions. */
final class FakeState {

  final Snowflakes ids = new Snowflakes();
  final String token;
  final FakeUser bot;
  final long applicationId;
  final long guildId;
  final long botRoleId;
  final Map<Long, FakeChannel> channels = new ConcurrentHashMap<>();
  final Map<Long, FakeUser> users = new ConcurrentHashMap<>();
  final Map<Long, Long> dmChannels = new ConcurrentHashMap<>();

  /**
   * The language each user's Discord is set to (an interaction's {@code locale}); en-US if none.
   */
  final Map<Long, String> locales = new ConcurrentHashMap<>();

  final Set<Long> dmsClosed = ConcurrentHashMap.newKeySet();
  final List<FakeMessage> messages = new CopyOnWriteArrayList<>();
  final Map<String, FakeInteraction> interactions = new ConcurrentHashMap<>();
  final Map<String, JsonNode> commands = new ConcurrentHashMap<>();
  final Set<Long> administrators = ConcurrentHashMap.newKeySet();
  final CrosspostLimits crossposts = new CrosspostLimits();
  final AtomicInteger crosspostCalls = new AtomicInteger();

  /** Discord's 50 requests a second per bot, over every connection with its token. */
  final GlobalLimit globalLimit = GlobalLimit.discord();

  /** How far the fake's clock is ahead of the machine's: tests move time on without waiting. */
  private final AtomicLong aheadNanos = new AtomicLong();

  /** How long a signed attachment link works; Discord's last about a day. */
  volatile Duration linkLifetime = Duration.ofHours(24);

  /** The CDN's address, ending in {@code /}, once the REST server knows its port. */
  volatile String cdnBase = "http://127.0.0.1/";

  private final byte[] linkKey = new byte[32];

  /** Interaction callbacks received so far, answered or refused. */
  final AtomicInteger callbacks = new AtomicInteger();

  /** How late the next interaction callback reaches Discord, or null. */
  final AtomicReference<Duration> nextCallbackLate = new AtomicReference<>();

  FakeState(String token, String botName) {
    this.token = token;
    this.bot = new FakeUser(ids.next(), botName, true);
    this.applicationId = bot.id();
    this.guildId = ids.next();
    this.botRoleId = ids.next();
    users.put(bot.id(), bot);
    new SecureRandom().nextBytes(linkKey);
  }

  /** The fake's monotonic time, in nanoseconds, for the three seconds an interaction has. */
  long nanoTime() {
    return System.nanoTime() + aheadNanos.get();
  }

  /** The fake's wall-clock time, for when a link expires. */
  Instant now() {
    return Instant.now().plusNanos(aheadNanos.get());
  }

  void advance(Duration by) {
    aheadNanos.addAndGet(by.toNanos());
  }

  /**
   * A signed CDN link to {@code file} of a message in {@code channelId}, as Discord gives in an
   * attachment's {@code url}: {@code ex} (expiry) and {@code is} (issue) are Unix seconds in hex,
   * {@code hm} the signature over the path and both.
   */
  String attachmentUrl(long channelId, FakeFile file) {
    String path = "attachments/" + channelId + "/" + file.id() + "/" + file.fileName();
    long issued = now().getEpochSecond();
    String ex = Long.toHexString(issued + linkLifetime.toSeconds());
    String is = Long.toHexString(issued);
    return cdnBase + path + "?ex=" + ex + "&is=" + is + "&hm=" + sign(path, ex, is);
  }

  String sign(String path, String ex, String is) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(linkKey, "HmacSHA256"));
      byte[] tag = mac.doFinal((path + "|" + ex + "|" + is).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(tag);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The file {@code fileId} of a message in {@code channelId}, if there is one. */
  Optional<FakeFile> file(long channelId, long fileId) {
    return messages.stream()
        .filter(m -> m.channelId() == channelId && !m.deleted())
        .flatMap(m -> m.files().stream())
        .filter(f -> f.id() == fileId)
        .findFirst();
  }

  FakeChannel addChannel(String name, int type) {
    return addChannel(ids.next(), name, type);
  }

  FakeChannel addChannel(long id, String name, int type) {
    FakeChannel channel = new FakeChannel(id, name, type, 0);
    channels.put(channel.id(), channel);
    return channel;
  }

  FakeUser user(long id, String name) {
    return users.computeIfAbsent(id, i -> new FakeUser(i, name, false));
  }

  /** The DM channel with {@code userId}, opened on first use as Discord does. */
  FakeChannel dmWith(long userId) {
    long channelId =
        dmChannels.computeIfAbsent(
            userId,
            u -> {
              FakeChannel dm = new FakeChannel(ids.next(), "", FakeChannel.DM, u);
              channels.put(dm.id(), dm);
              return dm.id();
            });
    return channels.get(channelId);
  }

  Optional<FakeMessage> message(long id) {
    return messages.stream().filter(m -> m.id() == id).findFirst();
  }

  FakeMessage newMessage(long channelId, long authorId) {
    FakeMessage message = new FakeMessage(ids.next(), channelId, authorId);
    messages.add(message);
    return message;
  }

  /** A server member's permissions: @everyone's, or Administrator for those made one. */
  long memberPermissions(long userId) {
    return DiscordJson.EVERYONE_PERMISSIONS
        | (administrators.contains(userId) ? DiscordJson.ADMINISTRATOR : 0);
  }

  /** 0 for a DM channel. */
  long guildOf(long channelId) {
    FakeChannel channel = channels.get(channelId);
    return channel == null || channel.isDm() ? 0 : guildId;
  }
}
