package org.deptbot.bot.telegram.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Button presses handed to the bot and the bot's answers; a query can be answered once. */
final class CallbackQueries {

  private final Map<Long, String> idByUpdate = new HashMap<>();
  private final Set<String> open = new HashSet<>();
  private final Set<String> answeredIds = new LinkedHashSet<>();
  private final List<CallbackAnswer> answers = new ArrayList<>();
  private long counter;
  private String last;

  synchronized String issue() {
    last = "cbq-" + ++counter;
    open.add(last);
    return last;
  }

  synchronized void delivered(long updateId, String queryId) {
    idByUpdate.put(updateId, queryId);
  }

  synchronized void answer(String queryId, String text, boolean showAlert) {
    if (queryId == null || !open.remove(queryId)) {
      throw ApiError.badRequest(
          "query is too old and response timeout expired or query ID is invalid");
    }
    answeredIds.add(queryId);
    answers.add(new CallbackAnswer(queryId, text, showAlert));
    notifyAll();
  }

  synchronized String last() {
    return last;
  }

  synchronized String idOfUpdate(long updateId) {
    String id = idByUpdate.get(updateId);
    if (id == null) {
      throw new IllegalArgumentException("update " + updateId + " is not a button press");
    }
    return id;
  }

  synchronized Set<String> answeredIds() {
    return Set.copyOf(answeredIds);
  }

  synchronized List<CallbackAnswer> answers() {
    return List.copyOf(answers);
  }

  synchronized boolean awaitAnswered(String queryId, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!answeredIds.contains(queryId)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }

  /** Forgets recorded answers; queries already answered still cannot be answered again. */
  synchronized void clearRecords() {
    answeredIds.clear();
    answers.clear();
  }
}
