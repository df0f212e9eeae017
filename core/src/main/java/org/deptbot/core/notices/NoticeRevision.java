package org.deptbot.core.notices;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.deptbot.core.templates.BlankValues;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateText;
import org.deptbot.core.templates.TemplateWording;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * One published state of a notice. Every revision is kept: it is a public record, and each one is
 * its own CAP message referring to the earlier ones.
 *
 * @param number 1 for the first issue, then 2, 3, ...
 * @param kind why this revision exists
 * @param values the filled blanks, by name; a blank read otherwise in a further language has its
 *     own value there too, under {@code name@language} ({@link BlankValues})
 * @param title the title as posted
 * @param body the body as posted
 * @param note what the issuer said about the change (the update line, or the cancel text)
 * @param planned whether its deliveries are queued: the outbox mark that lets a crash between
 *     storing the revision and queueing its deliveries be finished later
 * @param wordings the title and body as posted in each further language the template speaks, by
 *     language code; {@code title} and {@code body} are the default language's. Empty for a
 *     revision stored before languages, or one in the default language only
 */
public record NoticeRevision(
    int number,
    Kind kind,
    Instant at,
    String byStaffId,
    Map<String, String> values,
    String title,
    String body,
    String note,
    boolean planned,
    Map<String, TemplateWording> wordings) {

  /** Why a revision was made. */
  public enum Kind {
    ISSUE,
    UPDATE,
    CANCEL,
    EXPIRE,
    /** The person was found: the posts are replaced by a short text without personal details. */
    FOUND
  }

  @PersistenceCreator
  public NoticeRevision {
    values = values == null ? Map.of() : Map.copyOf(values);
    wordings = wordings == null ? Map.of() : Map.copyOf(wordings);
  }

  /** A revision in the default language only. */
  public NoticeRevision(
      int number,
      Kind kind,
      Instant at,
      String byStaffId,
      Map<String, String> values,
      String title,
      String body,
      String note,
      boolean planned) {
    this(number, kind, at, byStaffId, values, title, body, note, planned, Map.of());
  }

  /**
   * The template's wording in each of its further languages, its blanks filled once: each blank
   * with its own value in that language where it has one (a time worded in it, a text given in it
   * too), else the default value ({@link BlankValues}).
   */
  public static Map<String, TemplateWording> rendered(
      Template template, Map<String, String> values) {
    Map<String, TemplateWording> out = new LinkedHashMap<>();
    template
        .wordings()
        .forEach(
            (language, wording) -> {
              Map<String, String> own = BlankValues.in(language, values);
              out.put(
                  language,
                  new TemplateWording(
                      TemplateText.render(wording.title(), own),
                      TemplateText.render(wording.body(), own)));
            });
    return out;
  }

  /**
   * The title and body as posted in {@code language}: its own when the revision has one, else the
   * default language's.
   */
  public TemplateWording in(String language) {
    TemplateWording own = language == null ? null : wordings.get(language);
    return own != null ? own : new TemplateWording(title, body);
  }

  /** The same revision with its wording in further languages. */
  public NoticeRevision withWordings(Map<String, TemplateWording> more) {
    return new NoticeRevision(
        number, kind, at, byStaffId, values, title, body, note, planned, more);
  }
}
