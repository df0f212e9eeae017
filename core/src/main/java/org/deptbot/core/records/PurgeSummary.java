package org.deptbot.core.records;

import java.time.Instant;
import java.util.List;

/**
 * What one purge run did.
 *
 * @param purged the records deleted, as audit subjects ({@code notice:N-2026-000001})
 * @param held records past retention that a legal hold kept, as audit subjects
 * @param deliveries notice deliveries deleted with their notices
 * @param files photos and evidence files deleted with their records
 * @param finishedEarlier purges a previous run began and this one finished
 */
public record PurgeSummary(
    Instant at,
    List<String> purged,
    List<String> held,
    long deliveries,
    long files,
    int finishedEarlier) {

  public PurgeSummary {
    purged = List.copyOf(purged);
    held = List.copyOf(held);
  }

  /** One line for the log. */
  public String describe() {
    return "Retention purge: %d records purged (%d deliveries, %d files), %d past retention kept by a legal hold, %d interrupted purges finished"
        .formatted(purged.size(), deliveries, files, held.size(), finishedEarlier);
  }
}
