/**
 * Members of the public who asked, in a private chat with the bot, to receive notices of some
 * categories. A subscriber who blocks the bot is deactivated, not retried forever.
 */
package org.deptbot.core.subscribers;
