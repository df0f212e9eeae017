package org.deptbot.bot.discord.fake;

/** A Discord account in the fake: a person, or the bot itself. */
public record FakeUser(long id, String name, boolean bot) {}
