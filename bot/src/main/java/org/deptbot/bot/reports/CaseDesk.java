package org.deptbot.bot.reports;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.deptbot.bot.audit.ChatAudit;
import org.deptbot.core.access.Actor;
import org.deptbot.core.reports.CaseAccess;
import org.deptbot.core.reports.CaseEvent;
import org.deptbot.core.reports.CaseTransitionRefused;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.Outcome;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.ReportRouting;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.reports.Route;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;

/**
 * Triage: finds a case the actor may see, and applies a handler's action as one conditional write.
 */
class CaseDesk {

  private final Reports reports;
  private final StaffMembers staff;
  private final CaseAccess access;
  private final ReportProperties properties;
  private final ChatAudit audit;
  private final Clock clock;

  CaseDesk(
      Reports reports,
      StaffMembers staff,
      CaseAccess access,
      ReportProperties properties,
      ChatAudit audit,
      Clock clock) {
    this.audit = audit;
    this.reports = reports;
    this.staff = staff;
    this.access = access;
    this.properties = properties;
    this.clock = clock;
  }

  /** The case, if it exists and the actor may see it; otherwise empty, saying nothing of it. */
  Optional<Report> visible(Actor actor, String caseId) {
    return reports
        .byId(caseId.strip().toUpperCase(Locale.ROOT))
        .filter(r -> access.maySee(actor, r, staff.chainOfCommand()));
  }

  Report acknowledge(Actor actor, Report r) {
    return store(r, c -> c.acknowledge(me(actor), clock.instant()));
  }

  Report ask(Actor actor, Report r, String question) {
    return store(r, c -> c.askReporter(me(actor), question, clock.instant()));
  }

  Report escalate(Actor actor, Report r) {
    var to =
        new ReportRouting(staff.all(), properties.conflictsToInternalAffairs())
            .escalate(me(actor), r.subjectId());
    return store(r, c -> c.reroute(me(actor), to, CaseEvent.Kind.ESCALATED, "", clock.instant()));
  }

  /** Who the actor may hand a case to: active supervisors and internal affairs, not the subject. */
  List<StaffMember> assignable(Actor actor, Report r) {
    return staff.all().stream()
        .filter(m -> m.acts(Role.SUPERVISOR) || m.acts(Role.INTERNAL_AFFAIRS))
        .filter(m -> !m.id().equals(r.subjectId()) && !m.id().equals(me(actor)))
        .toList();
  }

  Report assign(Actor actor, Report r, String to) {
    if (assignable(actor, r).stream().noneMatch(m -> m.id().equals(to))) {
      throw new CaseTransitionRefused(
          CaseTransitionRefused.Reason.WRONG_STATE,
          to + " cannot take " + r.id(),
          r.id(),
          r.status());
    }
    Route route = new Route(to, Route.Reason.ASSIGNED, List.of(me(actor), to));
    return store(r, c -> c.reroute(me(actor), route, CaseEvent.Kind.ASSIGNED, "", clock.instant()));
  }

  Report resolve(Actor actor, Report r, Outcome outcome, String note) {
    return store(r, c -> c.resolve(me(actor), outcome, note, clock.instant()));
  }

  Report dismiss(Actor actor, Report r, String reason) {
    return store(r, c -> c.dismiss(me(actor), reason, clock.instant()));
  }

  Report reporterAdds(Report r, String text) {
    return store(r, c -> c.reporterAdded(text, clock.instant()));
  }

  private Report store(Report read, UnaryOperator<Report> change) {
    Report changed = change.apply(read);
    if (!reports.replace(read, changed)) {
      throw new CaseTransitionRefused(
          CaseTransitionRefused.Reason.CHANGED_MEANWHILE,
          read.id() + " changed meanwhile",
          read.id());
    }
    var last = changed.events().get(changed.events().size() - 1);
    String action = "case." + last.kind().name().toLowerCase(Locale.ROOT);
    String by =
        !"reporter".equals(last.by())
            ? last.by()
            : changed.confidentiality() == Confidentiality.ANONYMOUS
                ? ChatAudit.ANONYMOUS
                : changed.reporterId();
    audit.system(action, "case:" + changed.id(), "by", by, "status", changed.status().name());
    return changed;
  }

  /** The case's files were shown to someone allowed to see them. */
  void filesViewed(Actor actor, Report r) {
    audit.record(actor, "case.files_viewed", "case:" + r.id());
  }

  /** A view of a case by someone allowed to see it, recorded: confidential data was read. */
  void viewed(Actor actor, Report r) {
    audit.record(actor, "case.viewed", "case:" + r.id());
  }

  private static String me(Actor actor) {
    return actor.activeMember().orElseThrow().id();
  }
}
