package org.deptbot.bot.telegram.fake;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * A snapshot of what the fake counted since it started or since {@link FakeTelegram#resetStats()}.
 * {@code acceptedSends} counts the sending calls (sendMessage, sendPhoto, editMessageText,
 * editMessageCaption, deleteMessage) answered with success; the violation counts are the calls
 * refused with 429 by an enforced {@link RateLimits}, by the limit that refused them. {@code
 * messagesByChat} lists, per chat, the new messages accepted, in the order the fake admitted them
 * ({@link ReceivedMessage#receivedNanos()}); chats that got none are absent.
 */
public record SendStats(
    long acceptedSends,
    long globalViolations,
    long chatViolations,
    long groupViolations,
    Map<Long, List<ReceivedMessage>> messagesByChat) {

  /** Copies the map, unmodifiable, sorted by chat id and each chat's messages by time. */
  public SendStats {
    TreeMap<Long, List<ReceivedMessage>> copy = new TreeMap<>();
    Comparator<ReceivedMessage> byTime = Comparator.comparingLong(ReceivedMessage::receivedNanos);
    messagesByChat.forEach(
        (chat, messages) -> copy.put(chat, messages.stream().sorted(byTime).toList()));
    messagesByChat = Collections.unmodifiableMap(copy);
  }

  public long totalViolations() {
    return globalViolations + chatViolations + groupViolations;
  }

  public long violations(RateLimits.Scope scope) {
    return switch (scope) {
      case GLOBAL -> globalViolations;
      case CHAT -> chatViolations;
      case GROUP -> groupViolations;
    };
  }

  /** New messages accepted in all chats. */
  public long messageCount() {
    return messagesByChat.values().stream().mapToLong(List::size).sum();
  }

  public List<ReceivedMessage> messagesTo(long chatId) {
    return messagesByChat.getOrDefault(chatId, List.of());
  }

  /** The expected chats that got no message at all. */
  public Set<Long> lostChats(Collection<Long> expectedChats) {
    Set<Long> lost = new LinkedHashSet<>(expectedChats);
    lost.removeAll(messagesByChat.keySet());
    return lost;
  }

  /** Chats that got some text (or caption) more than once. */
  public Set<Long> duplicatedChats() {
    Set<Long> duplicated = new LinkedHashSet<>();
    messagesByChat.forEach(
        (chat, messages) -> {
          Set<String> seen = new HashSet<>();
          if (!messages.stream().allMatch(message -> seen.add(message.text()))) {
            duplicated.add(chat);
          }
        });
    return duplicated;
  }

  /** When the chat's first message was admitted ({@link ReceivedMessage#receivedNanos()}). */
  public OptionalLong firstReceivedNanos(long chatId) {
    List<ReceivedMessage> messages = messagesTo(chatId);
    return messages.isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(messages.get(0).receivedNanos());
  }

  /** From the first message admitted in any chat to the last; zero for fewer than two. */
  public Duration span() {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (List<ReceivedMessage> messages : messagesByChat.values()) {
      for (ReceivedMessage message : messages) {
        first = Math.min(first, message.receivedNanos());
        last = Math.max(last, message.receivedNanos());
      }
    }
    return first >= last ? Duration.ZERO : Duration.ofNanos(last - first);
  }

  /**
   * Messages per second over {@link #span()} (the intervals between them); 0 for fewer than two.
   */
  public double messagesPerSecond() {
    Duration span = span();
    return span.isZero() ? 0 : (messageCount() - 1) / (span.toNanos() / 1e9);
  }
}
