package org.deptbot.core.reports;

import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.staff.ChainOfCommand;
import org.deptbot.core.staff.StaffMember;

/**
 * Need-to-know on cases, in one place for chat and console: a case is seen by whoever handles or
 * handled it, by those above a handler in the chain of command, and by internal affairs; never by
 * the person it is about, whatever their rank.
 */
public final class CaseAccess {

  private final Authorization authorization;

  public CaseAccess(Authorization authorization) {
    this.authorization = authorization;
  }

  public boolean maySee(Actor actor, Report report, ChainOfCommand chain) {
    StaffMember me = actor.activeMember().orElse(null);
    if (me == null || me.id().equals(report.subjectId())) {
      return false;
    }
    if (report.handledBy(me.id())
        || authorization.permits(actor, Permission.HANDLE_INTERNAL_AFFAIRS_CASES)) {
      return true;
    }
    return report.events().stream()
            .map(CaseEvent::handlerId)
            .anyMatch(handler -> handler != null && chain.isAbove(me.id(), handler))
        || chain.isAbove(me.id(), report.handlerId());
  }

  /**
   * Whether the actor may read and write the case's notes: its handlers, present and past, and
   * internal affairs; never its subject or its reporter, and not the handlers' superiors, who see
   * the case through the chain of command but not the handlers' notes.
   */
  public boolean maySeeNotes(Actor actor, Report report) {
    StaffMember me = actor.activeMember().orElse(null);
    if (me == null || me.id().equals(report.subjectId()) || me.id().equals(report.reporterId())) {
      return false;
    }
    return report.handledBy(me.id())
        || authorization.permits(actor, Permission.HANDLE_INTERNAL_AFFAIRS_CASES);
  }

  /**
   * Whether the actor may open a closed case again: they need {@link Permission#REOPEN_CASE}
   * (internal affairs) and must be able to see the case.
   */
  public boolean mayReopen(Actor actor, Report report, ChainOfCommand chain) {
    return authorization.permits(actor, Permission.REOPEN_CASE) && maySee(actor, report, chain);
  }

  /** Whether the actor handles cases at all (supervisors and internal affairs). */
  public boolean mayTriage(Actor actor) {
    return authorization.permits(actor, Permission.TRIAGE_REPORTS)
        || authorization.permits(actor, Permission.HANDLE_INTERNAL_AFFAIRS_CASES);
  }
}
