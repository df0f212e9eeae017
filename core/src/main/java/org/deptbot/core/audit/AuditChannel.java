package org.deptbot.core.audit;

import org.deptbot.core.staff.ChatPlatform;

/** Where an audited action came from. */
public enum AuditChannel {
  TELEGRAM,
  DISCORD,
  /** The local training chat. */
  TRAINING,
  /** The admin console (web pages, REST API or its command line). */
  CONSOLE,
  /** The software itself: workers, schedules, start-up jobs. */
  SYSTEM;

  /** The channel of a chat platform. */
  public static AuditChannel of(ChatPlatform platform) {
    return switch (platform) {
      case TELEGRAM -> TELEGRAM;
      case DISCORD -> DISCORD;
      case TRAINING -> TRAINING;
    };
  }
}
