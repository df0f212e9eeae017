/**
 * Violation reports in chat: {@code /report} (a guided intake by direct message), the receipt, the
 * handler's case card with its actions, {@code /queue}, {@code /case}, and {@code /mycases} for
 * reporters.
 */
package org.deptbot.bot.reports;
