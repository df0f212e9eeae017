package org.deptbot.core.seed;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects problems while the file is read, so that all of them can be reported together. */
final class SeedProblems {

  private final List<SeedProblem> problems = new ArrayList<>();

  void add(int line, String message) {
    problems.add(new SeedProblem(line, message));
  }

  void add(Node node, String message) {
    add(lineOf(node), message);
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<SeedProblem> all() {
    return List.copyOf(problems);
  }

  /** SnakeYAML counts lines from 0; people count from 1. */
  static int lineOf(Node node) {
    return node.getStartMark().getLine() + 1;
  }
}
