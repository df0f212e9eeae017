package org.deptbot.core.seed;

import java.util.List;
import java.util.Objects;

/**
 * The department itself, as declared in the seed file.
 *
 * @param name the department's name, such as "Riverton Police Department"
 * @param contact the contact line put on every post
 * @param website the department's web address, or {@code null} when it has none
 * @param disclaimer the monitoring disclaimer; {@link #DEFAULT_DISCLAIMER} when the file has none
 * @param languages the languages it speaks to the public, the first being the default; {@code [en]}
 *     when the file names none
 */
public record SeedDepartment(
    String name, String contact, String website, String disclaimer, List<String> languages) {

  /** Used when the seed file does not give its own disclaimer. */
  public static final String DEFAULT_DISCLAIMER =
      "This account is not monitored around the clock. For emergencies dial 911.";

  public SeedDepartment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(contact, "contact");
    if (disclaimer == null) {
      disclaimer = DEFAULT_DISCLAIMER;
    }
    languages = languages == null || languages.isEmpty() ? List.of("en") : List.copyOf(languages);
  }

  public SeedDepartment(String name, String contact, String website, String disclaimer) {
    this(name, contact, website, disclaimer, List.of("en"));
  }
}
