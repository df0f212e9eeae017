package org.deptbot.core.staff;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;

/** Which chat accounts belong to which staff members (collection {@code chat_links}). */
public class ChatLinks {

  private final MongoOperations mongo;

  public ChatLinks(MongoOperations mongo) {
    this.mongo = mongo;
  }

  public Optional<ChatLink> of(ChatIdentity identity) {
    return Optional.ofNullable(mongo.findById(identity.key(), ChatLink.class));
  }

  public List<ChatLink> ofMember(String staffId) {
    return mongo.find(query(where("staffId").is(staffId)), ChatLink.class);
  }

  /**
   * Links the account unless it is already linked. Returns the link that is in force afterwards:
   * the new one, or the existing one (which may belong to someone else).
   */
  public ChatLink linkIfFree(ChatLink link) {
    try {
      return mongo.insert(link);
    } catch (DuplicateKeyException alreadyLinked) {
      return of(link.identity()).orElseThrow(() -> alreadyLinked);
    }
  }

  /** Links the account to {@code link.staffId()}, replacing any earlier owner. */
  public void relink(ChatLink link) {
    mongo.save(link);
  }

  public void unlink(ChatIdentity identity) {
    mongo.remove(query(where("_id").is(identity.key())), ChatLink.class);
  }
}
