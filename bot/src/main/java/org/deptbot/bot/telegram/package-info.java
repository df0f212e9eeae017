/**
 * The Telegram adapter (telegrambots): long polling or webhook in, HTML messages with inline
 * keyboards out. The only package that may use {@code org.telegram} types.
 */
package org.deptbot.bot.telegram;
