package org.deptbot.bot.chat;

import java.util.Objects;
import org.deptbot.core.staff.ChatIdentity;

/**
 * Who sent something: their account on a platform, and the name the platform shows for them (used
 * only to greet them, never stored with a report).
 */
public record ChatUser(ChatIdentity identity, String displayName) {

  public ChatUser {
    Objects.requireNonNull(identity, "identity");
    displayName = displayName == null || displayName.isBlank() ? "there" : displayName.strip();
  }
}
