package org.deptbot.bot.telegram.fake;

/**
 * One inline keyboard button as the bot sent it; {@code callbackData} is null for buttons with
 * another action, such as a URL.
 */
public record InlineButton(String text, String callbackData) {}
