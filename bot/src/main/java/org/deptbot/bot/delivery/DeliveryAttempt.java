package org.deptbot.bot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.deptbot.bot.chat.Messages;
import org.deptbot.core.delivery.ChatMigrations;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.Delivery;
import org.deptbot.core.delivery.DeliveryAction;
import org.deptbot.core.delivery.DeliveryState;
import org.deptbot.core.delivery.RecipientKind;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.subscribers.Subscribers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out one claimed delivery and records how it went. A post always shows the notice's newest
 * revision, so an edit that finds the post already showing it has nothing left to do; an edit waits
 * for its post; a post that cannot be edited any more gets a new message instead.
 */
final class DeliveryAttempt {

  private static final Logger log = LoggerFactory.getLogger(DeliveryAttempt.class);
  private static final Duration WAIT_FOR_POST = Duration.ofSeconds(1);

  private final NoticePoster poster;
  private final Deliveries deliveries;
  private final Notices notices;
  private final Subscribers subscribers;
  private final NoticePosts posts;
  private final SendWindows windows;
  private final DeliveryProperties properties;
  private final Messages messages;
  private final Clock clock;
  private final ChatMigrations migrations;
  private final Map<String, NoticePost> renderedPosts = new ConcurrentHashMap<>();

  DeliveryAttempt(
      NoticePoster poster,
      Deliveries deliveries,
      Notices notices,
      Subscribers subscribers,
      NoticePosts posts,
      SendWindows windows,
      DeliveryProperties properties,
      Messages messages,
      Clock clock,
      ChatMigrations migrations) {
    this.migrations = migrations;
    this.messages = messages;
    this.poster = poster;
    this.deliveries = deliveries;
    this.notices = notices;
    this.subscribers = subscribers;
    this.posts = posts;
    this.windows = windows;
    this.properties = properties;
    this.clock = clock;
  }

  void run(Delivery delivery) {
    try {
      Optional<Notice> notice = notices.byId(delivery.noticeId());
      if (notice.isEmpty()) {
        deliveries.skipped(
            delivery.id(), messages.get("delivery.reason.notice-gone"), clock.instant());
        return;
      }
      switch (delivery.action()) {
        case POST -> post(delivery, notice.get());
        case EDIT, REPLACE -> change(delivery, notice.get());
      }
    } catch (RuntimeException e) {
      log.warn("Delivery {} failed unexpectedly; it will be retried", delivery.id(), e);
      record(
          delivery,
          new PostOutcome.Transient(messages.get("delivery.reason.unexpected", e.getMessage())),
          0,
          null);
    }
  }

  private void post(Delivery delivery, Notice notice) {
    String language = null;
    if (delivery.recipientKind() != RecipientKind.SUBSCRIBER) {
      language = posts.languageOfChannel(delivery.recipientKey());
    }
    if (delivery.recipientKind() == RecipientKind.SUBSCRIBER) {
      var subscriber = subscribers.byId(delivery.recipientKey());
      if (!subscriber.map(s -> s.receives(notice.category())).orElse(false)) {
        deliveries.skipped(
            delivery.id(), messages.get("delivery.reason.unsubscribed"), clock.instant());
        return;
      }
      language = subscriber.get().language();
    }
    int revision = notice.latest().number();
    record(
        delivery,
        poster.post(delivery.recipientKind(), delivery.chatId(), rendered(notice, language)),
        revision,
        null);
  }

  private void change(Delivery delivery, Notice notice) {
    Delivery first = deliveries.byId(delivery.idForRevision(1)).orElse(null);
    Instant now = clock.instant();
    if (first == null
        || first.state() == DeliveryState.FAILED
        || first.state() == DeliveryState.SKIPPED) {
      deliveries.skipped(delivery.id(), messages.get("delivery.reason.no-first-post"), now);
      return;
    }
    if (first.state() != DeliveryState.SENT) {
      deliveries.retryLater(
          delivery.id(), now.plus(WAIT_FOR_POST), messages.get("delivery.reason.waiting"), false);
      return;
    }
    int revision = notice.latest().number();
    if (first.shownRevision() >= revision) {
      deliveries.skipped(delivery.id(), messages.get("delivery.reason.up-to-date"), now);
      return;
    }
    NoticePost post = rendered(notice, languageOf(delivery));
    if (delivery.action() == DeliveryAction.REPLACE) {
      PostOutcome removed =
          poster.delete(delivery.recipientKind(), delivery.chatId(), first.messageId());
      if (removed instanceof PostOutcome.NotRemovable) {
        cover(delivery, first, post.withoutImage(), revision);
        return;
      }
      if (!(removed instanceof PostOutcome.Posted)
          && !(removed instanceof PostOutcome.Permanent)
          && !(removed instanceof PostOutcome.NotEditable)) {
        record(delivery, removed, revision, first);
        return;
      }
      record(
          delivery,
          poster.post(delivery.recipientKind(), delivery.chatId(), post),
          revision,
          first);
      return;
    }
    PostOutcome edited =
        poster.edit(delivery.recipientKind(), delivery.chatId(), first.messageId(), post);
    if (edited instanceof PostOutcome.NotEditable) {
      // too old or deleted on the platform: say it in a new message instead
      edited = poster.post(delivery.recipientKind(), delivery.chatId(), post.withoutImage());
    }
    record(delivery, edited, revision, first);
  }

  /**
   * The earlier post is still there and may not be deleted: its content is replaced by {@code post}
   * instead, which then is the one message saying the person was found (no second post). What stays
   * visible is noted in the delivery for the issuer's receipt: the photo, when only a caption could
   * be edited, or the whole old post, when it could not be edited either.
   */
  private void cover(Delivery delivery, Delivery first, NoticePost post, int revision) {
    PostOutcome edited =
        poster.edit(delivery.recipientKind(), delivery.chatId(), first.messageId(), post);
    if (edited instanceof PostOutcome.Posted posted) {
      deliveries.sent(
          delivery.id(),
          posted.messageId(),
          revision,
          clock.instant(),
          poster.editKeepsPicture(first.messageId())
              ? Deliveries.EarlierPhoto.STILL_SHOWN
              : Deliveries.EarlierPhoto.NONE_LEFT,
          Deliveries.Sharing.NOT_OWED);
      deliveries.showing(first.id(), revision, posted.messageId());
    } else if (edited instanceof PostOutcome.NotEditable) {
      deliveries.failed(
          delivery.id(), messages.get("delivery.reason.old-post-left"), clock.instant(), true);
    } else {
      record(delivery, edited, revision, first);
    }
  }

  /**
   * Shares a sent post with the servers following its channel, the delivery's own publishing step
   * (claimed by the worker). A rate limit waits as long as the platform says, without using up an
   * attempt; the post stays in its channel whatever happens here.
   */
  void publish(Delivery delivery) {
    Instant now = clock.instant();
    int attempts = delivery.publishing().attempts() + 1; // the claim counted this one
    PostOutcome outcome;
    try {
      outcome = poster.publish(delivery.chatId(), delivery.messageId());
    } catch (RuntimeException e) {
      log.warn("Publishing delivery {} failed unexpectedly; it will be retried", delivery.id(), e);
      outcome =
          new PostOutcome.Transient(messages.get("delivery.reason.unexpected", e.getMessage()));
    }
    if (outcome instanceof PostOutcome.Posted) {
      deliveries.published(delivery.id());
    } else if (outcome instanceof PostOutcome.RetryAfter wait) {
      deliveries.publishLater(
          delivery.id(),
          now.plus(wait.delay()),
          messages.get("delivery.reason.publish-limited"),
          true);
    } else if (outcome instanceof PostOutcome.Transient failure) {
      if (attempts >= properties.maxAttempts()) {
        deliveries.publishFailed(
            delivery.id(), messages.get("delivery.reason.gave-up", attempts, failure.reason()));
      } else {
        deliveries.publishLater(
            delivery.id(), now.plus(backoff(attempts)), failure.reason(), false);
      }
    } else if (outcome instanceof PostOutcome.Permanent failure) {
      deliveries.publishFailed(delivery.id(), failure.reason());
    } else if (outcome instanceof PostOutcome.NotEditable failure) {
      deliveries.publishFailed(delivery.id(), failure.reason());
    }
  }

  /**
   * The post for the notice's latest revision. A broadcast renders the same revision for every
   * recipient, so the rendering (department, photo bytes) is read once per revision, not once per
   * delivery.
   */
  private NoticePost rendered(Notice notice, String language) {
    String key = notice.id() + "/" + notice.latest().number() + "/" + language;
    if (renderedPosts.size() > 16) {
      renderedPosts.clear();
    }
    return renderedPosts.computeIfAbsent(key, k -> posts.of(notice, notice.latest(), language));
  }

  /**
   * The language a recipient reads: the one a subscriber picked, the channel's own ({@code all}:
   * every language in one post); null: the department's default.
   */
  private String languageOf(Delivery delivery) {
    if (delivery.recipientKind() != RecipientKind.SUBSCRIBER) {
      return posts.languageOfChannel(delivery.recipientKey());
    }
    return subscribers
        .byId(delivery.recipientKey())
        .map(org.deptbot.core.subscribers.Subscriber::language)
        .orElse(null);
  }

  private void record(Delivery delivery, PostOutcome outcome, int revision, Delivery first) {
    Instant now = clock.instant();
    if (outcome instanceof PostOutcome.Moved moved) {
      // nothing was sent: point the channel and its deliveries at the new chat, and go again now
      migrations.migrate(delivery.platform(), delivery.chatId(), moved.newChatId());
      deliveries.retryLater(
          delivery.id(), now, messages.get("delivery.reason.chat-moved", moved.newChatId()), false);
    } else if (outcome instanceof PostOutcome.Posted posted) {
      deliveries.sent(
          delivery.id(),
          posted.messageId(),
          revision,
          now,
          Deliveries.EarlierPhoto.NONE_LEFT,
          posted.toPublish() ? Deliveries.Sharing.OWED : Deliveries.Sharing.NOT_OWED);
      if (first != null) {
        deliveries.showing(first.id(), revision, posted.messageId());
      }
    } else if (outcome instanceof PostOutcome.RetryAfter wait) {
      windows.pause(delivery.chatId(), now.plus(wait.delay()));
      deliveries.retryLater(
          delivery.id(),
          now.plus(wait.delay()),
          messages.get("delivery.reason.rate-limited"),
          false);
    } else if (outcome instanceof PostOutcome.Transient failure) {
      if (delivery.attempts() >= properties.maxAttempts()) {
        deliveries.failed(
            delivery.id(),
            messages.get("delivery.reason.gave-up", delivery.attempts(), failure.reason()),
            now);
      } else {
        deliveries.retryLater(
            delivery.id(), now.plus(backoff(delivery.attempts())), failure.reason(), true);
      }
    } else if (outcome instanceof PostOutcome.Permanent failure) {
      deliveries.failed(delivery.id(), failure.reason(), now);
      if (failure.recipientGone() && delivery.recipientKind() == RecipientKind.SUBSCRIBER) {
        subscribers.deactivate(delivery.recipientKey(), failure.reason());
      }
    } else if (outcome instanceof PostOutcome.NotEditable failure) {
      deliveries.failed(delivery.id(), failure.reason(), now);
    }
  }

  /** Exponential backoff with full jitter, capped, so retries of many deliveries spread out. */
  private Duration backoff(int attempts) {
    long ceiling =
        Math.min(
            properties.maxBackoff().toMillis(),
            properties.firstBackoff().toMillis() << Math.min(attempts - 1, 16));
    long jittered = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    return Duration.ofMillis(jittered);
  }
}
