/**
 * The Discord adapter (JDA): slash commands, buttons and direct messages in, markdown messages with
 * button rows out, and notice embeds through {@link org.deptbot.bot.discord.DiscordNoticePoster}.
 * The only package that may use {@code net.dv8tion} types.
 *
 * <p>A private chat on Discord is addressed by the user's id (as on Telegram), not by the id of the
 * DM channel: the engine can write to any linked member from their identity alone, and the adapter
 * opens the DM channel when it sends.
 */
package org.deptbot.bot.discord;
