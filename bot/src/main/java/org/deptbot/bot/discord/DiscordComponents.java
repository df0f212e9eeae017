package org.deptbot.bot.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import org.deptbot.bot.chat.Button;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's button rows as Discord action rows: at most five buttons to a row (a longer row
 * wraps), five rows to a message, labels of at most 80 characters; the custom id is the engine's
 * opaque button id.
 */
final class DiscordComponents {

  static final int MAX_ROWS = 5;
  static final int MAX_LABEL = 80;
  private static final Logger log = LoggerFactory.getLogger(DiscordComponents.class);

  private DiscordComponents() {}

  static List<ActionRow> rows(List<List<Button>> buttons) {
    List<ActionRow> rows = new ArrayList<>();
    for (List<Button> row : buttons) {
      if (row.isEmpty()) {
        continue;
      }
      rows.addAll(ActionRow.partitionOf(row.stream().map(DiscordComponents::button).toList()));
    }
    if (rows.size() > MAX_ROWS) {
      log.warn("A message had {} button rows; Discord shows {}", rows.size(), MAX_ROWS);
      return List.copyOf(rows.subList(0, MAX_ROWS));
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
}
