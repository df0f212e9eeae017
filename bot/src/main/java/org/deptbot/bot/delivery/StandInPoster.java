package org.deptbot.bot.delivery;

import org.deptbot.core.staff.ChatPlatform;

/**
 * Posts for platforms that are switched off, so a newcomer in the training chat sees where a notice
 * would have gone. Only the training chat provides one.
 */
public interface StandInPoster {

  /** A poster that shows {@code platform}'s posts somewhere local. */
  NoticePoster standingInFor(ChatPlatform platform);
}
