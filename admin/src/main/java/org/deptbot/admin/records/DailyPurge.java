package org.deptbot.admin.records;

import java.time.Duration;
import org.deptbot.core.leases.RoundLeases;
import org.deptbot.core.records.PurgeSummary;
import org.deptbot.core.records.RetentionPurge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention purge once a day, at {@code DEPTBOT_RECORDS_PURGE_CRON} (default 03:30) in the
 * department's time zone, and logs what it did. A failed run is logged and the next day's run
 * finishes what it left.
 */
@Component
public class DailyPurge {

  private static final Logger log = LoggerFactory.getLogger(DailyPurge.class);

  private final RetentionPurge purge;
  private final RoundLeases leases;

  DailyPurge(RetentionPurge purge, RoundLeases leases) {
    this.purge = purge;
    this.leases = leases;
  }

  @Scheduled(
      cron = "${deptbot.records.purge-cron:0 30 3 * * *}",
      zone = "${deptbot.records.time-zone:UTC}")
  public void purge() {
    leases.tryRun("records.purge", Duration.ofHours(1), this::run);
  }

  private void run() {
    try {
      PurgeSummary summary = purge.run();
      log.info(summary.describe());
    } catch (RuntimeException e) {
      log.error(
          "Retention purge failed; the next run finishes what this one began: {}",
          e.getMessage(),
          e);
    }
  }
}
