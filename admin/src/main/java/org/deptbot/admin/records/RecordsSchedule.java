package org.deptbot.admin.records;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on scheduling for the console: the daily retention purge ({@link DailyPurge}). The console
 * runs it, not the bot: the console is the records custodian's tool. With several consoles on one
 * database, the purge runs in the one holding its round lease ({@code records.purge}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class RecordsSchedule {}
