package org.deptbot.bot.discord.fake;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord ids: milliseconds since 2015 in the high bits, so JDA reads a sensible creation time (it
 * works out when an interaction's token expires from its id).
 */
final class Snowflakes {

  private static final long DISCORD_EPOCH = 1420070400000L;
  private final AtomicLong sequence = new AtomicLong();

  long next() {
    return ((System.currentTimeMillis() - DISCORD_EPOCH) << 22)
        | (sequence.incrementAndGet() & 0xFFF);
  }
}
