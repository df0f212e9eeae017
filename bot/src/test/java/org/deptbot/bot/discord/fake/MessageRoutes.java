package org.deptbot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
      if (channel.type() != FakeChannel.ANNOUNCEMENT) {
        return Optional.of(
            RestResponse.error(400, 40033, "This message has already been crossposted."));
      }
      message.get().markCrossposted();
      return Optional.of(RestResponse.ok(json(message.get())));
    }
    return Optional.empty();
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
