package org.deptbot.core.notices;

import java.util.ArrayList;
import java.util.List;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.templates.PostWording;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.TimeShown;

/**
 * Words a notice revision as it is posted: the exercise or test marker on every such post, a line
 * for each change (updated, cancelled, expired, found) with its day and time in the department's
 * zone and the zone's abbreviation ({@link TimeShown#stamp}; a further language's post in that
 * language, {@link TimeShown#inLanguage}), then the template's title and body, the department's
 * name and contact, and the disclaimer. The chat's preview, the console's preview and the posts
 * themselves are all made here, so they agree.
 */
public class NoticeTexts {

  private final Departments departments;
  private final PostWording wording;
  private final TimeShown time;

  public NoticeTexts(Departments departments, PostWording wording, TimeShown time) {
    this.departments = departments;
    this.wording = wording;
    this.time = time;
  }

  /** The department's languages, the default first ({@code [en]} before one is stored). */
  public List<String> languages() {
    return departments.current().map(Department::languages).orElse(List.of("en"));
  }

  /** The post for {@code notice} as of its latest revision. */
  public NoticeText of(Notice notice) {
    return of(notice, notice.latest());
  }

  /** The post for one revision of {@code notice}. */
  public NoticeText of(Notice notice, NoticeRevision revision) {
    return of(notice.id(), notice.severity(), notice.mode(), revision);
  }

  /** The post for a revision of a notice with this number, severity and mode. */
  public NoticeText of(
      String noticeId, Severity severity, NoticeMode mode, NoticeRevision revision) {
    return of(noticeId, severity, mode, revision, null);
  }

  /**
   * The post in {@code language}: the revision's own wording in it when it has one, else the
   * default language's (null: the default).
   */
  public NoticeText of(
      String noticeId,
      Severity severity,
      NoticeMode mode,
      NoticeRevision revision,
      String language) {
    List<String> banners = new ArrayList<>();
    Department department = departments.current().orElse(null);
    if (mode == NoticeMode.EXERCISE) {
      banners.add(wording.word("notice.banner.exercise"));
    } else if (mode == NoticeMode.TEST) {
      banners.add(
          department == null
              ? wording.word("notice.banner.test-no-department")
              : wording.word("notice.banner.test", department.name()));
    }
    // the UPDATED, CANCELLED, EXPIRED and FOUND lines carry the time worded in the post's language
    String when = (language == null ? time : time.inLanguage(language)).stamp(revision.at());
    String note = revision.note() == null ? "" : revision.note().strip();
    switch (revision.kind()) {
      case ISSUE -> {}
      case UPDATE ->
          banners.add(
              note.isEmpty()
                  ? wording.word("notice.banner.updated", when)
                  : wording.word("notice.banner.updated-note", when, note));
      case CANCEL ->
          banners.add(
              note.isEmpty()
                  ? wording.word("notice.banner.cancelled", when)
                  : wording.word("notice.banner.cancelled-note", when, note));
      case EXPIRE -> banners.add(wording.word("notice.banner.expired", when));
      case FOUND -> banners.add(wording.word("notice.banner.found", when));
    }
    String footer =
        department == null
            ? wording.word("notice.footer.no-department", noticeId)
            : wording.word("notice.footer", department.name(), department.contact(), noticeId);
    String disclaimer =
        department == null || department.disclaimer() == null
            ? wording.word("notice.disclaimer")
            : department.disclaimer();
    String photo =
        revision.values().values().stream()
            .filter(NoticePhotos::isPhotoValue)
            .findFirst()
            .orElse(null);
    var wording = revision.in(language);
    return new NoticeText(
        noticeId, severity, banners, wording.title(), wording.body(), footer, disclaimer, photo);
  }
}
