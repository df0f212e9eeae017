/**
 * A fake Discord on loopback for end-to-end tests with the real JDA client: the REST routes the bot
 * uses (over the JDK's HTTP server) and a gateway websocket that identifies, heartbeats and
 * dispatches READY, GUILD_CREATE, MESSAGE_CREATE and INTERACTION_CREATE. It enforces what Discord
 * does that matters to the bot: the bot token, the three seconds to acknowledge an interaction (on
 * a clock tests can move on), one acknowledgement per interaction, closed DMs (50007), attachment
 * links on a CDN that expire, and rate limits answered with a 429 carrying {@code Via} and an
 * integer {@code Retry-After}, as JDA expects of Discord itself.
 */
package org.deptbot.bot.discord.fake;
