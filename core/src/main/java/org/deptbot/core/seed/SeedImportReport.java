package org.deptbot.core.seed;

import java.util.List;

/**
 * What an import changed, one plain sentence per change; empty when the file matched the database
 * already.
 */
public record SeedImportReport(String source, List<String> changes) {

  public SeedImportReport {
    changes = List.copyOf(changes);
  }

  public boolean changedNothing() {
    return changes.isEmpty();
  }

  /** One line for the log, then the changes indented below it. */
  public String summary() {
    if (changedNothing()) {
      return "Seed file " + source + ": already imported, nothing changed.";
    }
    return "Seed file "
        + source
        + ": "
        + changes.size()
        + " change(s):\n  "
        + String.join("\n  ", changes);
  }
}
