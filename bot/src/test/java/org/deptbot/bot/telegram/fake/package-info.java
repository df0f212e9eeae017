/**
 * A fake Telegram Bot API server for end-to-end tests: the real telegrambots client talks to it
 * over loopback, and tests inject user activity and read what the bot sent through {@link
 * org.deptbot.bot.telegram.fake.FakeTelegram}. It answers the way Telegram does, errors included,
 * so a bot that passes against it does not trip over HTML parsing, message limits or update offsets
 * in production. Opt-in {@link org.deptbot.bot.telegram.fake.RateLimits}, latency and {@link
 * org.deptbot.bot.telegram.fake.SendStats} serve delivery tests and benchmarks.
 */
package org.deptbot.bot.telegram.fake;
