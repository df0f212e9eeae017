package org.deptbot.bot.chat;

/**
 * A button under a message. The id is opaque (the action it stands for is kept in MongoDB), so it
 * fits Telegram's 64 bytes and Discord's 100 characters whatever the action is.
 */
public record Button(String label, String id) {}
