package org.deptbot.core.staff;

import java.util.Locale;
import java.util.Optional;

/** A place where people talk to the bot. */
public enum ChatPlatform {
  TELEGRAM,
  DISCORD,
  /** The local training chat the bot serves when no platform token is configured. */
  TRAINING;

  /** The lower-case name used in seed files and identity keys. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The platform named {@code key} (any case), if there is one. */
  public static Optional<ChatPlatform> fromKey(String key) {
    for (ChatPlatform platform : values()) {
      if (platform.key().equalsIgnoreCase(key)) {
        return Optional.of(platform);
      }
    }
    return Optional.empty();
  }
}
