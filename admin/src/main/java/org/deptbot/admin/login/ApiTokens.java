package org.deptbot.admin.login;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Personal API tokens: issued once, looked up by hash, revoked by their owner. */
@Component
public class ApiTokens {

  static final String PREFIX = "dbt_";
  private final MongoOperations mongo;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public ApiTokens(MongoOperations mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /** Issues a token; the returned text is the only time anyone sees it. */
  public String issue(String staffId, String label) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    mongo.insert(new ApiToken(hash(token), staffId, label, clock.instant()));
    return token;
  }

  public Optional<ApiToken> find(String token) {
    return Optional.ofNullable(mongo.findById(hash(token), ApiToken.class));
  }

  public List<ApiToken> of(String staffId) {
    return mongo.find(Query.query(where("staffId").is(staffId)), ApiToken.class);
  }

  /** Revokes one of the owner's tokens, named by the first characters of its hash. */
  public boolean revoke(String staffId, String hashPrefix) {
    return of(staffId).stream()
        .filter(t -> t.hash().startsWith(hashPrefix) && hashPrefix.length() >= 8)
        .findFirst()
        .map(t -> mongo.remove(Query.query(where("_id").is(t.hash())), ApiToken.class))
        .isPresent();
  }

  /** Revokes every token of the member (their password was reset); returns how many. */
  public long revokeAll(String staffId) {
    return mongo
        .remove(Query.query(where("staffId").is(staffId)), ApiToken.class)
        .getDeletedCount();
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
