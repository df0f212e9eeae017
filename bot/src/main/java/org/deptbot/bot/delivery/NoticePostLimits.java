package org.deptbot.bot.delivery;

import java.util.List;
import org.deptbot.core.notices.LimitExceeded;
import org.deptbot.core.staff.ChatPlatform;

/**
 * The platforms' size limits for a post, measured by the core's {@link
 * org.deptbot.core.notices.PostLimits} (which the console's preview uses too).
 */
public final class NoticePostLimits {

  private NoticePostLimits() {}

  public static List<LimitExceeded> check(ChatPlatform platform, NoticePost post) {
    return org.deptbot.core.notices.PostLimits.check(platform, post.text(), post.image() != null);
  }
}
