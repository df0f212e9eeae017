package org.deptbot.bot.approvals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.staff.ChainOfCommand;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.templates.ApprovalReminders.Stage;
import org.deptbot.core.templates.Template;

/**
 * Who is reminded of a template waiting for approval, level by level, worked out from the roster as
 * it is now: the members who may approve it (never its author) first; then, one level up the chain
 * per level, each approver's next active supervisor who is neither an approver nor the author, to
 * the top. When nobody but the author may approve it, the levels are the author's own supervisors,
 * nearest first. Someone already on an earlier level is left out of a later one.
 *
 * @param approvers who may approve it now (empty: nobody but the author)
 * @param levels the levels in order, none empty
 */
record ReminderLevels(List<StaffMember> approvers, List<Level> levels) {

  /** One level: the stage and how far up the chain, and who is on it. */
  record Level(Stage stage, int up, List<StaffMember> members) {}

  /** Far more than any department's chain; the chain itself never loops. */
  private static final int MOST_LEVELS = 64;

  static ReminderLevels of(Template t, List<StaffMember> roster, Authorization authorization) {
    List<StaffMember> approvers =
        roster.stream()
            .filter(m -> authorization.mayApproveTemplate(Actor.staff(m, null), t.authorId()))
            .toList();
    Set<String> approverIds = new HashSet<>();
    approvers.forEach(a -> approverIds.add(a.id()));
    List<Level> levels = new ArrayList<>();
    if (!approvers.isEmpty()) {
      levels.add(new Level(Stage.APPROVERS, 0, approvers));
    }
    List<String> base =
        approvers.isEmpty()
            ? List.of(t.authorId())
            : approvers.stream().map(StaffMember::id).toList();
    ChainOfCommand chain = new ChainOfCommand(roster);
    List<List<StaffMember>> above = new ArrayList<>();
    for (String id : base) {
      above.add(
          chain.above(id).stream()
              .filter(StaffMember::active)
              .filter(m -> !m.id().equals(t.authorId()))
              .filter(m -> !approverIds.contains(m.id()))
              .toList());
    }
    Set<String> placed = new HashSet<>(approverIds);
    for (int up = 1; up <= MOST_LEVELS; up++) {
      Map<String, StaffMember> onLevel = new LinkedHashMap<>();
      boolean anyLeft = false;
      for (List<StaffMember> line : above) {
        if (line.size() >= up) {
          anyLeft = true;
          StaffMember m = line.get(up - 1);
          if (!placed.contains(m.id())) {
            onLevel.putIfAbsent(m.id(), m);
          }
        }
      }
      if (!anyLeft) {
        break;
      }
      if (!onLevel.isEmpty()) {
        placed.addAll(onLevel.keySet());
        levels.add(new Level(Stage.SUPERVISORS, up, List.copyOf(onLevel.values())));
      }
    }
    return new ReminderLevels(approvers, List.copyOf(levels));
  }
}
