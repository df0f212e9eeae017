package org.deptbot.admin.reports;

import java.util.List;
import java.util.Locale;
import org.deptbot.admin.console.NotFound;
import org.deptbot.core.access.Actor;
import org.deptbot.core.reports.CaseAccess;
import org.deptbot.core.reports.CaseSearch;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Triage;
import org.deptbot.core.staff.StaffMembers;
import org.springframework.stereotype.Component;

/**
 * The cases an actor may see, for the pages and the API alike: a case the actor may not see is
 * answered exactly as one that does not exist.
 */
@Component
class VisibleCases {

  private final CaseSearch search;
  private final CaseAccess access;
  private final Triage triage;
  private final StaffMembers staff;

  VisibleCases(CaseSearch search, CaseAccess access, Triage triage, StaffMembers staff) {
    this.search = search;
    this.access = access;
    this.triage = triage;
    this.staff = staff;
  }

  List<Report> find(Actor actor, CaseSearch.Filter filter) {
    var chain = staff.chainOfCommand();
    return search.find(filter).stream().filter(r -> access.maySee(actor, r, chain)).toList();
  }

  /** The case, audited as viewed; or {@link NotFound}. */
  Report open(Actor actor, String id) {
    Report r = get(actor, id);
    triage.viewed(actor, r);
    return r;
  }

  /** The case without recording a view, for an action that records itself. */
  Report get(Actor actor, String id) {
    return triage
        .visible(actor, id)
        .orElseThrow(() -> new NotFound("Case " + id.strip().toUpperCase(Locale.ROOT)));
  }
}
