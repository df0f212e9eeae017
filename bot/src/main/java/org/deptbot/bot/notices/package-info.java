/**
 * Notices in chat: {@code /notice} (guided or quick form) with a preview exactly as posted and a
 * deliberate confirmation, {@code /notices}, updates, cancellation, a found person's redaction,
 * delivery receipts for the issuer, and expiry.
 */
package org.deptbot.bot.notices;
