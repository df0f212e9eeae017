package org.deptbot.bot.delivery;

import java.util.List;
import java.util.Objects;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.notices.NoticeText;
import org.deptbot.core.notices.Severity;

/**
 * A notice as it is posted, with every line already worded, so each platform only lays it out: HTML
 * on Telegram and in the training chat, an embed on Discord.
 *
 * @param noticeId such as {@code N-2026-000042}
 * @param severity for the embed colour
 * @param banners lines above the title, in order: the exercise marker on every exercise post, then
 *     UPDATED / CANCELLED / EXPIRED lines with their time
 * @param title the title as rendered from the template
 * @param body the body as rendered from the template
 * @param footer the department's name and contact line
 * @param disclaimer the monitoring disclaimer
 * @param image a missing person's photo, or null
 */
public record NoticePost(
    String noticeId,
    Severity severity,
    List<String> banners,
    String title,
    String body,
    String footer,
    String disclaimer,
    Image image) {

  public NoticePost {
    Objects.requireNonNull(noticeId, "noticeId");
    banners = banners == null ? List.of() : List.copyOf(banners);
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    footer = footer == null ? "" : footer;
    disclaimer = disclaimer == null ? "" : disclaimer;
  }

  /** The words of the post, without the photo's bytes. */
  public NoticeText text() {
    return new NoticeText(noticeId, severity, banners, title, body, footer, disclaimer, null);
  }

  /** The same post without its picture. */
  public NoticePost withoutImage() {
    return new NoticePost(noticeId, severity, banners, title, body, footer, disclaimer, null);
  }

  /** The post as one text: banners and title in bold, the body, then footer and disclaimer. */
  public RichText asRichText() {
    RichText.Builder text = RichText.builder();
    for (String banner : banners) {
      text.bold(banner).newline();
    }
    text.bold(title).newline().newline().plain(body).newline().newline();
    text.plain(footer).newline().italic(disclaimer);
    return text.build();
  }
}
