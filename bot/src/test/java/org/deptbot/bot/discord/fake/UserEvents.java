package org.deptbot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * What people do, as the gateway events Discord sends the bot: slash commands, button presses and
 * modal submissions (INTERACTION_CREATE) and direct messages (MESSAGE_CREATE).
 */
final class UserEvents {

  private final FakeState state;
  private final FakeGateway gateway;
  private final MessageRoutes messages;
  private final CommandMenus menus;

  UserEvents(FakeState state, FakeGateway gateway, MessageRoutes messages) {
    this.state = state;
    this.menus = new CommandMenus(state);
    this.gateway = gateway;
    this.messages = messages;
  }

  java.util.List<JsonNode> menu(FakeUser user, FakeChannel channel) {
    return menus.visible(user, channel);
  }

  /**
   * A slash command from the person's menu; one the menu does not show there (another context, or a
   * permission they lack) cannot be used, and the test is told so.
   */
  FakeInteraction slashCommand(FakeUser user, FakeChannel channel, String name, String text) {
    JsonNode command =
        menus
            .find(user, channel, name)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        user.name() + " has no /" + name + " in " + channel.name() + "'s menu"));
    FakeInteraction interaction = register(user, channel, 0);
    ObjectNode payload = interaction(interaction, user, channel, 2);
    ObjectNode data =
        payload
            .putObject("data")
            .put("id", command.path("id").asText())
            .put("name", name)
            .put("type", 1);
    if (!channel.isDm()) {
      data.put("guild_id", Long.toString(state.guildId));
    }
    if (text != null) {
      data.putArray("options").addObject().put("name", "text").put("type", 3).put("value", text);
    }
    gateway.dispatch("INTERACTION_CREATE", payload);
    return interaction;
  }

  FakeInteraction pressButton(FakeUser user, FakeMessage message, String customId) {
    FakeChannel channel = state.channels.get(message.channelId());
    FakeInteraction interaction = register(user, channel, message.id());
    ObjectNode payload = interaction(interaction, user, channel, 3);
    payload.putObject("data").put("custom_id", customId).put("component_type", 2);
    payload.set(
        "message",
        message.ephemeral() // Discord sends only the id and flags of an ephemeral message
            ? DiscordJson.object()
                .put("id", Long.toString(message.id()))
                .put("flags", message.flags())
            : messages.json(message));
    gateway.dispatch("INTERACTION_CREATE", payload);
    return interaction;
  }

  /**
   * Submits the modal the bot showed for {@code shown}, each text field filled with {@code value}.
   * The components come back in the layout the modal had: a label's field as the label's {@code
   * component}, an action row's fields in the row, each with the numeric id Discord gives it.
   */
  FakeInteraction submitModal(FakeUser user, FakeInteraction shown, String value) {
    FakeModal modal = shown.modal();
    if (modal == null) {
      throw new IllegalStateException("the bot showed no modal for interaction " + shown.id());
    }
    FakeChannel channel = state.channels.get(shown.channelId());
    FakeInteraction interaction = register(user, channel, shown.pressedMessageId());
    interaction.markModalSubmission();
    ObjectNode payload = interaction(interaction, user, channel, 5);
    ObjectNode data = payload.putObject("data").put("custom_id", modal.customId());
    var components = data.putArray("components");
    int id = 1;
    for (JsonNode top : modal.json().path("components")) {
      ObjectNode submitted = components.addObject().put("type", top.path("type").asInt());
      submitted.put("id", top.path("id").asInt(id++));
      if (top.path("type").asInt() == 18) {
        submitted.set("component", field(top.path("component"), id++, value));
      } else {
        var row = submitted.putArray("components");
        for (JsonNode child : top.path("components")) {
          row.add(field(child, id++, value));
        }
      }
    }
    // the message the form's button was on, in full: JDA reads a modal's message as a whole one
    state
        .message(shown.pressedMessageId())
        .ifPresent(m -> payload.set("message", messages.json(m)));
    gateway.dispatch("INTERACTION_CREATE", payload);
    return interaction;
  }

  private static ObjectNode field(JsonNode shown, int id, String value) {
    return DiscordJson.object()
        .put("type", 4)
        .put("id", shown.path("id").asInt(id))
        .put("custom_id", shown.path("custom_id").asText())
        .put("value", value);
  }

  /** A DM to the bot, with files attached (each then has a signed link on the fake's CDN). */
  FakeMessage directMessage(FakeUser user, String text, java.util.List<FakeFile> files) {
    FakeChannel dm = state.dmWith(user.id());
    FakeMessage message = state.newMessage(dm.id(), user.id());
    message.apply(DiscordJson.object().put("content", text), files, false);
    gateway.dispatch("MESSAGE_CREATE", messages.json(message), FakeGateway.DIRECT_MESSAGES);
    return message;
  }

  /**
   * A DM replying to {@code original}: Discord sends it as type 19 (reply) with a {@code
   * message_reference} and the {@code referenced_message}. A reply can only be made to a message in
   * the same channel, so any other is refused here as the client would not offer it.
   */
  FakeMessage directReply(FakeUser user, String text, FakeMessage original) {
    FakeChannel dm = state.dmWith(user.id());
    if (original.channelId() != dm.id()) {
      throw new IllegalArgumentException(
          "message " + original.id() + " is not in the DM with " + user.id() + "; cannot reply");
    }
    FakeMessage message = state.newMessage(dm.id(), user.id());
    message.apply(DiscordJson.object().put("content", text), java.util.List.of(), false);
    ObjectNode json = messages.json(message);
    json.put("type", 19);
    json.set(
        "message_reference",
        DiscordJson.object()
            .put("type", 0)
            .put("message_id", Long.toString(original.id()))
            .put("channel_id", Long.toString(dm.id())));
    json.set("referenced_message", messages.json(original));
    gateway.dispatch("MESSAGE_CREATE", json, FakeGateway.DIRECT_MESSAGES);
    return message;
  }

  private FakeInteraction register(FakeUser user, FakeChannel channel, long pressedMessageId) {
    String token = "itoken-" + UUID.randomUUID();
    var interaction =
        new FakeInteraction(
            state.ids.next(), token, channel.id(), user.id(), pressedMessageId, state::nanoTime);
    state.interactions.put(token, interaction);
    return interaction;
  }

  private ObjectNode interaction(
      FakeInteraction interaction, FakeUser user, FakeChannel channel, int type) {
    ObjectNode payload =
        DiscordJson.object()
            .put("id", Long.toString(interaction.id()))
            .put("application_id", Long.toString(state.applicationId))
            .put("type", type)
            .put("token", interaction.token())
            .put("version", 1)
            .put("channel_id", Long.toString(channel.id()))
            .put("locale", state.locales.getOrDefault(user.id(), "en-US"))
            .put("app_permissions", Long.toString(DiscordJson.BOT_PERMISSIONS));
    payload.putArray("entitlements");
    ObjectNode owners = payload.putObject("authorizing_integration_owners");
    if (channel.isDm()) {
      owners.put("1", Long.toString(user.id()));
      payload.put("context", 1).set("user", DiscordJson.user(user));
      payload.set("channel", dmChannel(channel, user));
      return payload;
    }
    String guildId = Long.toString(state.guildId);
    owners.put("0", guildId);
    payload.put("context", 0).put("guild_id", guildId).put("guild_locale", "en-US");
    payload.putObject("guild").put("id", guildId).put("locale", "en-US").putArray("features");
    payload.set("channel", DiscordJson.channel(channel, state.guildId));
    long permissions = state.memberPermissions(user.id());
    payload.set("member", DiscordJson.member(user).put("permissions", Long.toString(permissions)));
    return payload;
  }

  private static JsonNode dmChannel(FakeChannel channel, FakeUser user) {
    ObjectNode json = DiscordJson.channel(channel, 0);
    json.withArray("recipients").add(DiscordJson.user(user));
    return json;
  }
}
