package org.deptbot.bot.chat;

import java.util.List;

/**
 * A button under a message. The id is opaque (the action it stands for is kept in MongoDB), so it
 * fits Telegram's 64 bytes and Discord's 100 characters whatever the action is.
 *
 * <p>A button with a {@link Form} opens that form where the platform can show one (Discord): what
 * the person writes in it reaches the engine as if they had typed it in the chat. Platforms without
 * forms leave such buttons out ({@link #withoutForms}), since there the person types the text
 * anyway.
 *
 * @param form the form the button opens, or null for an ordinary button
 */
public record Button(String label, String id, Form form) {

  /** An ordinary button. */
  public Button(String label, String id) {
    this(label, id, null);
  }

  /** Whether the button opens a form instead of doing something itself. */
  public boolean opensForm() {
    return form != null;
  }

  /**
   * A form with one paragraph field, for text that is easier written in a box than in a chat line.
   *
   * @param title the form's title
   * @param label the field's label
   * @param placeholder shown in the empty field, or null
   * @param maxLength the most characters the field takes
   */
  public record Form(String title, String label, String placeholder, int maxLength) {}

  /** The rows without the buttons that open forms, and without rows left empty. */
  public static List<List<Button>> withoutForms(List<List<Button>> rows) {
    return rows.stream()
        .map(row -> row.stream().filter(b -> !b.opensForm()).toList())
        .filter(row -> !row.isEmpty())
        .toList();
  }
}
