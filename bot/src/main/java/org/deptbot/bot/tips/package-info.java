/**
 * Public tips in chat: {@code /tip} (a short intake by direct message that tells anyone describing
 * danger happening now to call 911, or 988 for self-harm, in a message of its own before anything
 * else), the receipt, the tips desk's card with its actions (urgent tips flagged, and sent again
 * until acknowledged), questions relayed to the anonymous tipster, and {@code /mytip} for the
 * tipster's follow-ups.
 */
package org.deptbot.bot.tips;
