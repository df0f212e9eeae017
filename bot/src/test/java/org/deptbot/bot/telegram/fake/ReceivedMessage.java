package org.deptbot.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A new message the fake accepted from the bot (sendMessage or sendPhoto), as counted by {@link
 * SendStats}: {@code text} is the plain text, or a photo's caption ("" for none). {@code
 * receivedNanos} is when the fake admitted the call (after any artificial latency), on {@link
 * System#nanoTime()}'s scale (compare it with a {@code System.nanoTime()} taken by the benchmark);
 * {@code receivedAt} is the same moment on the wall clock.
 */
public record ReceivedMessage(
    long chatId,
    int messageId,
    String text,
    boolean photo,
    long receivedNanos,
    Instant receivedAt) {

  /** Reads the message from the fake's answer to the call. */
  static ReceivedMessage of(JsonNode result, long receivedNanos, Instant receivedAt) {
    boolean photo = result.has("photo");
    return new ReceivedMessage(
        result.path("chat").path("id").asLong(),
        result.path("message_id").asInt(),
        photo ? result.path("caption").asText("") : result.path("text").asText(),
        photo,
        receivedNanos,
        receivedAt);
  }
}
