package org.deptbot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A modal the bot answered an interaction with (callback type 9), as the person would see it.
 *
 * @param title the modal's title
 * @param customId the id its submission carries
 * @param inputs its text fields, in order
 * @param json the callback's {@code data} as the bot sent it
 */
public record FakeModal(String title, String customId, List<Input> inputs, JsonNode json) {

  /** Discord's text input style for several lines. */
  public static final int PARAGRAPH = 2;

  /**
   * A text field; {@code label} comes from the field or, in Discord's newer layout, from the label
   * component around it.
   *
   * @param wrapped in a label component (type 18) rather than an action row (type 1)
   */
  public record Input(
      String customId,
      String label,
      int style,
      String placeholder,
      int maxLength,
      boolean required,
      boolean wrapped) {}

  static FakeModal of(JsonNode data) {
    List<Input> inputs = new ArrayList<>();
    for (JsonNode top : data.path("components")) {
      if (top.path("type").asInt() == 18) {
        inputs.add(input(top.path("component"), top.path("label").asText(), true));
      } else {
        for (JsonNode child : top.path("components")) {
          inputs.add(input(child, child.path("label").asText(), false));
        }
      }
    }
    return new FakeModal(
        data.path("title").asText(), data.path("custom_id").asText(), List.copyOf(inputs), data);
  }

  private static Input input(JsonNode field, String label, boolean wrapped) {
    return new Input(
        field.path("custom_id").asText(),
        label,
        field.path("style").asInt(),
        field.hasNonNull("placeholder") ? field.path("placeholder").asText() : null,
        field.path("max_length").asInt(4000),
        field.path("required").asBoolean(true),
        wrapped);
  }

  /** Whether the modal is one Discord would show: a title, an id, one to five text fields. */
  public boolean valid() {
    return !title.isEmpty()
        && title.length() <= 45
        && !customId.isEmpty()
        && customId.length() <= 100
        && !inputs.isEmpty()
        && inputs.size() <= 5
        && inputs.stream().allMatch(i -> !i.customId().isEmpty() && i.label().length() <= 45);
  }
}
