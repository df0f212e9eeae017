package org.deptbot.bot.discord.fake;

/** A file uploaded with a message. */
public record FakeFile(long id, String fileName, String contentType, byte[] bytes) {}
