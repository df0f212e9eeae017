/**
 * Public tips in chat: {@code /tip} (a short intake by direct message that tells anyone describing
 * an emergency in progress to call 911 first), the receipt, the tips desk's card with its actions,
 * questions relayed to the anonymous tipster, and {@code /mytip} for the tipster's follow-ups.
 */
package org.deptbot.bot.tips;
