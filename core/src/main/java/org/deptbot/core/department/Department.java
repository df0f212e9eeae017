package org.deptbot.core.department;

import java.util.List;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who the bot speaks for. Every public post carries the name, the contact line and the disclaimer
 * (IACP Model Policy IV.A.2.b; "Need to Know", 2019).
 *
 * @param id always {@link #SINGLETON_ID}: one department per deployment
 * @param name the department's name
 * @param contact the contact line shown on posts
 * @param website the department's website, or null
 * @param disclaimer the monitoring disclaimer shown on posts
 * @param languages the languages it speaks to the public, as lower-case codes ({@code en}, {@code
 *     es}); the first is the default. {@code [en]} for a department stored before languages
 */
@Document("department")
public record Department(
    @Id String id,
    String name,
    String contact,
    String website,
    String disclaimer,
    List<String> languages) {

  public static final String SINGLETON_ID = "department";

  /** The language of a department that declares none. */
  public static final String DEFAULT_LANGUAGE = "en";

  @PersistenceCreator
  public Department {
    languages =
        languages == null || languages.isEmpty()
            ? List.of(DEFAULT_LANGUAGE)
            : languages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).distinct().toList();
  }

  public Department(String id, String name, String contact, String website, String disclaimer) {
    this(id, name, contact, website, disclaimer, List.of(DEFAULT_LANGUAGE));
  }

  public static Department of(String name, String contact, String website, String disclaimer) {
    return new Department(SINGLETON_ID, name, contact, website, disclaimer);
  }

  /** The same department speaking {@code spoken}, the first being the default. */
  public Department withLanguages(List<String> spoken) {
    return new Department(id, name, contact, website, disclaimer, spoken);
  }

  /** The language posts and replies use when nothing says otherwise. */
  public String defaultLanguage() {
    return languages.get(0);
  }

  /**
   * The department's language closest to {@code wanted} (a platform's {@code es-MX} or {@code es}),
   * or the default when it speaks none like it.
   */
  public String languageFor(String wanted) {
    if (wanted == null || wanted.isBlank()) {
      return defaultLanguage();
    }
    String base = wanted.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return languages.contains(base) ? base : defaultLanguage();
  }
}
