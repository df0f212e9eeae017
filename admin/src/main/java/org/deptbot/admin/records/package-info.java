/**
 * Records from the console's side: the daily retention purge ({@link
 * org.deptbot.admin.records.DailyPurge}, scheduled by {@link
 * org.deptbot.admin.records.RecordsSchedule}) and the {@code --verify-bundle} command-line option
 * ({@link org.deptbot.admin.records.VerifyBundleCommand}), which checks an export bundle without
 * starting anything. Legal holds and exports themselves live in {@code org.deptbot.core.records};
 * their pages and REST endpoints come with the console's login.
 */
package org.deptbot.admin.records;
