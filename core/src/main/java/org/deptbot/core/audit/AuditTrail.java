package org.deptbot.core.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.deptbot.core.access.Actor;

/**
 * Records a change after it was stored: who (a staff id, "public", or for an anonymous reporter
 * only that it was one), from where (a chat platform or the console), what, and on which record.
 */
public class AuditTrail {

  /** What the log says instead of an anonymous reporter's or tipster's identity. */
  public static final String ANONYMOUS = "anonymous";

  private final AuditLog log;

  public AuditTrail(AuditLog log) {
    this.log = log;
  }

  /** {@code details} are pairs: key, value, key, value. */
  public void record(Actor actor, String action, String subject, String... details) {
    String who = actor.activeMember().map(m -> m.id()).orElse(AuditRecord.PUBLIC);
    append(who, channelOf(actor), action, subject, details);
  }

  /**
   * A change by {@code who} (a staff id the actor's own sign-in may not carry, such as a case's
   * confidential reporter writing from any chat), through the actor's channel.
   */
  public void recordAs(String who, Actor actor, String action, String subject, String... details) {
    append(who, channelOf(actor), action, subject, details);
  }

  /** A change by someone whose identity the log must not keep. */
  public void recordAnonymously(Actor actor, String action, String subject, String... details) {
    append(ANONYMOUS, channelOf(actor), action, subject, details);
  }

  /** A change the bot made by itself (expiry, escalation). */
  public void system(String action, String subject, String... details) {
    append(AuditRecord.SYSTEM, AuditChannel.SYSTEM, action, subject, details);
  }

  private void append(
      String who, AuditChannel channel, String action, String subject, String... details) {
    Map<String, String> facts = new LinkedHashMap<>();
    for (int i = 0; i + 1 < details.length; i += 2) {
      facts.put(details[i], details[i + 1]);
    }
    log.append(AuditRecord.of(who, channel, action, subject, facts));
  }

  private static AuditChannel channelOf(Actor actor) {
    if (actor.chatIdentity() != null) {
      return AuditChannel.of(actor.chatIdentity().platform());
    }
    return actor.member() != null ? AuditChannel.CONSOLE : AuditChannel.SYSTEM;
  }
}
