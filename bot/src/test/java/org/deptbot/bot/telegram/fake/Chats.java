package org.deptbot.bot.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Users, the chats the bot may write to, and the messages it wrote. Message ids count per chat and
 * are shared by both sides, as in Telegram. One monitor guards everything, and waiters are woken on
 * every change.
 */
final class Chats {

  /** How long after sending a message can still be deleted without an administrator's right. */
  static final int DELETE_WINDOW_SECONDS = 48 * 60 * 60;

  /** Supergroup and channel ids are -100 followed by digits: -1000000000000 minus those. */
  static final long SUPERGROUP_BASE = -1_000_000_000_000L;

  private final ObjectNode bot;
  private final Map<Long, ObjectNode> users = new HashMap<>();
  private final Map<Long, String> languages = new HashMap<>();
  private final Map<Long, ObjectNode> chats = new HashMap<>();
  private final Set<Long> blockedBy = new HashSet<>();
  private final Map<Long, Integer> lastMessageId = new HashMap<>();
  private final Map<Long, List<StoredMessage>> sent = new HashMap<>();
  private final Set<Long> deleteRight = new HashSet<>();
  private final Map<Long, Long> migratedTo = new HashMap<>();
  private long sequence;
  private long hiddenUpTo;

  Chats(ObjectNode bot) {
    this.bot = bot;
  }

  /** The user's JSON; a null first name keeps the one seen before. */
  synchronized ObjectNode user(long userId, String firstName) {
    if (userId <= 0) {
      throw new IllegalArgumentException("user ids are positive: " + userId);
    }
    ObjectNode known = users.get(userId);
    String name =
        firstName != null
            ? firstName
            : known != null ? known.get("first_name").asText() : "User" + userId;
    ObjectNode user = TelegramJson.user(userId, name, false, null);
    String language = languages.get(userId);
    if (language != null) {
      user.put("language_code", language); // an IETF tag, as the user's app is set
    }
    users.put(userId, user);
    return user;
  }

  /** The user's Telegram app is set to {@code language} ("es"); their next updates say so. */
  synchronized void setLanguage(long userId, String language) {
    languages.put(userId, language);
  }

  /** The user wrote to the bot in private, so the bot may answer from now on. */
  synchronized ObjectNode openPrivateChat(ObjectNode user) {
    ObjectNode chat = TelegramJson.privateChat(user);
    chats.put(chat.get("id").asLong(), chat);
    blockedBy.remove(chat.get("id").asLong());
    return chat;
  }

  /**
   * Users who wrote to the bot earlier, whose updates are long consumed: chats open, no updates.
   */
  synchronized void openPrivateChats(long firstUserId, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    for (long userId = firstUserId; userId < firstUserId + count; userId++) {
      openPrivateChat(user(userId, null));
    }
  }

  synchronized ObjectNode openGroup(long chatId, String title) {
    if (chatId >= 0) {
      throw new IllegalArgumentException("group chat ids are negative: " + chatId);
    }
    return chats.computeIfAbsent(chatId, id -> TelegramJson.supergroup(id, title));
  }

  /** The bot becomes an administrator with can_delete_messages in the chat: any age goes. */
  synchronized void grantDeleteRight(long chatId) {
    deleteRight.add(chatId);
  }

  /** Makes every message the bot sent to the chat {@code seconds} older. */
  synchronized void age(long chatId, long seconds) {
    for (StoredMessage message : sent.getOrDefault(chatId, List.of())) {
      message.date = (int) (message.date - seconds);
    }
  }

  /** Adds the bot to a basic group, which may later become a supergroup ({@link #migrate}). */
  synchronized ObjectNode openBasicGroup(long chatId, String title) {
    if (chatId >= 0 || chatId <= SUPERGROUP_BASE) {
      throw new IllegalArgumentException("basic group ids are negative, without -100: " + chatId);
    }
    return chats.computeIfAbsent(chatId, id -> TelegramJson.basicGroup(id, title));
  }

  /**
   * Upgrades a basic group to a new supergroup (id -100 followed by the group's digits) and returns
   * the new chat; from now on every call for the old id is refused with its new id.
   */
  synchronized ObjectNode migrate(long groupId) {
    ObjectNode group = chats.get(groupId);
    if (group == null || !"group".equals(group.get("type").asText())) {
      throw new IllegalArgumentException("no basic group " + groupId);
    }
    if (migratedTo.containsKey(groupId)) {
      throw new IllegalArgumentException("group " + groupId + " was upgraded already");
    }
    long newId = SUPERGROUP_BASE + groupId;
    ObjectNode supergroup = TelegramJson.supergroup(newId, group.get("title").asText());
    chats.put(newId, supergroup);
    migratedTo.put(groupId, newId);
    return supergroup;
  }

  /** The chat's JSON as it is known, for service messages. */
  synchronized ObjectNode chat(long chatId) {
    return chats.get(chatId);
  }

  private void refuseMigrated(long chatId) {
    Long newId = migratedTo.get(chatId);
    if (newId != null) {
      throw ApiError.migrated(newId);
    }
  }

  /** Whether the bot knows the chat: a user wrote to it, or it is in the group. */
  synchronized boolean known(long chatId) {
    return chats.containsKey(chatId);
  }

  synchronized void blockBot(long userId) {
    blockedBy.add(userId);
  }

  /** The skeleton of a message someone else wrote in a known chat: id, from, chat and date. */
  synchronized ObjectNode incoming(long chatId, ObjectNode from) {
    ObjectNode message = TelegramJson.object().put("message_id", nextMessageId(chatId));
    message.set("from", from);
    message.set("chat", chats.get(chatId));
    message.put("date", TelegramJson.now());
    return message;
  }

  /** Checks the bot may write to the chat, stores a new message filled by {@code fill}. */
  synchronized ObjectNode send(long chatId, Consumer<StoredMessage> fill) {
    refuseMigrated(chatId);
    ObjectNode chat = chats.get(chatId);
    if (chatId > 0 && (chat == null || blockedBy.contains(chatId))) {
      throw ApiError.forbidden(
          chat == null
              ? "bot can't initiate conversation with a user"
              : "bot was blocked by the user");
    }
    if (chat == null) {
      throw ApiError.badRequest("chat not found");
    }
    StoredMessage message = new StoredMessage(nextMessageId(chatId), chatId, ++sequence, chat);
    fill.accept(message);
    sent.computeIfAbsent(chatId, id -> new ArrayList<>()).add(message);
    notifyAll();
    return message.toJson(bot);
  }

  /** Applies {@code change} to a live bot message, or answers 400 with {@code notFound}. */
  synchronized ObjectNode change(
      long chatId, int messageId, String notFound, Consumer<StoredMessage> change) {
    refuseMigrated(chatId);
    StoredMessage message = find(chatId, messageId);
    if (message == null) {
      throw ApiError.badRequest(notFound);
    }
    change.accept(message);
    notifyAll();
    return message.toJson(bot);
  }

  /**
   * Deletes a bot message; the user's own messages count as deletable too. Only a message sent less
   * than 48 hours ago can be deleted, unless the bot holds the can_delete_messages right there.
   */
  synchronized void delete(long chatId, int messageId) {
    refuseMigrated(chatId);
    StoredMessage message = find(chatId, messageId);
    boolean someoneElses =
        messageId > 0
            && messageId <= lastMessageId.getOrDefault(chatId, 0)
            && sent.getOrDefault(chatId, List.of()).stream()
                .noneMatch(m -> m.messageId == messageId);
    if (message == null && !someoneElses) {
      throw ApiError.badRequest("message to delete not found");
    }
    if (message != null
        && !deleteRight.contains(chatId)
        && TelegramJson.now() - message.date >= DELETE_WINDOW_SECONDS) {
      throw ApiError.badRequest("message can't be deleted");
    }
    if (message != null) {
      message.deleted = true;
      notifyAll();
    }
  }

  /** The bot message as a user's client shows it now, for a button press. */
  synchronized ObjectNode messageJson(long chatId, int messageId) {
    StoredMessage message = find(chatId, messageId);
    if (message == null) {
      throw new IllegalArgumentException(
          "the bot has no message " + messageId + " in chat " + chatId);
    }
    return message.toJson(bot);
  }

  private StoredMessage find(long chatId, int messageId) {
    return sent.getOrDefault(chatId, List.of()).stream()
        .filter(m -> m.messageId == messageId && !m.deleted)
        .findFirst()
        .orElse(null);
  }

  private int nextMessageId(long chatId) {
    return lastMessageId.merge(chatId, 1, Integer::sum);
  }

  synchronized List<SentMessage> messagesTo(long chatId) {
    return sent.getOrDefault(chatId, List.of()).stream()
        .filter(m -> m.sequence > hiddenUpTo)
        .map(StoredMessage::snapshot)
        .toList();
  }

  synchronized List<SentMessage> awaitMessages(long chatId, int atLeast, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<SentMessage> messages = messagesTo(chatId);
    while (messages.size() < atLeast) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "expected at least "
                + atLeast
                + " messages to chat "
                + chatId
                + " within "
                + timeout
                + " but the bot sent "
                + messages.size()
                + ": "
                + messages.stream().map(SentMessage::currentText).toList());
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
      messages = messagesTo(chatId);
    }
    return messages;
  }

  /** Hides what was sent so far from {@link #messagesTo}; the messages stay editable. */
  synchronized void hideSent() {
    hiddenUpTo = sequence;
  }
}
