package org.deptbot.core.seed;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.NoticeCategory;

/**
 * One notice channel from the seed file: a chat where approved notices are posted.
 *
 * @param id the file's id for the channel, unique among channels
 * @param platform Telegram or Discord (never the training chat)
 * @param chatId the platform's id for the chat or channel
 * @param name the display name; the id when the file gives none
 * @param categories which notice categories are posted here
 * @param line the 1-based line where the entry starts, for messages about it
 * @param language the language posted there: one of the department's, {@code all}, or null for the
 *     default
 */
public record SeedChannel(
    String id,
    ChatPlatform platform,
    String chatId,
    String name,
    Set<NoticeCategory> categories,
    int line,
    String language) {

  public SeedChannel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(chatId, "chatId");
    Objects.requireNonNull(name, "name");
    categories =
        Collections.unmodifiableSet(
            categories.isEmpty()
                ? EnumSet.noneOf(NoticeCategory.class)
                : EnumSet.copyOf(categories));
  }

  public SeedChannel(
      String id,
      ChatPlatform platform,
      String chatId,
      String name,
      Set<NoticeCategory> categories,
      int line) {
    this(id, platform, chatId, name, categories, line, null);
  }
}
