package org.deptbot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Channel messages, crossposts and DM channels. */
final class MessageRoutes {

  private final FakeState state;

  MessageRoutes(FakeState state) {
    this.state = state;
  }

  Optional<RestResponse> route(RestRequest request) {
    if (request.is("POST", "users/@me/channels")) {
      return Optional.of(openDm(request.body().path("recipient_id").asLong()));
    }
    if (!request.path().startsWith("channels/")) {
      return Optional.empty();
    }
    FakeChannel channel = state.channels.get(request.id(1));
    if (channel == null) {
      return Optional.of(RestResponse.error(404, 10003, "Unknown Channel"));
    }
    if (request.is("POST", "channels/*/messages")) {
      return Optional.of(create(channel, request));
    }
    if (request.segments().size() < 4) {
      return Optional.empty();
    }
    Optional<FakeMessage> message =
        state.message(request.id(3)).filter(m -> m.channelId() == channel.id() && !m.deleted());
    if (message.isEmpty()) {
      return Optional.of(RestResponse.error(404, 10008, "Unknown Message"));
    }
    if (request.is("PATCH", "channels/*/messages/*")) {
      message.get().apply(request.body(), request.files(), true);
      return Optional.of(RestResponse.ok(json(message.get())));
    }
    if (request.is("DELETE", "channels/*/messages/*")) {
      message.get().markDeleted();
      return Optional.of(RestResponse.noContent());
    }
    if (request.is("POST", "channels/*/messages/*/crosspost")) {
      return Optional.of(crosspost(channel, message.get()));
    }
    return Optional.empty();
  }

  /**
   * Publishes {@code message} to the servers following {@code channel}: only in an announcement
   * channel, once per message, and at most {@link CrosspostLimits#PER_HOUR} times an hour per
   * channel (429 with retry_after past that).
   */
  private RestResponse crosspost(FakeChannel channel, FakeMessage message) {
    if (channel.type() != FakeChannel.ANNOUNCEMENT) {
      return RestResponse.error(400, 50024, "Cannot execute action on this channel type");
    }
    if (message.crossposted()) {
      return RestResponse.error(400, 40033, "This message has already been crossposted.");
    }
    Duration wait = state.crossposts.take(channel.id(), Instant.now());
    if (!wait.isZero()) {
      return RestResponse.rateLimited(wait, "fake-crosspost-bucket");
    }
    message.markCrossposted();
    state.crosspostCalls.incrementAndGet();
    return RestResponse.ok(json(message));
  }

  /**
   * A message the bot posts in {@code channel}; 50007 if it is the DM of someone who closed DMs.
   */
  private RestResponse create(FakeChannel channel, RestRequest request) {
    if (channel.isDm() && state.dmsClosed.contains(channel.recipientId())) {
      return RestResponse.error(403, 50007, "Cannot send messages to this user");
    }
    FakeMessage message = post(channel.id(), request.body(), request);
    return RestResponse.ok(json(message));
  }

  FakeMessage post(long channelId, JsonNode payload, RestRequest request) {
    FakeMessage message = state.newMessage(channelId, state.bot.id());
    message.apply(payload, request.files(), false);
    return message;
  }

  ObjectNode json(FakeMessage message) {
    FakeUser author = state.users.get(message.authorId());
    return DiscordJson.message(
        message,
        author,
        state.guildOf(message.channelId()),
        f -> state.attachmentUrl(message.channelId(), f));
  }

  private RestResponse openDm(long userId) {
    FakeUser user = state.users.get(userId);
    if (user == null) {
      return RestResponse.error(400, 50033, "Invalid Recipient(s)");
    }
    FakeChannel dm = state.dmWith(userId);
    ObjectNode json = DiscordJson.channel(dm, 0);
    json.withArray("recipients").add(DiscordJson.user(user));
    json.putNull("last_message_id");
    return RestResponse.ok(json);
  }
}
