package org.deptbot.bot.delivery;

import java.util.List;
import org.deptbot.core.delivery.RecipientKind;
import org.deptbot.core.notices.LimitExceeded;
import org.deptbot.core.staff.ChatPlatform;

/**
 * Posts notices on one platform. Each call is one attempt: rate limits and errors come back as a
 * {@link PostOutcome}, never as a wait or a retry inside the poster, so the delivery engine alone
 * decides what happens next.
 */
public interface NoticePoster {

  ChatPlatform platform();

  /**
   * Posts {@code post} in the chat or channel {@code chatId}; {@code kind} says which it is (a
   * department channel, or a subscriber's private chat), where the platform cannot tell by the id.
   */
  PostOutcome post(RecipientKind kind, String chatId, NoticePost post);

  /** Replaces the content of an earlier post; {@code messageId} is what {@link #post} returned. */
  PostOutcome edit(RecipientKind kind, String chatId, String messageId, NoticePost post);

  /** Whether posts on this platform may have to be published ({@link #publish}) after posting. */
  default boolean publishes() {
    return false;
  }

  /**
   * Shares a post that came back {@link PostOutcome.Posted#toPublish} with the servers that follow
   * its channel. {@link PostOutcome.Posted} once it is shared, also when it was already (so a retry
   * after a crash shares nothing twice).
   */
  default PostOutcome publish(String chatId, String messageId) {
    return new PostOutcome.Posted(messageId);
  }

  /** Removes an earlier post (a found person's photo and details must go). */
  PostOutcome delete(RecipientKind kind, String chatId, String messageId);

  /**
   * Whether an {@link #edit} of the post {@code messageId} leaves its picture shown. On Telegram a
   * photo's caption can be edited but the photo cannot be turned into text, so a found person's
   * photo stays up when the post could not be deleted.
   */
  default boolean editKeepsPicture(String messageId) {
    return false;
  }

  /** What in {@code post} is over this platform's limits; empty when it fits. */
  List<LimitExceeded> check(NoticePost post);
}
