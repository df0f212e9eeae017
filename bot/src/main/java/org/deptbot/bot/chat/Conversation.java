package org.deptbot.bot.chat;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where one chat user is in a guided flow (collection {@code conversations}). Kept in MongoDB so a
 * restart in the middle of a flow continues where the user was.
 *
 * @param id the user's chat identity key
 * @param flow the flow's name
 * @param step the step the flow is waiting on
 * @param data what the flow has collected so far
 * @param expiresAt after this the flow is forgotten
 */
@Document("conversations")
public record Conversation(
    @Id String id, String flow, String step, Map<String, String> data, Instant expiresAt) {

  public Conversation {
    data = data == null ? Map.of() : Map.copyOf(data);
  }
}
