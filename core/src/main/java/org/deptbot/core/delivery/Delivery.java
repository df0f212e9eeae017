package org.deptbot.core.delivery;

import java.time.Instant;
import org.deptbot.core.staff.ChatPlatform;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One notice revision going to one recipient. The id is made of both, so planning the same revision
 * twice (after a crash) cannot queue it twice.
 *
 * @param recipientKey the channel id, or the subscriber id
 * @param priority lower goes first: urgent before routine, channels before subscribers
 * @param notBefore not tried again before this (rate limit waits, backoff)
 * @param leaseUntil while SENDING, when another worker may take it over
 * @param messageId the platform's id of the post, once sent: edits need it
 * @param shownRevision the notice revision the post shows now (a post shows the newest revision
 *     when it is sent, so a queued edit may find nothing left to do)
 * @param oldPostLeft for a replace (person found): the earlier post, or its photo, is still shown,
 *     because the platform would neither delete it nor let an edit take all of it away; the issuer
 *     is asked to remove it by hand
 * @param publishing sharing the post with following servers, a step of its own after the post; null
 *     when the post is not shared (not an announcement channel, not sent yet)
 */
@Document("deliveries")
public record Delivery(
    @Id String id,
    String noticeId,
    int revision,
    DeliveryAction action,
    RecipientKind recipientKind,
    String recipientKey,
    ChatPlatform platform,
    String chatId,
    int priority,
    Instant queuedAt,
    DeliveryState state,
    int attempts,
    Instant notBefore,
    Instant leaseUntil,
    String worker,
    String lastError,
    String messageId,
    int shownRevision,
    Instant finishedAt,
    boolean oldPostLeft,
    Publishing publishing) {

  /** A new delivery, queued. */
  public static Delivery queued(
      String noticeId,
      int revision,
      DeliveryAction action,
      RecipientKind kind,
      String recipientKey,
      ChatPlatform platform,
      String chatId,
      int priority,
      Instant at) {
    return new Delivery(
        idOf(noticeId, revision, kind, recipientKey),
        noticeId,
        revision,
        action,
        kind,
        recipientKey,
        platform,
        chatId,
        priority,
        at,
        DeliveryState.QUEUED,
        0,
        at,
        null,
        null,
        null,
        null,
        0,
        null,
        false,
        null);
  }

  /** This delivery as {@link Deliveries#claim} leaves it: sending, with the attempt counted. */
  public Delivery claimed(String byWorker, Instant leaseEnds) {
    return new Delivery(
        id,
        noticeId,
        revision,
        action,
        recipientKind,
        recipientKey,
        platform,
        chatId,
        priority,
        queuedAt,
        DeliveryState.SENDING,
        attempts + 1,
        notBefore,
        leaseEnds,
        byWorker,
        lastError,
        messageId,
        shownRevision,
        finishedAt,
        oldPostLeft,
        publishing);
  }

  public static String idOf(String noticeId, int revision, RecipientKind kind, String key) {
    return noticeId + "/" + revision + "/" + kind.name().toLowerCase() + ":" + key;
  }

  /** The id of this recipient's delivery of an earlier revision. */
  public String idForRevision(int otherRevision) {
    return idOf(noticeId, otherRevision, recipientKind, recipientKey);
  }
}
