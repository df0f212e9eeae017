package org.deptbot.core.staff;

import java.util.Objects;

/**
 * One account on one chat platform, such as Telegram user 12345.
 *
 * @param platform where the account lives
 * @param userId the platform's id for the user, as text (Telegram and Discord ids are numbers)
 */
public record ChatIdentity(ChatPlatform platform, String userId) {

  public ChatIdentity {
    Objects.requireNonNull(platform, "platform");
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("a chat identity needs a user id");
    }
    userId = userId.strip();
  }

  /** A stable key such as {@code telegram:12345}, used as a document id. */
  public String key() {
    return platform.key() + ":" + userId;
  }

  @Override
  public String toString() {
    return key();
  }
}
