package org.deptbot.bot.delivery;

import java.util.List;
import java.util.Objects;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.notices.NoticeText;
import org.deptbot.core.templates.Severity;

/**
 * A notice as it is posted: its words ({@link NoticeText}, worded once in core for the bot and the
 * console) and a missing person's photo, so each platform only lays it out: HTML on Telegram and in
 * the training chat, an embed on Discord.
 *
 * @param text every line of the post, already worded
 * @param image a missing person's photo, or null
 */
public record NoticePost(NoticeText text, Image image) {

  public NoticePost {
    Objects.requireNonNull(text, "text");
  }

  /** A post built by hand, line by line. */
  public NoticePost(
      String noticeId,
      Severity severity,
      List<String> banners,
      String title,
      String body,
      String footer,
      String disclaimer,
      Image image) {
    this(new NoticeText(noticeId, severity, banners, title, body, footer, disclaimer, null), image);
  }

  public String noticeId() {
    return text.noticeId();
  }

  public Severity severity() {
    return text.severity();
  }

  public List<String> banners() {
    return text.banners();
  }

  public String title() {
    return text.title();
  }

  public String body() {
    return text.body();
  }

  public String footer() {
    return text.footer();
  }

  public String disclaimer() {
    return text.disclaimer();
  }

  /** The same post without its picture. */
  public NoticePost withoutImage() {
    return new NoticePost(text, null);
  }

  /** The post as one text: banners and title in bold, the body, then footer and disclaimer. */
  public RichText asRichText() {
    RichText.Builder out = RichText.builder();
    for (String banner : text.banners()) {
      out.bold(banner).newline();
    }
    out.bold(text.title()).newline().newline().plain(text.body()).newline().newline();
    out.plain(text.footer()).newline().italic(text.disclaimer());
    return out.build();
  }
}
