package org.deptbot.bot.chat;

import java.util.Objects;
import org.deptbot.core.staff.ChatIdentity;

/**
 * Who sent something: their account on a platform, the name the platform shows for them (used only
 * to greet them, never stored with a report) and the language their app is set to, as the platform
 * says it (Telegram's {@code language_code}, Discord's {@code locale}; {@code null} when it says
 * none), so the public is answered in their language.
 */
public record ChatUser(ChatIdentity identity, String displayName, String languageCode) {

  public ChatUser {
    Objects.requireNonNull(identity, "identity");
    displayName = displayName == null || displayName.isBlank() ? "there" : displayName.strip();
    languageCode = languageCode == null || languageCode.isBlank() ? null : languageCode.strip();
  }

  /** Someone whose platform says nothing of their language. */
  public ChatUser(ChatIdentity identity, String displayName) {
    this(identity, displayName, null);
  }
}
