package org.deptbot.admin.records;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on scheduling for the console: the daily retention purge ({@link DailyPurge}). The console
 * runs it, not the bot: the console is the records custodian's tool, and one scheduler per database
 * is enough (run one console per database, or two purges may both audit the same record).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class RecordsSchedule {}
