package org.deptbot.core.notices;

import java.time.OffsetDateTime;
import java.time.ZoneId;
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
    var info =
        new CapInfo(
            notice.category(),
            event(notice.category()),
            CapUrgency.valueOf(notice.urgency().name()),
            CapSeverity.valueOf(notice.severity().name()),
            CapCertainty.OBSERVED,
            (closing ? "No longer in effect: " : "") + revision.title(),
            revision.note() == null ? revision.body() : revision.note() + "\n\n" + revision.body(),
            null,
            time(notice.expiresAt()),
            department.contact(),
            department.website(),
            "en-US",
            area(template, revision, department),
            resources,
            areas(notice));
    return new CapAlert(
        identifier(notice, revision),
        sender,
        time(revision.at()),
        notice.mode() == NoticeMode.EXERCISE ? CapStatus.EXERCISE : CapStatus.ACTUAL,
        type,
        references,
        info);
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
}
