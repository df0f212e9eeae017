package org.deptbot.core.seed;

import java.util.Objects;

/**
 * One thing wrong with a seed file.
 *
 * @param line the 1-based line of the problem, or 0 when it concerns the file as a whole (such as a
 *     file that cannot be read)
 * @param message what is wrong and how to fix it
 */
public record SeedProblem(int line, String message) {

  public SeedProblem {
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    // "line 0" would send the reader looking for a line that does not exist.
    return line > 0 ? "line " + line + ": " + message : message;
  }
}
