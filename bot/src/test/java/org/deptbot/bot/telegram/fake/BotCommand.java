package org.deptbot.bot.telegram.fake;

/** One entry of the command menu the bot set with {@code setMyCommands}. */
public record BotCommand(String command, String description) {}
