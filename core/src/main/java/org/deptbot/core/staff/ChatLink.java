package org.deptbot.core.staff;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A chat account that belongs to a staff member. The id is the identity's key, so one chat account
 * can never be linked to two members.
 *
 * @param id {@link ChatIdentity#key()}
 * @param platform the identity's platform
 * @param userId the identity's user id on that platform
 * @param staffId the member it belongs to
 * @param linkedAt when it was linked
 * @param source how it was linked
 */
@Document("chat_links")
public record ChatLink(
    @Id String id,
    ChatPlatform platform,
    String userId,
    String staffId,
    Instant linkedAt,
    Source source) {

  /** How an account came to be linked. */
  public enum Source {
    /** Pre-linked in the department's seed file. */
    SEED,
    /** Linked by the member with a one-time enrollment code. */
    ENROLLMENT,
    /** A persona of the local training chat, acting as this member. */
    TRAINING
  }

  public static ChatLink of(ChatIdentity identity, String staffId, Instant at, Source source) {
    return new ChatLink(
        identity.key(), identity.platform(), identity.userId(), staffId, at, source);
  }

  public ChatIdentity identity() {
    return new ChatIdentity(platform, userId);
  }
}
