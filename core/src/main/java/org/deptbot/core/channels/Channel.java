package org.deptbot.core.channels;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.NoticeCategory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A department channel or group that receives public notices.
 *
 * @param id the department's name for it, such as {@code tg-alerts}
 * @param platform where it is
 * @param chatId the platform's id of the chat or channel
 * @param name a display name for staff
 * @param categories the notice categories posted there
 * @param language the language its posts are in: one of the department's languages, {@link #ALL}
 *     for every language in one post, or null for the department's default (channels stored before
 *     languages)
 */
@Document("channels")
public record Channel(
    @Id String id,
    ChatPlatform platform,
    String chatId,
    String name,
    Set<NoticeCategory> categories,
    String language) {

  /** The language of a channel that posts every language the notice has, in one post. */
  public static final String ALL = "all";

  @org.springframework.data.annotation.PersistenceCreator
  public Channel {
    categories =
        categories == null || categories.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(categories));
    language =
        language == null || language.isBlank()
            ? null
            : language.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** A channel in the department's default language. */
  public Channel(
      String id,
      ChatPlatform platform,
      String chatId,
      String name,
      Set<NoticeCategory> categories) {
    this(id, platform, chatId, name, categories, null);
  }

  /** The same channel posting in {@code posted} (a language code, {@link #ALL}, or null). */
  public Channel withLanguage(String posted) {
    return new Channel(id, platform, chatId, name, categories, posted);
  }

  /** Whether its posts carry every language the notice has, each under its own heading. */
  public boolean postsEveryLanguage() {
    return ALL.equals(language);
  }

  /**
   * The channel as a list names it: its name, then its platform's in brackets, unless the name
   * already says it (the example seed's {@code "#announcements (Discord)"} stays as it is).
   *
   * @param platformName the platform's name as shown ("Discord")
   */
  public String label(String platformName) {
    return labelOf(name, platformName);
  }

  /** {@link #label} for a channel known only by its name (a delivery's, say). */
  public static String labelOf(String name, String platformName) {
    if (platformName == null || platformName.isBlank()) {
      return name;
    }
    if (name == null || name.isBlank()) {
      return platformName;
    }
    java.util.Locale root = java.util.Locale.ROOT;
    return name.toLowerCase(root).contains(platformName.strip().toLowerCase(root))
        ? name
        : name + " (" + platformName.strip() + ")";
  }

  public boolean receives(NoticeCategory category) {
    return categories.contains(category);
  }
}
