package org.deptbot.core.seed;

import java.util.Comparator;
import java.util.List;

/**
 * Thrown when a seed file has one or more problems; it lists all of them, so the file can be fixed
 * in one go. Nothing from such a file is imported.
 */
public class SeedFileInvalid extends RuntimeException {

  private final String source;
  private final transient List<SeedProblem> problems;

  /**
   * @param source the file the problems were found in, as shown to the reader
   * @param problems at least one problem, in any order; they are kept sorted by line
   */
  public SeedFileInvalid(String source, List<SeedProblem> problems) {
    super(message(source, sorted(problems)));
    this.source = source;
    this.problems = sorted(problems);
  }

  /** The file the problems were found in. */
  public String source() {
    return source;
  }

  /** Every problem found, sorted by line. */
  public List<SeedProblem> problems() {
    return problems;
  }

  private static List<SeedProblem> sorted(List<SeedProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid seed file needs at least one problem");
    }
    return problems.stream().sorted(Comparator.comparingInt(SeedProblem::line)).toList();
  }

  private static String message(String source, List<SeedProblem> problems) {
    StringBuilder message = new StringBuilder(source).append(" has ").append(problems.size());
    message.append(problems.size() == 1 ? " problem" : " problems");
    message.append("; nothing was imported:");
    for (SeedProblem problem : problems) {
      message.append("\n  ").append(problem);
    }
    return message.toString();
  }
}
