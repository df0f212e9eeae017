package org.deptbot.core.notices;

import org.deptbot.core.staff.ChatPlatform;

/**
 * One part of a post that is too long on a platform.
 *
 * @param part which part: {@code title}, {@code text} (the whole text), {@code caption} (the text
 *     under a photo)
 * @param length its length now
 * @param limit the most the platform takes
 */
public record LimitExceeded(ChatPlatform platform, String part, int length, int limit) {
  public int over() {
    return length - limit;
  }
}
