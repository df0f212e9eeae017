package org.deptbot.bot.telegram.fake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The counters behind {@link SendStats}; one monitor, held only to count. */
final class SendLog {

  private final Map<Long, List<ReceivedMessage>> messagesByChat = new HashMap<>();
  private final long[] violations = new long[RateLimits.Scope.values().length];
  private long acceptedSends;

  /** A sending call succeeded; {@code message} is null for an edit or a delete. */
  synchronized void accepted(ReceivedMessage message) {
    acceptedSends++;
    if (message != null) {
      messagesByChat.computeIfAbsent(message.chatId(), chat -> new ArrayList<>()).add(message);
    }
  }

  synchronized void violated(RateLimits.Scope scope) {
    violations[scope.ordinal()]++;
  }

  synchronized SendStats snapshot() {
    return new SendStats(
        acceptedSends,
        violations[RateLimits.Scope.GLOBAL.ordinal()],
        violations[RateLimits.Scope.CHAT.ordinal()],
        violations[RateLimits.Scope.GROUP.ordinal()],
        messagesByChat);
  }

  synchronized void reset() {
    messagesByChat.clear();
    Arrays.fill(violations, 0);
    acceptedSends = 0;
  }
}
