package org.deptbot.core.templates;

import java.util.Locale;
import java.util.Optional;

/** The kinds of time-sensitive notice the policy allows (IACP Model Policy IV.B.2-3). */
public enum NoticeCategory {
  ROAD_CLOSURE,
  SPECIAL_EVENT,
  WEATHER_EMERGENCY,
  MISSING_PERSON,
  ENDANGERED_PERSON,
  CRIME_PREVENTION_TIP,
  TIP_SOLICITATION;

  /** The category named {@code text}, in any case, with dashes or underscores. */
  public static Optional<NoticeCategory> fromText(String text) {
    String wanted = text.strip().replace('-', '_').toUpperCase(Locale.ROOT);
    for (NoticeCategory category : values()) {
      if (category.name().equals(wanted)) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }
}
