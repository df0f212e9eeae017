package org.deptbot.admin.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.reports.CaseAccess;
import org.deptbot.core.reports.EarlyIntervention;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.staff.ChainOfCommand;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.tips.TipAccess;
import org.springframework.stereotype.Component;

/**
 * Need-to-know in the audit log, for the page and the API alike: an entry about a case is shown to
 * those who may see the case on the case pages, one about a tip to the tips desk, an
 * early-intervention flag to internal affairs (never to the member it is about); everyone else sees
 * only that it exists, with its hashes. A case no longer stored is shown only to internal affairs.
 */
@Component
class VisibleEntries {

  private static final String CASE = "case:";
  private static final String TIP = "tip:";
  private static final String EARLY_INTERVENTION = "early-intervention:";

  private final Reports reports;
  private final StaffMembers staff;
  private final CaseAccess cases;
  private final TipAccess tips;
  private final Authorization authorization;

  VisibleEntries(
      Reports reports,
      StaffMembers staff,
      CaseAccess cases,
      TipAccess tips,
      Authorization authorization) {
    this.reports = reports;
    this.staff = staff;
    this.cases = cases;
    this.tips = tips;
    this.authorization = authorization;
  }

  List<AuditLine> of(Actor actor, List<AuditEntry> entries) {
    ChainOfCommand chain = staff.chainOfCommand();
    Map<String, Boolean> seen = new HashMap<>();
    return entries.stream()
        .map(
            e ->
                mayRead(actor, e.subject(), chain, seen)
                    ? AuditLine.shown(e)
                    : AuditLine.withheld(e))
        .toList();
  }

  private boolean mayRead(
      Actor actor, String subject, ChainOfCommand chain, Map<String, Boolean> seen) {
    if (subject == null) {
      return true;
    }
    if (subject.startsWith(TIP)) {
      return tips.onDesk(actor);
    }
    if (subject.startsWith(EARLY_INTERVENTION)) {
      String about = EarlyIntervention.subjectOf(subject.substring(EARLY_INTERVENTION.length()));
      return authorization.permits(actor, Permission.HANDLE_INTERNAL_AFFAIRS_CASES)
          && !about.equals(actor.staffId());
    }
    if (!subject.startsWith(CASE)) {
      return true;
    }
    return seen.computeIfAbsent(
        subject,
        s ->
            reports
                .byId(s.substring(CASE.length()))
                .map(r -> cases.maySee(actor, r, chain))
                .orElseGet(
                    () -> authorization.permits(actor, Permission.HANDLE_INTERNAL_AFFAIRS_CASES)));
  }
}
