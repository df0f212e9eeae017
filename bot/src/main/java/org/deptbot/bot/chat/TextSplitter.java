package org.deptbot.bot.chat;

import java.util.ArrayList;
import java.util.List;
import org.deptbot.bot.chat.RichText.Span;

/**
 * Cuts spans into parts of a maximum visible length: whole lines while they fit, and a line longer
 * than a part cut where it must (never inside a surrogate pair).
 */
final class TextSplitter {

  private final int max;
  private final List<List<Span>> parts = new ArrayList<>();
  private List<Span> current = new ArrayList<>();
  private int currentLength;

  TextSplitter(int max) {
    if (max < 2) {
      throw new IllegalArgumentException("parts must hold at least two characters");
    }
    this.max = max;
  }

  List<List<Span>> split(List<Span> spans) {
    for (List<Span> line : lines(spans)) {
      addLine(line);
    }
    if (!current.isEmpty() || parts.isEmpty()) {
      parts.add(current);
    }
    return parts;
  }

  private void addLine(List<Span> line) {
    int lineLength = line.stream().mapToInt(s -> s.text().length()).sum();
    int separator = currentLength == 0 && current.isEmpty() ? 0 : 1;
    if (currentLength + separator + lineLength <= max) {
      if (separator == 1) {
        current.add(new Span(RichText.Mark.PLAIN, "\n", null));
      }
      current.addAll(line);
      currentLength += separator + lineLength;
      return;
    }
    flush();
    for (Span span : line) {
      addLongSpan(span);
    }
  }

  private void addLongSpan(Span span) {
    String rest = span.text();
    while (!rest.isEmpty()) {
      int room = max - currentLength;
      if (room <= 0) {
        flush();
        room = max;
      }
      int cut = Math.min(room, rest.length());
      if (cut < rest.length() && Character.isHighSurrogate(rest.charAt(cut - 1))) {
        cut--;
      }
      if (cut == 0) { // only half an emoji would fit: start the next part
        flush();
        continue;
      }
      current.add(new Span(span.mark(), rest.substring(0, cut), span.href()));
      currentLength += cut;
      rest = rest.substring(cut);
    }
  }

  private void flush() {
    if (!current.isEmpty()) {
      parts.add(current);
    }
    current = new ArrayList<>();
    currentLength = 0;
  }

  /** The spans line by line, without the newlines themselves. */
  private static List<List<Span>> lines(List<Span> spans) {
    List<List<Span>> lines = new ArrayList<>();
    List<Span> line = new ArrayList<>();
    for (Span span : spans) {
      String[] pieces = span.text().split("\n", -1);
      for (int i = 0; i < pieces.length; i++) {
        if (i > 0) {
          lines.add(line);
          line = new ArrayList<>();
        }
        if (!pieces[i].isEmpty()) {
          line.add(new Span(span.mark(), pieces[i], span.href()));
        }
      }
    }
    lines.add(line);
    return lines;
  }
}
