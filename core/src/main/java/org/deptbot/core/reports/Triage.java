package org.deptbot.core.reports;

import static org.deptbot.core.audit.AuditRecord.fitted;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.NotPermitted;
import org.deptbot.core.access.Permission;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;

/**
 * Triage, for the chat and the console alike: finds a case the actor may see, and applies a
 * handler's action as one conditional write, audited after it is stored.
 */
public class Triage {

  /**
   * The handler's decisions that move or close a case: each is taken with a reason (the note on the
   * case's history), which goes into the audit entry too, next to who took it.
   */
  private static final Set<CaseEvent.Kind> DECISIONS =
      EnumSet.of(
          CaseEvent.Kind.ESCALATED,
          CaseEvent.Kind.ASSIGNED,
          CaseEvent.Kind.RESOLVED,
          CaseEvent.Kind.DISMISSED,
          CaseEvent.Kind.REOPENED);

  private final Reports reports;
  private final StaffMembers staff;
  private final CaseAccess access;
  private final boolean conflictsToInternalAffairs;
  private final AuditTrail audit;
  private final Clock clock;
  private final Findings findings;

  /** With the standard findings. */
  public Triage(
      Reports reports,
      StaffMembers staff,
      CaseAccess access,
      boolean conflictsToInternalAffairs,
      AuditTrail audit,
      Clock clock) {
    this(reports, staff, access, conflictsToInternalAffairs, audit, clock, Findings.defaults());
  }

  public Triage(
      Reports reports,
      StaffMembers staff,
      CaseAccess access,
      boolean conflictsToInternalAffairs,
      AuditTrail audit,
      Clock clock,
      Findings findings) {
    this.findings = findings;
    this.audit = audit;
    this.reports = reports;
    this.staff = staff;
    this.access = access;
    this.conflictsToInternalAffairs = conflictsToInternalAffairs;
    this.clock = clock;
  }

  /** The case, if it exists and the actor may see it; otherwise empty, saying nothing of it. */
  public Optional<Report> visible(Actor actor, String caseId) {
    return reports
        .byId(caseId.strip().toUpperCase(Locale.ROOT))
        .filter(r -> access.maySee(actor, r, staff.chainOfCommand()));
  }

  public Report acknowledge(Actor actor, Report r) {
    return store(actor, r, c -> c.acknowledge(me(actor), clock.instant()));
  }

  public Report ask(Actor actor, Report r, String question) {
    return store(actor, r, c -> c.askReporter(me(actor), question, clock.instant()));
  }

  public Report escalate(Actor actor, Report r) {
    return escalate(actor, r, "");
  }

  /** One level up from the actor, with their reason in the case's history. */
  public Report escalate(Actor actor, Report r, String reason) {
    var to = escalationRoute(actor, r);
    return store(
        actor, r, c -> c.reroute(me(actor), to, CaseEvent.Kind.ESCALATED, reason, clock.instant()));
  }

  /** Where escalating the case would send it now, so the actor can be asked to confirm it. */
  public Route escalationRoute(Actor actor, Report r) {
    return new ReportRouting(staff.all(), conflictsToInternalAffairs)
        .escalate(me(actor), r.subjectId());
  }

  /** Who the actor may hand a case to: active supervisors and internal affairs, not the subject. */
  public List<StaffMember> assignable(Actor actor, Report r) {
    return staff.all().stream()
        .filter(m -> m.acts(Role.SUPERVISOR) || m.acts(Role.INTERNAL_AFFAIRS))
        .filter(m -> !m.id().equals(r.subjectId()) && !m.id().equals(me(actor)))
        .toList();
  }

  public Report assign(Actor actor, Report r, String to) {
    return assign(actor, r, to, "");
  }

  /** To {@code to}, one of {@link #assignable}, with the actor's reason in the case's history. */
  public Report assign(Actor actor, Report r, String to, String reason) {
    if (assignable(actor, r).stream().noneMatch(m -> m.id().equals(to))) {
      throw new CaseTransitionRefused(
          CaseTransitionRefused.Reason.WRONG_STATE,
          to + " cannot take " + r.id(),
          r.id(),
          r.status());
    }
    Route route = new Route(to, Route.Reason.ASSIGNED, List.of(me(actor), to));
    return store(
        actor,
        r,
        c -> c.reroute(me(actor), route, CaseEvent.Kind.ASSIGNED, reason, clock.instant()));
  }

  public Report resolve(Actor actor, Report r, Outcome outcome, String note) {
    return store(actor, r, c -> c.resolve(me(actor), outcome, note, clock.instant()));
  }

  public Report dismiss(Actor actor, Report r, String reason) {
    return store(actor, r, c -> c.dismiss(me(actor), reason, clock.instant()));
  }

  /** One more allegation: a provision from the policy and what is alleged. */
  public Report addAllegation(Actor actor, Report r, PolicyClause provision, String statement) {
    return store(actor, r, c -> c.addAllegation(me(actor), provision, statement, clock.instant()));
  }

  /**
   * The finding on one allegation and the action taken; the last one resolves the case. The audit
   * entry names the allegation and the finding (not the action, which may name discipline).
   */
  public Report recordFinding(
      Actor actor, Report r, String allegationId, String finding, String action) {
    String code =
        findings
            .byCode(finding)
            .map(Findings.Finding::code)
            .orElseThrow(
                () ->
                    new CaseTransitionRefused(
                        CaseTransitionRefused.Reason.UNKNOWN_FINDING,
                        "unknown finding " + finding,
                        String.valueOf(finding)));
    Report changed =
        write(r, r.recordFinding(me(actor), allegationId, code, action, clock.instant()));
    String subject = "case:" + changed.id();
    audit.record(
        actor,
        "case.finding_recorded",
        subject,
        "allegation",
        allegationId.toUpperCase(Locale.ROOT),
        "finding",
        code);
    if (!changed.status().open()) {
      audit.record(actor, "case.closed", subject, "status", changed.status().name());
    }
    return changed;
  }

  /** Whether the actor may read and add the case's notes ({@link CaseAccess#maySeeNotes}). */
  public boolean maySeeNotes(Actor actor, Report r) {
    return access.maySeeNotes(actor, r);
  }

  /**
   * A note on the case, by one of its handlers or internal affairs. The audit entry says who added
   * which note to which case, never the text: the audit log is read by administrators too, who may
   * not read cases.
   */
  public Report addNote(Actor actor, Report r, String text) {
    if (!access.maySeeNotes(actor, r)) {
      throw new NotPermitted(actor, Permission.TRIAGE_REPORTS);
    }
    Report changed = write(r, r.addNote(me(actor), text, clock.instant()));
    audit.record(
        actor,
        "case.note_added",
        "case:" + changed.id(),
        "note",
        changed.notes().get(changed.notes().size() - 1).id());
    return changed;
  }

  /** Whether the actor may re-open the case ({@link CaseAccess#mayReopen}). */
  public boolean mayReopen(Actor actor, Report r) {
    return access.mayReopen(actor, r, staff.chainOfCommand());
  }

  /**
   * Opens a closed case again ({@link Permission#REOPEN_CASE}), with the reason in the case and in
   * the audit log. The one who re-opens it handles it.
   */
  public Report reopen(Actor actor, Report r, String reason) {
    if (!access.mayReopen(actor, r, staff.chainOfCommand())) {
      throw new NotPermitted(actor, Permission.REOPEN_CASE);
    }
    return store(actor, r, c -> c.reopen(me(actor), reason, clock.instant()));
  }

  /**
   * The case's reporter, writing as {@code actor}, adds information. The audit entry names a
   * confidential reporter by their staff id and an anonymous one only as anonymous.
   */
  public Report reporterAdds(Actor actor, Report r, String text) {
    return store(actor, r, c -> c.reporterAdded(text, clock.instant()));
  }

  /** Stores {@code changed} unless the case changed since {@code read}; not audited. */
  private Report write(Report read, Report changed) {
    if (!reports.replace(read, changed)) {
      throw new CaseTransitionRefused(
          CaseTransitionRefused.Reason.CHANGED_MEANWHILE,
          read.id() + " changed meanwhile",
          read.id());
    }
    return changed;
  }

  private Report store(Actor actor, Report read, UnaryOperator<Report> change) {
    Report changed = write(read, change.apply(read));
    var last = changed.events().get(changed.events().size() - 1);
    String action = "case." + last.kind().name().toLowerCase(Locale.ROOT);
    String subject = "case:" + changed.id();
    String status = changed.status().name();
    if (!"reporter".equals(last.by())) {
      if (DECISIONS.contains(last.kind()) && !last.note().isBlank()) {
        audit.record(actor, action, subject, "status", status, "reason", fitted(last.note()));
      } else {
        audit.record(actor, action, subject, "status", status);
      }
    } else if (changed.confidentiality() == Confidentiality.ANONYMOUS) {
      audit.recordAnonymously(actor, action, subject, "status", status);
    } else {
      audit.recordAs(changed.reporterId(), actor, action, subject, "status", status);
    }
    return changed;
  }

  /** The case's files were shown to someone allowed to see them. */
  public void filesViewed(Actor actor, Report r) {
    audit.record(actor, "case.files_viewed", "case:" + r.id());
  }

  /** A view of a case by someone allowed to see it, recorded: confidential data was read. */
  public void viewed(Actor actor, Report r) {
    audit.record(actor, "case.viewed", "case:" + r.id());
  }

  private static String me(Actor actor) {
    return actor.staffId();
  }
}
