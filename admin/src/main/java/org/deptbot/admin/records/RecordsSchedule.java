package org.deptbot.admin.records;

import org.deptbot.core.records.RetentionPurge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on scheduling for the console and schedules the daily retention purge. The console runs it,
 * not the bot: the console is the records custodian's tool, and one scheduler per database is
 * enough (run one console per database, or two purges may both audit the same record).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class RecordsSchedule {

  @Bean
  RecordsZone recordsZone(
      @org.springframework.beans.factory.annotation.Value("${deptbot.feed.time-zone:UTC}")
          String zone) {
    return new RecordsZone(java.time.ZoneId.of(zone));
  }

  @Bean
  Exports exports(org.deptbot.core.records.RecordsExport export) {
    return new Exports(export);
  }

  @Bean
  DailyPurge dailyPurge(RetentionPurge purge) {
    return new DailyPurge(purge);
  }
}
