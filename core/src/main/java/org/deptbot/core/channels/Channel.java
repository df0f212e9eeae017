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
 */
@Document("channels")
public record Channel(
    @Id String id,
    ChatPlatform platform,
    String chatId,
    String name,
    Set<NoticeCategory> categories) {

  public Channel {
    categories =
        categories == null || categories.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(categories));
  }

  public boolean receives(NoticeCategory category) {
    return categories.contains(category);
  }
}
