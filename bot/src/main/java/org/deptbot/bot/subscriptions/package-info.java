/**
 * Members of the public choosing which notices reach their private chat: {@code /subscribe}, {@code
 * /unsubscribe}, {@code /subscriptions}.
 */
package org.deptbot.bot.subscriptions;
