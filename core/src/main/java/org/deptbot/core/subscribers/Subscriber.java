package org.deptbot.core.subscribers;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.NoticeCategory;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One private chat that receives notices. Nothing else about the person is kept: a subscriber is a
 * chat, not an identity.
 *
 * @param id {@code platform:chatId}
 * @param active false once the platform said the chat is gone or the person blocked the bot
 * @param inactiveReason why it stopped, for the console
 * @param language the language they picked for notices and replies ({@code es}); null when they
 *     picked none (the department's default, or what their app is set to when they write)
 * @param zones the zone ids it follows; empty means every notice of its categories, wherever (as
 *     before zones existed)
 * @param testMessages whether they also asked for the department's scheduled test message (false
 *     for subscribers stored before they could ask)
 */
@Document("subscribers")
public record Subscriber(
    @Id String id,
    ChatPlatform platform,
    String chatId,
    Set<NoticeCategory> categories,
    boolean active,
    String inactiveReason,
    Instant since,
    String language,
    Set<String> zones,
    Boolean testMessages) {

  @PersistenceCreator
  public Subscriber {
    zones = zones == null ? Set.of() : Set.copyOf(zones);
    // a Boolean, so a subscriber stored before the choice existed (no field) reads as false
    testMessages = Boolean.TRUE.equals(testMessages);
    categories =
        categories == null || categories.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(categories));
  }

  /** A subscriber who picked no language and follows no zone. */
  public Subscriber(
      String id,
      ChatPlatform platform,
      String chatId,
      Set<NoticeCategory> categories,
      boolean active,
      String inactiveReason,
      Instant since) {
    this(id, platform, chatId, categories, active, inactiveReason, since, null, Set.of(), false);
  }

  /** A subscriber who did not ask for the test message. */
  public Subscriber(
      String id,
      ChatPlatform platform,
      String chatId,
      Set<NoticeCategory> categories,
      boolean active,
      String inactiveReason,
      Instant since,
      String language,
      Set<String> zones) {
    this(id, platform, chatId, categories, active, inactiveReason, since, language, zones, false);
  }

  public static String idOf(ChatPlatform platform, String chatId) {
    return platform.name().toLowerCase() + ":" + chatId;
  }

  public boolean receives(NoticeCategory category) {
    return active && categories.contains(category);
  }

  /**
   * Whether a notice about {@code noticeZones} is for this chat: a notice about the whole area (no
   * zones) is for everyone, and so is every notice for a chat that follows no zone.
   */
  public boolean follows(Collection<String> noticeZones) {
    return zones.isEmpty()
        || noticeZones.isEmpty()
        || noticeZones.stream().anyMatch(zones::contains);
  }
}
