package org.deptbot.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Message text with a few marks (bold, italic, code, link) that every adapter can render safely.
 * User and template text goes in as plain spans and is escaped by the renderer, never trusted as
 * markup.
 */
public final class RichText {

  /** How a span looks. */
  public enum Mark {
    PLAIN,
    BOLD,
    ITALIC,
    CODE,
    LINK
  }

  /** A run of text with one mark; {@code href} only for links (http or https). */
  public record Span(Mark mark, String text, String href) {
    public Span {
      Objects.requireNonNull(mark, "mark");
      text = text == null ? "" : text;
      if (mark == Mark.LINK && (href == null || !href.matches("(?i)https?://\\S+"))) {
        mark = Mark.PLAIN; // an unsafe or missing link target is shown as plain text
        href = null;
      }
    }
  }

  private final List<Span> spans;

  private RichText(List<Span> spans) {
    this.spans = List.copyOf(spans);
  }

  public static RichText plain(String text) {
    return builder().plain(text).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Span> spans() {
    return spans;
  }

  /** The text without marks, as a reader sees it. */
  public String plainText() {
    StringBuilder out = new StringBuilder();
    spans.forEach(s -> out.append(s.text()));
    return out.toString();
  }

  public int length() {
    return plainText().length();
  }

  /**
   * HTML with only b, i, code and a tags and every text escaped, as Telegram's HTML parse mode and
   * the training chat read it. {@code lineBreak} is what a newline becomes.
   */
  public String toHtml(String lineBreak) {
    StringBuilder out = new StringBuilder();
    for (Span span : spans) {
      String text = escapeHtml(span.text()).replace("\n", lineBreak);
      switch (span.mark()) {
        case PLAIN -> out.append(text);
        case BOLD -> out.append("<b>").append(text).append("</b>");
        case ITALIC -> out.append("<i>").append(text).append("</i>");
        case CODE -> out.append("<code>").append(text).append("</code>");
        case LINK ->
            out.append("<a href=\"")
                .append(escapeHtml(span.href()))
                .append("\">")
                .append(text)
                .append("</a>");
      }
    }
    return out.toString();
  }

  /** Escapes the characters HTML gives meaning to. */
  public static String escapeHtml(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /**
   * Splits the text into parts of at most {@code maxChars} visible characters, at line breaks where
   * possible, so each part can be rendered on its own with balanced marks.
   */
  public List<RichText> split(int maxChars) {
    return new TextSplitter(maxChars).split(spans).stream().map(RichText::new).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RichText that && spans.equals(that.spans);
  }

  @Override
  public int hashCode() {
    return spans.hashCode();
  }

  @Override
  public String toString() {
    return plainText();
  }

  /** Builds text span by span. */
  public static final class Builder {
    private final List<Span> spans = new ArrayList<>();

    public Builder plain(String text) {
      return add(Mark.PLAIN, text, null);
    }

    public Builder bold(String text) {
      return add(Mark.BOLD, text, null);
    }

    public Builder italic(String text) {
      return add(Mark.ITALIC, text, null);
    }

    public Builder code(String text) {
      return add(Mark.CODE, text, null);
    }

    public Builder link(String text, String href) {
      return add(Mark.LINK, text, href);
    }

    public Builder newline() {
      return plain("\n");
    }

    /** Adds another text's spans. */
    public Builder append(RichText text) {
      spans.addAll(text.spans);
      return this;
    }

    public RichText build() {
      return new RichText(spans);
    }

    private Builder add(Mark mark, String text, String href) {
      if (text != null && !text.isEmpty()) {
        spans.add(new Span(mark, text, href));
      }
      return this;
    }
  }
}
