package org.deptbot.core.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds loops in a chain of command, where following supervisors upwards never ends. */
final class SupervisorLoops {

  private SupervisorLoops() {}

  /**
   * Returns each loop once, as the ids along it ending with the first again, such as {@code [s-1,
   * s-2, s-1]}.
   *
   * @param bosses every staff id, in file order, with its supervisor's id or {@code null}
   */
  static List<List<String>> loops(Map<String, String> bosses) {
    List<List<String>> loops = new ArrayList<>();
    // People whose chain was already followed: going on from them cannot find a new loop.
    Set<String> settled = new HashSet<>();
    for (String start : bosses.keySet()) {
      List<String> chain = new ArrayList<>();
      String current = start;
      while (current != null && !settled.contains(current) && !chain.contains(current)) {
        chain.add(current);
        current = bosses.get(current);
      }
      if (current != null && chain.contains(current)) {
        List<String> loop = new ArrayList<>(chain.subList(chain.indexOf(current), chain.size()));
        loop.add(current);
        loops.add(List.copyOf(loop));
      }
      settled.addAll(chain);
    }
    return loops;
  }
}
