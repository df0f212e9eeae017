package org.deptbot.bot.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;
import org.deptbot.bot.chat.Button;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's button rows as Discord action rows: at most five buttons to a row (a longer row
 * wraps), five rows to a message, labels of at most 80 characters; the custom id is the engine's
 * opaque button id. When the engine's rows are more than five, they are packed closer rather than
 * cut, so a long menu or a preview with many channels keeps its last row (Confirm) on Discord too.
 *
 * <p>A button that opens a form looks like any other; pressed, it opens the form as a modal whose
 * id is the button's id and whose one paragraph field is {@link #FORM_FIELD}.
 */
final class DiscordComponents {

  static final int MAX_ROWS = 5;
  static final int MAX_PER_ROW = 5;
  static final int MAX_LABEL = 80;

  /** The custom id of a form's one text field. */
  static final String FORM_FIELD = "text";

  private static final Logger log = LoggerFactory.getLogger(DiscordComponents.class);

  private DiscordComponents() {}

  static List<ActionRow> rows(List<List<Button>> buttons) {
    return layout(buttons).stream()
        .map(row -> ActionRow.of(row.stream().map(DiscordComponents::button).toList()))
        .toList();
  }

  /**
   * The rows Discord gets: each row wrapped at five; if that is more than five rows, runs of
   * one-button rows (a list to pick from) share rows first, then every button is laid out five to a
   * row in order. Only past Discord's 25 buttons is anything left out.
   */
  static List<List<Button>> layout(List<List<Button>> buttons) {
    List<List<Button>> rows = new ArrayList<>();
    for (List<Button> row : buttons) {
      rows.addAll(partition(row));
    }
    if (rows.size() > MAX_ROWS) {
      rows = joinSingles(rows);
    }
    if (rows.size() > MAX_ROWS) {
      rows = partition(rows.stream().flatMap(List::stream).toList());
    }
    if (rows.size() > MAX_ROWS) {
      log.warn("A message had {} button rows; Discord shows {}", rows.size(), MAX_ROWS);
      return List.copyOf(rows.subList(0, MAX_ROWS));
    }
    return rows;
  }

  private static List<List<Button>> joinSingles(List<List<Button>> rows) {
    List<List<Button>> joined = new ArrayList<>();
    List<Button> singles = new ArrayList<>();
    for (List<Button> row : rows) {
      if (row.size() == 1) {
        singles.add(row.get(0));
        continue;
      }
      joined.addAll(partition(singles));
      singles.clear();
      joined.add(row);
    }
    joined.addAll(partition(singles));
    return joined;
  }

  private static List<List<Button>> partition(List<Button> buttons) {
    List<List<Button>> rows = new ArrayList<>();
    for (int i = 0; i < buttons.size(); i += MAX_PER_ROW) {
      rows.add(List.copyOf(buttons.subList(i, Math.min(buttons.size(), i + MAX_PER_ROW))));
    }
    return rows;
  }

  private static net.dv8tion.jda.api.components.buttons.Button button(Button button) {
    String label = button.label();
    if (label.length() > MAX_LABEL) {
      label = label.substring(0, MAX_LABEL - 1) + "…";
    }
    return net.dv8tion.jda.api.components.buttons.Button.secondary(button.id(), label);
  }

  /** The form {@code buttonId} opens, as a modal with one paragraph field. */
  static Modal modal(String buttonId, Button.Form form) {
    var field =
        TextInput.create(FORM_FIELD, TextInputStyle.PARAGRAPH)
            .setRequired(true)
            .setMaxLength(Math.max(1, Math.min(form.maxLength(), TextInput.MAX_VALUE_LENGTH)));
    if (form.placeholder() != null && !form.placeholder().isBlank()) {
      field.setPlaceholder(cut(form.placeholder(), TextInput.MAX_PLACEHOLDER_LENGTH));
    }
    return Modal.create(buttonId, cut(form.title(), Modal.MAX_TITLE_LENGTH))
        .addComponents(Label.of(cut(form.label(), Label.LABEL_MAX_LENGTH), field.build()))
        .build();
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
