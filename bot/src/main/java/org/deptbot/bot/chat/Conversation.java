package org.deptbot.bot.chat;

import java.time.Instant;
import java.util.Map;

/**
 * Where one chat user is in a guided flow. Kept in MongoDB, sealed (see {@link Conversations}), so
 * a restart in the middle of a flow continues where the user was.
 *
 * @param id the user's chat identity key
 * @param flow the flow's name
 * @param step the step the flow is waiting on
 * @param data what the flow has collected so far
 * @param expiresAt after this the flow is forgotten
 */
public record Conversation(
    String id, String flow, String step, Map<String, String> data, Instant expiresAt) {

  public Conversation {
    data = data == null ? Map.of() : Map.copyOf(data);
  }
}
