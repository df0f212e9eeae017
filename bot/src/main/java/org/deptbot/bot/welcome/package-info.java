/** The commands every chat user has: {@code /start}, {@code /help} and {@code /cancel}. */
package org.deptbot.bot.welcome;
