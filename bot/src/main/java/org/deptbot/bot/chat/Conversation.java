package org.deptbot.bot.chat;

import java.time.Instant;
import java.util.Map;
import org.bson.Document;

/**
 * Where one chat user is in a guided flow. Kept in MongoDB, sealed (see {@link Conversations}), so
 * a restart in the middle of a flow continues where the user was.
 *
 * @param id the user's chat identity key
 * @param flow the flow's name
 * @param step the step the flow is waiting on
 * @param data the few strings a short flow keeps (such as the case it is about); empty for a flow
 *     that keeps a typed draft, except in a draft stored before drafts were typed
 * @param draft a flow's typed draft as stored ({@link FlowDraft#toDocument}), read back by the
 *     flow; null when the flow keeps none
 * @param expiresAt after this the flow is forgotten
 */
public record Conversation(
    String id,
    String flow,
    String step,
    Map<String, String> data,
    Document draft,
    Instant expiresAt) {

  public Conversation {
    data = data == null ? Map.of() : Map.copyOf(data);
  }
}
