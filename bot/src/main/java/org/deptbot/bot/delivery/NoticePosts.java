package org.deptbot.bot.delivery;

import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.Messages;
import org.deptbot.core.department.Departments;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.notices.NoticeRevision;
import org.deptbot.core.notices.NoticeText;
import org.deptbot.core.notices.NoticeTexts;
import org.deptbot.core.templates.TimeShown;

/**
 * A notice revision as the bot posts it: the core's {@link NoticeTexts} words it (banners, title,
 * body, footer, disclaimer, from the bot's message bundle), and the photo's bytes are added. The
 * preview a dispatcher confirms is made here too, so it is exactly what is posted.
 */
public class NoticePosts {

  private final NoticeTexts texts;
  private final NoticePhotos photos;

  public NoticePosts(
      Departments departments, NoticePhotos photos, Messages messages, TimeShown time) {
    this.texts = new NoticeTexts(departments, messages::get, time);
    this.photos = photos;
  }

  /** The post for {@code notice} as of its latest revision. */
  public NoticePost of(Notice notice) {
    return of(notice, notice.latest());
  }

  /** The post for one revision of {@code notice}. */
  public NoticePost of(Notice notice, NoticeRevision revision) {
    NoticeText text = texts.of(notice, revision);
    return new NoticePost(text, photoOf(text));
  }

  /** The revision's photo, if one of its blanks holds one. A found person's revision has none. */
  private Image photoOf(NoticeText text) {
    return photos
        .byValue(text.photoValue())
        .map(p -> new Image(p.fileName(), p.mediaType(), p.bytes()))
        .orElse(null);
  }
}
