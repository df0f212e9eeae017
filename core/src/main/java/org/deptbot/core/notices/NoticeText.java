package org.deptbot.core.notices;

import java.util.List;
import java.util.Objects;
import org.deptbot.core.templates.Severity;

/**
 * A notice revision worded as it is posted, before any platform lays it out: the bot sends it as
 * HTML or an embed, the console shows it as a preview. Measured against each platform's limits by
 * {@link PostLimits}.
 *
 * @param noticeId such as {@code N-2026-000042}
 * @param severity for the embed colour
 * @param banners lines above the title, in order: the exercise marker on every exercise post, then
 *     UPDATED / CANCELLED / EXPIRED lines with their time
 * @param title the title as rendered from the template
 * @param body the body as rendered from the template
 * @param footer the department's name and contact line
 * @param disclaimer the monitoring disclaimer
 * @param photoValue the {@code photo:<sha256>} value of a missing person's photo, or null
 */
public record NoticeText(
    String noticeId,
    Severity severity,
    List<String> banners,
    String title,
    String body,
    String footer,
    String disclaimer,
    String photoValue) {

  public NoticeText {
    Objects.requireNonNull(noticeId, "noticeId");
    banners = banners == null ? List.of() : List.copyOf(banners);
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    footer = footer == null ? "" : footer;
    disclaimer = disclaimer == null ? "" : disclaimer;
  }

  public boolean hasPhoto() {
    return photoValue != null;
  }

  /** The post as one text, as a reader sees it: banners, title, body, footer, disclaimer. */
  public String plainText() {
    StringBuilder text = new StringBuilder();
    banners.forEach(banner -> text.append(banner).append('\n'));
    text.append(title).append("\n\n").append(body).append("\n\n");
    return text.append(footer).append('\n').append(disclaimer).toString();
  }
}
