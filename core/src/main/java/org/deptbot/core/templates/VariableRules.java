package org.deptbot.core.templates;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What each variable type accepts, with an answer a dispatcher can act on when it does not. Times
 * are read in the department's time zone; a bare time means the next time the clock shows it.
 */
public final class VariableRules {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

  private final Clock clock;
  private final ZoneId zone;

  public VariableRules(Clock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  public VariableCheck check(TemplateVariable variable, String raw) {
    String value = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    if (value.isEmpty()) {
      return variable.required()
          ? invalid(VariableCheck.Problem.REQUIRED, variable.label())
          : new VariableCheck.Valid("");
    }
    if (value.length() > variable.maxLength()) {
      return invalid(
          VariableCheck.Problem.TOO_LONG, variable.label(), value.length(), variable.maxLength());
    }
    if (!variable.choices().isEmpty()) {
      return variable.choices().stream()
          .filter(c -> c.equalsIgnoreCase(value))
          .findFirst()
          .<VariableCheck>map(VariableCheck.Valid::new)
          .orElseGet(
              () ->
                  invalid(
                      VariableCheck.Problem.NOT_A_CHOICE, String.join(", ", variable.choices())));
    }
    return switch (variable.type()) {
      case TEXT, LOCATION, PHOTO -> new VariableCheck.Valid(value);
      case PHONE -> phone(value);
      case URL -> url(value);
      case DATETIME -> dateTime(value);
    };
  }

  private static VariableCheck phone(String value) {
    long digits = value.chars().filter(Character::isDigit).count();
    if (!value.matches("[+]?[0-9 ()./-]+") || digits < 3 || digits > 15) {
      return invalid(VariableCheck.Problem.NOT_A_PHONE);
    }
    return new VariableCheck.Valid(value);
  }

  private static VariableCheck url(String value) {
    try {
      URI uri = new URI(value);
      if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null) {
        return new VariableCheck.Valid(value);
      }
    } catch (java.net.URISyntaxException notAUri) {
      // answered below
    }
    return invalid(VariableCheck.Problem.NOT_A_URL);
  }

  private VariableCheck dateTime(String value) {
    return parseDateTime(value)
        .<VariableCheck>map(t -> new VariableCheck.Valid(SHOWN.format(t)))
        .orElseGet(() -> invalid(VariableCheck.Problem.NOT_A_TIME));
  }

  private Optional<LocalDateTime> parseDateTime(String value) {
    String text = value.replace('T', ' ');
    try {
      return Optional.of(LocalDateTime.parse(text, DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm")));
    } catch (DateTimeParseException notFull) {
      try {
        LocalTime time = LocalTime.parse(text, DateTimeFormatter.ofPattern("H:mm"));
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        LocalDateTime today = LocalDate.from(now).atTime(time);
        return Optional.of(today.isBefore(now) ? today.plusDays(1) : today);
      } catch (DateTimeParseException notTime) {
        return Optional.empty();
      }
    }
  }

  private static VariableCheck invalid(VariableCheck.Problem problem, Object... arguments) {
    return new VariableCheck.Invalid(problem, List.of(arguments));
  }
}
