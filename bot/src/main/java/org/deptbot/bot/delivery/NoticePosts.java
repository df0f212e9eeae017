package org.deptbot.bot.delivery;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.Messages;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.notices.NoticeRevision;

/**
 * Words a notice revision as it is posted: the exercise marker on every exercise post, a line for
 * each change (updated, cancelled, expired, found) with its time in the department's zone, then the
 * template's title and body, the department's name and contact, and the disclaimer. The preview a
 * dispatcher confirms is made here too, so it is exactly what is posted.
 */
public class NoticePosts {

  private final Departments departments;
  private final NoticePhotos photos;
  private final Messages messages;
  private final DateTimeFormatter time;

  public NoticePosts(Departments departments, NoticePhotos photos, Messages messages, ZoneId zone) {
    this.departments = departments;
    this.photos = photos;
    this.messages = messages;
    this.time = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(zone);
  }

  /** The post for {@code notice} as of its latest revision. */
  public NoticePost of(Notice notice) {
    return of(notice, notice.latest());
  }

  /** The post for one revision of {@code notice}. */
  public NoticePost of(Notice notice, NoticeRevision revision) {
    List<String> banners = new ArrayList<>();
    if (notice.mode() == NoticeMode.EXERCISE) {
      banners.add(messages.get("notice.banner.exercise"));
    }
    String when = time.format(revision.at());
    String note = revision.note() == null ? "" : revision.note().strip();
    switch (revision.kind()) {
      case ISSUE -> {}
      case UPDATE ->
          banners.add(
              note.isEmpty()
                  ? messages.get("notice.banner.updated", when)
                  : messages.get("notice.banner.updated-note", when, note));
      case CANCEL ->
          banners.add(
              note.isEmpty()
                  ? messages.get("notice.banner.cancelled", when)
                  : messages.get("notice.banner.cancelled-note", when, note));
      case EXPIRE -> banners.add(messages.get("notice.banner.expired", when));
      case FOUND -> banners.add(messages.get("notice.banner.found", when));
    }
    Department department = departments.current().orElse(null);
    String footer =
        department == null
            ? messages.get("notice.footer.no-department", notice.id())
            : messages.get("notice.footer", department.name(), department.contact(), notice.id());
    String disclaimer =
        department == null || department.disclaimer() == null
            ? messages.get("notice.disclaimer")
            : department.disclaimer();
    return new NoticePost(
        notice.id(),
        notice.severity(),
        banners,
        revision.title(),
        revision.body(),
        footer,
        disclaimer,
        photoOf(revision));
  }

  /** The revision's photo, if one of its blanks holds one. A found person's revision has none. */
  private Image photoOf(NoticeRevision revision) {
    return revision.values().values().stream()
        .filter(NoticePhotos::isPhotoValue)
        .findFirst()
        .flatMap(photos::byValue)
        .map(p -> new Image(p.fileName(), p.mediaType(), p.bytes()))
        .orElse(null);
  }
}
