package org.deptbot.bot.training;

import java.util.ArrayList;
import java.util.List;

/**
 * One persona's conversation as the page shows it. An edit is a new entry with the id of the
 * message it replaces, so the page can poll with "everything after N".
 */
final class Transcript {

  /** A message in the page's terms; {@code html} is already escaped. */
  record Entry(long seq, String id, String from, String html, List<List<PageButton>> buttons) {}

  /** A button as the page renders it. */
  record PageButton(String id, String label) {}

  // a practice room left open for days must not grow without end; the page only needs the recent
  private static final int KEPT = 500;
  private final List<Entry> entries = new ArrayList<>();
  private long seq;
  private long messages;

  synchronized String add(String from, String html, List<List<PageButton>> buttons) {
    String id = (from.equals("bot") ? "m" : "u") + (++messages);
    keep(new Entry(++seq, id, from, html, buttons));
    return id;
  }

  /**
   * The bot's message {@code id} now reads {@code html}; a picture it showed stays (an edit changes
   * the text and buttons only, as on the platforms).
   */
  synchronized void replace(String id, String html, List<List<PageButton>> buttons) {
    String picture =
        entries.stream()
            .filter(e -> e.id().equals(id))
            .reduce((a, b) -> b)
            .map(e -> leadingPicture(e.html()))
            .orElse("");
    keep(new Entry(++seq, id, "bot", picture + html, buttons));
  }

  /** The picture a message starts with ({@link TrainingChat#picture}), or "". */
  private static String leadingPicture(String html) {
    int end = html.indexOf("<br>");
    return html.startsWith("<img ") && end > 0 ? html.substring(0, end + 4) : "";
  }

  private void keep(Entry entry) {
    entries.add(entry);
    if (entries.size() > KEPT) {
      entries.remove(0);
    }
  }

  synchronized List<Entry> after(long seqSeen) {
    return entries.stream().filter(e -> e.seq() > seqSeen).toList();
  }

  synchronized long last() {
    return seq;
  }

  synchronized boolean hasBotMessage(String id) {
    return entries.stream().anyMatch(e -> e.id().equals(id) && e.from().equals("bot"));
  }
}
