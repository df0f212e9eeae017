/**
 * Template approval in chat: {@code /approvals} previews what waits, with Approve and Reject
 * buttons, through the same core rules as the admin console.
 */
package org.deptbot.bot.approvals;
