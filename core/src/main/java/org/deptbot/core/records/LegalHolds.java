package org.deptbot.core.records;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.audit.AuditRecord;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.reports.Report;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.tips.Tip;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Legal holds in MongoDB (collection {@code legal_holds}). Placing and lifting need {@link
 * Permission#PLACE_LEGAL_HOLD} (ADMIN, INTERNAL_AFFAIRS) and a reason, and each is recorded in the
 * audit log as {@code hold.placed} / {@code hold.lifted} on {@code hold:H-…}.
 */
public class LegalHolds {

  private final MongoOperations mongo;
  private final Authorization authorization;
  private final AuditTrail audit;
  private final Clock clock;

  public LegalHolds(
      MongoOperations mongo, Authorization authorization, AuditTrail audit, Clock clock) {
    this.mongo = mongo;
    this.authorization = authorization;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Places a hold and returns it.
   *
   * @throws org.deptbot.core.access.NotPermitted unless the actor may place legal holds
   * @throws HoldRefused without a reason, or when the case, tip, notice or staff member it names is
   *     not stored (a typo must not leave the real record unprotected while looking held)
   */
  public LegalHold place(Actor actor, HoldRequest request) {
    authorization.require(actor, Permission.PLACE_LEGAL_HOLD);
    String reason = requireReason(request.reason());
    requireStored(request.scope());
    var hold =
        new LegalHold(
            nextNumber(),
            request.scope(),
            reason,
            actor.staffId(),
            clock.instant(),
            null,
            null,
            null);
    mongo.insert(hold);
    audit.record(
        actor,
        "hold.placed",
        "hold:" + hold.id(),
        "scope",
        shortened(hold.scope().describe()),
        "reason",
        shortened(reason));
    return hold;
  }

  /**
   * Lifts an active hold; the hold stays on record with who lifted it, when and why.
   *
   * @throws org.deptbot.core.access.NotPermitted unless the actor may place legal holds
   * @throws HoldRefused without a reason, for an unknown hold, or one lifted already
   */
  public LegalHold lift(Actor actor, String holdId, String why) {
    authorization.require(actor, Permission.PLACE_LEGAL_HOLD);
    String reason = requireReason(why);
    LegalHold hold =
        byId(holdId)
            .orElseThrow(
                () ->
                    new HoldRefused(
                        HoldRefused.Reason.NO_SUCH_HOLD, "no legal hold " + holdId, holdId));
    String by = actor.staffId();
    LegalHold lifted = hold.lifted(by, reason, clock.instant());
    var stillActive = query(where("_id").is(hold.id()).and("liftedAt").is(null));
    if (!hold.active() || mongo.findAndReplace(stillActive, lifted) == null) {
      LegalHold now = byId(hold.id()).orElse(hold);
      throw new HoldRefused(
          HoldRefused.Reason.ALREADY_LIFTED,
          "legal hold " + hold.id() + " was lifted already",
          hold.id(),
          now.liftedBy());
    }
    audit.record(actor, "hold.lifted", "hold:" + hold.id(), "reason", shortened(reason));
    return lifted;
  }

  /** The holds in force, oldest first. */
  public List<LegalHold> active() {
    return mongo.find(
        query(where("liftedAt").is(null)).with(Sort.by("placedAt", "_id")), LegalHold.class);
  }

  /** Every hold ever placed, lifted ones included, oldest first. */
  public List<LegalHold> all() {
    return mongo.findAll(LegalHold.class).stream()
        .sorted(java.util.Comparator.comparing(LegalHold::placedAt))
        .toList();
  }

  public Optional<LegalHold> byId(String id) {
    return Optional.ofNullable(mongo.findById(id.strip(), LegalHold.class));
  }

  /** The active holds that keep this record; empty if it may be purged. */
  public List<LegalHold> keeping(RecordFacts record) {
    return active().stream().filter(h -> h.keeps(record)).toList();
  }

  private String nextNumber() {
    int year = clock.instant().atOffset(ZoneOffset.UTC).getYear();
    Document counter =
        mongo.findAndModify(
            query(where("_id").is("hold-" + year)),
            new Update().inc("value", 1),
            FindAndModifyOptions.options().upsert(true).returnNew(true),
            Document.class,
            "counters");
    return "H-%d-%06d".formatted(year, ((Number) counter.get("value")).longValue());
  }

  private void requireStored(RecordScope scope) {
    String target = scope.target();
    HoldRefused.Reason missing =
        switch (scope.kind()) {
          case CASE ->
              target.regionMatches(true, 0, "T-", 0, 2)
                  ? stored(Tip.class, target) ? null : HoldRefused.Reason.NO_SUCH_TIP
                  : stored(Report.class, target) ? null : HoldRefused.Reason.NO_SUCH_CASE;
          case NOTICE -> stored(Notice.class, target) ? null : HoldRefused.Reason.NO_SUCH_NOTICE;
          case STAFF ->
              stored(StaffMember.class, target) ? null : HoldRefused.Reason.NO_SUCH_MEMBER;
          case DATE_RANGE -> null;
        };
    if (missing != null) {
      throw new HoldRefused(missing, "nothing stored as " + scope.describe(), target);
    }
  }

  private boolean stored(Class<?> type, String id) {
    return mongo.exists(query(where("_id").is(id)), type);
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new HoldRefused(
          HoldRefused.Reason.REASON_NEEDED, "a legal hold is placed and lifted with a reason");
    }
    return reason.strip();
  }

  static String shortened(String text) {
    int max = AuditRecord.MAX_VALUE_LENGTH;
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
