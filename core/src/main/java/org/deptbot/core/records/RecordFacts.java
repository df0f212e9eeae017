package org.deptbot.core.records;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeRevision;
import org.deptbot.core.reports.CaseEvent;
import org.deptbot.core.reports.Report;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateEvent;
import org.deptbot.core.templates.TemplateStatus;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.TipEvent;

/**
 * What retention, legal holds and exports need to know of one record, whatever its type: when it
 * was opened and closed, which staff members it concerns, and which other records it belongs with.
 *
 * @param closedAt when it was closed (notice cancelled, expired or found; case resolved or
 *     dismissed; tip closed; template retired), or null while it is open
 * @param staffIds every staff member it concerns: issuers, authors, approvers, reporters, subjects,
 *     handlers
 * @param linkedIds records it belongs with: the notice a tip answers
 * @param findings a case's findings, each once (the purge keeps the case by the most serious, in
 *     the department's order); empty for other records and for cases without findings
 */
public record RecordFacts(
    RecordType type,
    String id,
    Instant openedAt,
    Instant closedAt,
    Set<String> staffIds,
    Set<String> linkedIds,
    java.util.List<String> findings) {

  public RecordFacts {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    staffIds = Set.copyOf(staffIds);
    linkedIds = Set.copyOf(linkedIds);
    findings = findings == null ? java.util.List.of() : java.util.List.copyOf(findings);
  }

  public RecordFacts(
      RecordType type,
      String id,
      Instant openedAt,
      Instant closedAt,
      Set<String> staffIds,
      Set<String> linkedIds) {
    this(type, id, openedAt, closedAt, staffIds, linkedIds, java.util.List.of());
  }

  public String subject() {
    return type.subject(id);
  }

  public boolean closed() {
    return closedAt != null;
  }

  public static RecordFacts of(Notice notice) {
    Set<String> staff = people(notice.issuedBy());
    notice.revisions().forEach(r -> addPerson(staff, r.byStaffId()));
    NoticeRevision first = notice.revisions().get(0);
    Instant closed = notice.status().open() ? null : notice.latest().at();
    return new RecordFacts(RecordType.NOTICE, notice.id(), first.at(), closed, staff, Set.of());
  }

  public static RecordFacts of(Report report) {
    Set<String> staff = people(report.reporterId(), report.subjectId(), report.handlerId());
    for (CaseEvent event : report.events()) {
      addPerson(staff, event.handlerId());
      addPerson(staff, event.by());
    }
    Instant closed =
        report.status().open() ? null : report.events().get(report.events().size() - 1).at();
    java.util.List<String> findings =
        report.allegations().stream()
            .map(org.deptbot.core.reports.Allegation::finding)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    return new RecordFacts(
        RecordType.REPORT, report.id(), report.submittedAt(), closed, staff, Set.of(), findings);
  }

  public static RecordFacts of(Tip tip) {
    Set<String> staff = people();
    tip.events().forEach(e -> addPerson(staff, e.by()));
    Instant closed =
        tip.status().open()
            ? null
            : tip.events().stream()
                .filter(e -> e.kind() == TipEvent.Kind.CLOSED)
                .map(TipEvent::at)
                .reduce((a, b) -> b)
                .orElse(tip.submittedAt());
    Set<String> linked = tip.noticeId() == null ? Set.of() : Set.of(tip.noticeId());
    return new RecordFacts(RecordType.TIP, tip.id(), tip.submittedAt(), closed, staff, linked);
  }

  public static RecordFacts of(Template template) {
    Set<String> staff = people(template.authorId());
    template.history().forEach(e -> addPerson(staff, e.byStaffId()));
    Instant opened = template.history().isEmpty() ? null : template.history().get(0).at();
    Instant closed =
        template.status() != TemplateStatus.RETIRED
            ? null
            : template.history().stream()
                .filter(e -> "retired".equals(e.what()))
                .map(TemplateEvent::at)
                .reduce((a, b) -> b)
                .orElse(opened);
    return new RecordFacts(RecordType.TEMPLATE, template.id(), opened, closed, staff, Set.of());
  }

  /** Ids in events that are not people: the reporter and tipster stand-ins, the software. */
  private static final Set<String> NOT_PEOPLE = Set.of("reporter", "tipster", "system");

  private static Set<String> people(String... ids) {
    Set<String> staff = new LinkedHashSet<>();
    for (String id : ids) {
      addPerson(staff, id);
    }
    return staff;
  }

  private static void addPerson(Collection<String> staff, String id) {
    if (id != null && !id.isBlank() && !NOT_PEOPLE.contains(id)) {
      staff.add(id);
    }
  }
}
