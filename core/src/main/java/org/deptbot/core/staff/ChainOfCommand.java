package org.deptbot.core.staff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reporting lines of the department: who supervises whom. Built from a snapshot of the roster;
 * it never loops, even if the stored data does.
 */
public final class ChainOfCommand {

  private final Map<String, StaffMember> byId;

  public ChainOfCommand(Iterable<StaffMember> members) {
    List<StaffMember> list = new ArrayList<>();
    members.forEach(list::add);
    this.byId = list.stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
  }

  /** Everyone above {@code memberId}, nearest first: supervisor, their supervisor, and so on. */
  public List<StaffMember> above(String memberId) {
    Set<String> seen = new LinkedHashSet<>();
    List<StaffMember> chain = new ArrayList<>();
    StaffMember current = byId.get(memberId);
    seen.add(memberId);
    while (current != null && current.supervisorId() != null && seen.add(current.supervisorId())) {
      current = byId.get(current.supervisorId());
      if (current != null) {
        chain.add(current);
      }
    }
    return List.copyOf(chain);
  }

  /** Whether {@code higherId} is somewhere above {@code memberId} in the chain. */
  public boolean isAbove(String higherId, String memberId) {
    return above(memberId).stream().anyMatch(m -> m.id().equals(higherId));
  }

  /**
   * The loop that making {@code supervisorId} the supervisor of {@code memberId} would close, as
   * ids from the member back to the member (such as {@code [s-1, s-2, s-1]}); empty when there is
   * none.
   */
  public List<String> loopIf(String memberId, String supervisorId) {
    if (supervisorId == null) {
      return List.of();
    }
    List<String> path = new ArrayList<>(List.of(memberId, supervisorId));
    if (supervisorId.equals(memberId)) {
      return List.of(memberId, memberId);
    }
    for (StaffMember higher : above(supervisorId)) {
      path.add(higher.id());
      if (higher.id().equals(memberId)) {
        return List.copyOf(path);
      }
    }
    return List.of();
  }

  /** The members who report directly to {@code supervisorId}. */
  public List<StaffMember> directReports(String supervisorId) {
    return byId.values().stream().filter(m -> supervisorId.equals(m.supervisorId())).toList();
  }
}
