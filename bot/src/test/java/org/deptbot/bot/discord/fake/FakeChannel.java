package org.deptbot.bot.discord.fake;

/**
 * A channel in the fake: a server text or announcement channel, or the DM channel with one user.
 *
 * @param type Discord's channel type: 0 text, 1 DM, 5 announcement
 * @param recipientId the user of a DM channel, else 0
 */
public record FakeChannel(long id, String name, int type, long recipientId) {

  static final int TEXT = 0;
  static final int DM = 1;
  static final int ANNOUNCEMENT = 5;

  boolean isDm() {
    return type == DM;
  }
}
