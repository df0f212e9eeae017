package org.deptbot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

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
  final Set<Long> dmsClosed = ConcurrentHashMap.newKeySet();
  final List<FakeMessage> messages = new CopyOnWriteArrayList<>();
  final Map<String, FakeInteraction> interactions = new ConcurrentHashMap<>();
  final Map<String, JsonNode> commands = new ConcurrentHashMap<>();
  final Set<Long> administrators = ConcurrentHashMap.newKeySet();
  final CrosspostLimits crossposts = new CrosspostLimits();
  final AtomicInteger crosspostCalls = new AtomicInteger();

  FakeState(String token, String botName) {
    this.token = token;
    this.bot = new FakeUser(ids.next(), botName, true);
    this.applicationId = bot.id();
    this.guildId = ids.next();
    this.botRoleId = ids.next();
    users.put(bot.id(), bot);
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
