package org.deptbot.core.reports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deptbot.core.access.Actor;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.staff.StaffMembers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a member is deactivated, their open cases go to the next handler up their chain of command
 * (never the subject of the case; internal affairs at the top), as an escalation would: the new
 * handler is sent the case card, and each move is audited as one by the system.
 */
public class CaseHandover {

  private static final Logger log = LoggerFactory.getLogger(CaseHandover.class);
  private static final int PAGE = 100;
  private static final int TRIES = 3;

  private final Reports reports;
  private final StaffMembers staff;
  private final boolean conflictsToInternalAffairs;
  private final AuditTrail audit;
  private final Clock clock;

  public CaseHandover(
      Reports reports,
      StaffMembers staff,
      boolean conflictsToInternalAffairs,
      AuditTrail audit,
      Clock clock) {
    this.reports = reports;
    this.staff = staff;
    this.conflictsToInternalAffairs = conflictsToInternalAffairs;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Hands every open case of {@code staffId} (already deactivated by {@code actor}) on; returns how
   * many moved. The audit log names the actor as who moved it. A case no one may take stays where
   * it is, logged, for an administrator to assign.
   */
  public int handOver(Actor actor, String staffId) {
    var routing = new ReportRouting(staff.all(), conflictsToInternalAffairs);
    int moved = 0;
    for (Report open : openCases(staffId)) {
      try {
        if (handOver(actor, open, staffId, routing)) {
          moved++;
        }
      } catch (ReportRouting.NoOneToHandle nobody) {
        log.warn(
            "Case {} of deactivated {} stays with them: {}",
            open.id(),
            staffId,
            nobody.getMessage());
      }
    }
    return moved;
  }

  private boolean handOver(Actor actor, Report read, String staffId, ReportRouting routing) {
    Optional<Report> current = Optional.of(read);
    for (int i = 0; i < TRIES && current.isPresent(); i++) {
      Report r = current.get();
      if (!r.status().open() || !staffId.equals(r.handlerId())) {
        return false;
      }
      String to = routing.escalate(staffId, r.subjectId()).handlerId();
      Route route = new Route(to, Route.Reason.HANDLER_DEACTIVATED, List.of(staffId, to));
      // the case's own history keeps the handover as the rule's doing (reroute lets only the
      // handler or the system move a case); the audit entry names who deactivated the handler
      Report changed = r.reroute("system", route, CaseEvent.Kind.ESCALATED, "", clock.instant());
      if (reports.replace(r, changed)) {
        audit.record(
            actor,
            "case.handed_over",
            "case:" + r.id(),
            "before",
            staffId,
            "after",
            to,
            "reason",
            "handler deactivated");
        return true;
      }
      current = reports.byId(r.id());
    }
    return false;
  }

  /** The reason given in the case history and the audit log when a handler cannot be reached. */
  public static final String UNREACHABLE = "could not be reached in chat";

  /**
   * The handler of {@code read} could not be reached in any chat they linked (each refused the card
   * for good): the case goes one level up at once, as an escalation would (never to the subject;
   * internal affairs at the top), and the move is audited as one by the system, with the reason.
   * When no one else may take it, it stays and the case notes once that its handler could not be
   * reached (audited as {@code case.unreachable}), so the console shows it. Returns the case as
   * stored after either change; empty when there was nothing to do (already noted, or closed) or
   * the case changed meanwhile (the caller reads it again next time).
   */
  public Optional<Report> handlerUnreachable(Report read) {
    if (!read.status().open()) {
      return Optional.empty();
    }
    String from = read.handlerId();
    String to;
    try {
      to =
          new ReportRouting(staff.all(), conflictsToInternalAffairs)
              .escalate(from, read.subjectId())
              .handlerId();
    } catch (ReportRouting.NoOneToHandle nobody) {
      to = from;
    }
    if (to.equals(from)) {
      return stays(read);
    }
    Route route = new Route(to, Route.Reason.HANDLER_UNREACHABLE, List.of(from, to));
    Report changed =
        read.reroute("system", route, CaseEvent.Kind.ESCALATED, UNREACHABLE, clock.instant());
    if (!reports.replace(read, changed)) {
      return Optional.empty();
    }
    audit.system(
        "case.escalated",
        "case:" + read.id(),
        "by",
        "system",
        "status",
        changed.status().name(),
        "before",
        from,
        "handler",
        to,
        "reason",
        UNREACHABLE);
    return Optional.of(changed);
  }

  private Optional<Report> stays(Report read) {
    if (read.unreachableSinceRouted()) {
      return Optional.empty();
    }
    Report changed = read.handlerUnreachable(UNREACHABLE, clock.instant());
    if (!reports.replace(read, changed)) {
      return Optional.empty();
    }
    audit.system(
        "case.unreachable",
        "case:" + read.id(),
        "by",
        "system",
        "handler",
        read.handlerId(),
        "reason",
        UNREACHABLE);
    return Optional.of(changed);
  }

  private List<Report> openCases(String staffId) {
    List<Report> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      List<Report> some = reports.openFor(staffId, page, PAGE);
      all.addAll(some);
      if (some.size() < PAGE) {
        return all;
      }
    }
  }
}
