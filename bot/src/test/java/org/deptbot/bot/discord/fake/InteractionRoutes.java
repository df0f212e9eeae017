package org.deptbot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * The interaction callback (within three seconds, once) and the interaction webhook: the original
 * response, follow-ups, and their edits.
 */
final class InteractionRoutes {

  static final Duration ACKNOWLEDGE_WITHIN = Duration.ofSeconds(3);
  private final FakeState state;
  private final MessageRoutes messages;

  InteractionRoutes(FakeState state, MessageRoutes messages) {
    this.state = state;
    this.messages = messages;
  }

  Optional<RestResponse> route(RestRequest request) {
    if (request.is("POST", "interactions/*/*/callback")) {
      return Optional.of(callback(request));
    }
    if (!request.path().startsWith("webhooks/") || request.segments().size() < 3) {
      return Optional.empty();
    }
    FakeInteraction interaction = state.interactions.get(request.segment(2));
    if (interaction == null || !interaction.acknowledged()) {
      return Optional.of(RestResponse.error(404, 10015, "Unknown Webhook"));
    }
    if (request.is("POST", "webhooks/*/*")) {
      FakeMessage followUp = messages.post(interaction.channelId(), request.body(), request);
      return Optional.of(RestResponse.ok(messages.json(followUp)));
    }
    if (request.segments().size() != 5) {
      return Optional.empty();
    }
    String which = request.segment(4);
    long messageId =
        which.equals("@original") ? interaction.originalMessageId() : Long.parseLong(which);
    Optional<FakeMessage> message = state.message(messageId).filter(m -> !m.deleted());
    if (message.isEmpty()) {
      return Optional.of(RestResponse.error(404, 10008, "Unknown Message"));
    }
    if (request.is("PATCH", "webhooks/*/*/messages/*")) {
      message.get().apply(request.body(), request.files(), true);
      return Optional.of(RestResponse.ok(messages.json(message.get())));
    }
    if (request.is("DELETE", "webhooks/*/*/messages/*")) {
      message.get().markDeleted();
      return Optional.of(RestResponse.noContent());
    }
    return Optional.empty();
  }

  private RestResponse callback(RestRequest request) {
    state.callbacks.incrementAndGet();
    Duration late = state.nextCallbackLate.getAndSet(null);
    if (late != null) {
      state.advance(late); // the callback took that long to arrive
    }
    FakeInteraction interaction = state.interactions.get(request.segment(2));
    if (interaction == null
        || interaction.id() != request.id(1)
        || interaction.age().compareTo(ACKNOWLEDGE_WITHIN) > 0) {
      return RestResponse.error(404, 10062, "Unknown interaction");
    }
    if (interaction.acknowledged()) {
      return RestResponse.error(400, 40060, "Interaction has already been acknowledged.");
    }
    JsonNode data = request.body().path("data");
    int type = request.body().path("type").asInt();
    if (type == FakeInteraction.MODAL) {
      return modal(interaction, data);
    }
    long original =
        switch (type) {
          case FakeInteraction.REPLY -> messages.post(interaction.channelId(), data, request).id();
          case FakeInteraction.DEFERRED_REPLY -> placeholder(interaction, data).id();
          case FakeInteraction.DEFERRED_UPDATE, FakeInteraction.UPDATE ->
              interaction.pressedMessageId();
          default -> 0;
        };
    if (original == 0) {
      return RestResponse.error(400, 50035, "Invalid Form Body");
    }
    if (!interaction.acknowledge(type, original)) {
      return RestResponse.error(400, 40060, "Interaction has already been acknowledged.");
    }
    if (type == FakeInteraction.UPDATE) {
      state.message(original).ifPresent(m -> m.apply(data, request.files(), true));
    }
    return RestResponse.noContent();
  }

  /** A modal answers a slash command or a button press, never a modal's own submission. */
  private RestResponse modal(FakeInteraction interaction, JsonNode data) {
    FakeModal modal = FakeModal.of(data);
    if (interaction.submitsModal() || !modal.valid()) {
      return RestResponse.error(400, 50035, "Invalid Form Body");
    }
    if (!interaction.showModal(modal)) {
      return RestResponse.error(400, 40060, "Interaction has already been acknowledged.");
    }
    return RestResponse.noContent();
  }

  /** The "thinking…" message of a deferred reply, private when the bot asked so. */
  private FakeMessage placeholder(FakeInteraction interaction, JsonNode data) {
    FakeMessage message = state.newMessage(interaction.channelId(), state.bot.id());
    message.setFlags(FakeMessage.LOADING | (data.path("flags").asInt() & FakeMessage.EPHEMERAL));
    return message;
  }
}
