package org.deptbot.core.notices;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deptbot.core.department.Department;
import org.deptbot.core.notices.cap.CapAlert;
import org.deptbot.core.notices.cap.CapArea;
import org.deptbot.core.notices.cap.CapCertainty;
import org.deptbot.core.notices.cap.CapInfo;
import org.deptbot.core.notices.cap.CapMsgType;
import org.deptbot.core.notices.cap.CapReference;
import org.deptbot.core.notices.cap.CapResource;
import org.deptbot.core.notices.cap.CapSeverity;
import org.deptbot.core.notices.cap.CapStatus;
import org.deptbot.core.notices.cap.CapUrgency;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.VariableType;

/**
 * Each revision of a notice as a CAP 1.2 message: the first an Alert, later ones an Update, and a
 * cancellation or expiry a Cancel, each referring to every earlier revision. Times are written in
 * the department's zone, as CAP wants a numeric offset.
 */
public final class NoticeCapMessages {

  private final String sender;
  private final ZoneId zone;

  /**
   * @param sender the department's CAP sender id, such as its web domain; no spaces or commas
   */
  public NoticeCapMessages(String sender, ZoneId zone) {
    this.sender = sender;
    this.zone = zone;
  }

  public CapAlert alert(
      Notice notice, int revisionNumber, Template template, Department department) {
    return alert(notice, revisionNumber, template, department, List.of());
  }

  /** The CAP message of one revision, with files that go with it (a missing person's photo). */
  public CapAlert alert(
      Notice notice,
      int revisionNumber,
      Template template,
      Department department,
      List<CapResource> resources) {
    NoticeRevision revision = notice.revisions().get(revisionNumber - 1);
    List<CapReference> references =
        notice.revisions().subList(0, revisionNumber - 1).stream()
            .map(r -> new CapReference(sender, identifier(notice, r), time(r.at())))
            .toList();
    boolean closing =
        revision.kind() == NoticeRevision.Kind.CANCEL
            || revision.kind() == NoticeRevision.Kind.EXPIRE
            || revision.kind() == NoticeRevision.Kind.FOUND;
    CapMsgType type =
        revisionNumber == 1 ? CapMsgType.ALERT : closing ? CapMsgType.CANCEL : CapMsgType.UPDATE;
    String area = area(template, revision, department);
    List<String> languages = department.languages();
    var info = info(notice, revision, closing, department, languages.get(0), area, resources);
    List<CapInfo> others = new ArrayList<>();
    for (String language : languages.subList(1, languages.size())) {
      if (revision.wordings().containsKey(language)) {
        others.add(info(notice, revision, closing, department, language, area, resources));
      }
    }
    return new CapAlert(
        identifier(notice, revision),
        sender,
        time(revision.at()),
        status(notice.mode()),
        type,
        references,
        info,
        others);
  }

  /** What the revision says in {@code language}, about the same area as every other language. */
  private CapInfo info(
      Notice notice,
      NoticeRevision revision,
      boolean closing,
      Department department,
      String language,
      String area,
      List<CapResource> resources) {
    var wording = revision.in(language);
    return new CapInfo(
        notice.category(),
        event(notice.category()),
        CapUrgency.valueOf(notice.urgency().name()),
        CapSeverity.valueOf(notice.severity().name()),
        CapCertainty.OBSERVED,
        (closing ? closingWords(language) : "") + wording.title(),
        revision.note() == null ? wording.body() : revision.note() + "\n\n" + wording.body(),
        null,
        time(notice.expiresAt()),
        department.contact(),
        department.website(),
        capLanguage(language),
        area,
        resources,
        areas(notice));
  }

  /** The CAP language tag: English stays {@code en-US} as before languages; others their code. */
  static String capLanguage(String language) {
    return "en".equals(language) ? "en-US" : language;
  }

  private static String closingWords(String language) {
    return "es".equals(language) ? "Ya no está vigente: " : "No longer in effect: ";
  }

  private String identifier(Notice notice, NoticeRevision revision) {
    return sender + "." + notice.id() + "." + revision.number();
  }

  private OffsetDateTime time(java.time.Instant at) {
    return at.atZone(zone).toOffsetDateTime();
  }

  /** One CAP area per zone the notice names, with its geometry and geocodes. */
  private static List<CapArea> areas(Notice notice) {
    return notice.zones().stream()
        .map(
            zone ->
                new CapArea(
                    zone.name(),
                    zone.capPolygon() == null ? List.of() : List.of(zone.capPolygon()),
                    zone.circle() == null ? List.of() : List.of(zone.circle().cap()),
                    zone.geocodes().stream()
                        .map(g -> new CapArea.Geocode(g.valueName(), g.value()))
                        .toList()))
        .toList();
  }

  /** The first place named in the notice, or the department's own area. */
  private static String area(Template template, NoticeRevision revision, Department department) {
    return template.variables().stream()
        .filter(v -> v.type() == VariableType.LOCATION)
        .map(TemplateVariable::name)
        .map(name -> revision.values().getOrDefault(name, ""))
        .filter(value -> !value.isBlank())
        .findFirst()
        .orElse(department.name() + " service area");
  }

  private static String event(NoticeCategory category) {
    String words = category.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * CAP 1.2's status for a mode: an exercise is for its designated participants ({@code Exercise});
   * the department's test message is technical testing that every recipient disregards ({@code
   * Test}).
   */
  static CapStatus status(NoticeMode mode) {
    return switch (mode) {
      case LIVE -> CapStatus.ACTUAL;
      case EXERCISE -> CapStatus.EXERCISE;
      case TEST -> CapStatus.TEST;
    };
  }
}
