/**
 * Notices in the console and the REST API: issuing from an approved template with the chat's
 * checks, guardrails and preview, the history, per-target delivery status, updating, cancelling and
 * the CAP documents. The console only stores; the bot's workers deliver.
 */
package org.deptbot.admin.notices;
