package org.deptbot.core.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Early intervention (issue 19): a staff member who is the subject of {@code threshold} cases
 * submitted within {@code window} is flagged to internal affairs, once, with those cases listed.
 * Advisory only: a flag is a document of its own ({@code early_intervention_flags}) and never
 * changes a case.
 *
 * <p>The rule for "once": a flag lists the {@code threshold} cases that crossed it. A case listed
 * in an earlier flag about the same member never counts again, so a fourth case within the window
 * tells no one; a member is flagged again only when {@code threshold} further cases, none listed
 * before, fall within one window (with the defaults: the 3rd case, then the 6th, and so on). Every
 * case counts, whatever its status: a dismissed case is still a case about the member.
 *
 * <p>The flag's id is the subject and the listed case numbers; inserting it is the one conditional
 * write that decides who tells internal affairs, so two bots, two rounds or a restart tell once.
 * The flag is written before the message goes out: a crash in between loses that message (the
 * console's list still shows the flag) rather than sending it twice.
 */
public class EarlyIntervention {

  /**
   * A member flagged to internal affairs.
   *
   * @param id {@code <subject staff id>|<case numbers, comma-separated, oldest first>}
   * @param subjectId the staff member the cases are about
   * @param caseIds the cases that crossed the threshold, oldest first
   * @param flaggedAt when the round claimed it
   * @param threshold and {@code window} (ISO-8601, such as {@code P365D}): the settings it was
   *     flagged under
   */
  @Document("early_intervention_flags")
  public record Flag(
      @Id String id,
      String subjectId,
      List<String> caseIds,
      Instant flaggedAt,
      int threshold,
      String window) {

    public Flag {
      caseIds = List.copyOf(caseIds);
    }

    /** The window in whole days, as the console shows it. */
    public long windowDays() {
      return Duration.parse(window).toDays();
    }
  }

  /** A flag a round owes: {@code caseIds} (oldest first) crossed the threshold for the subject. */
  public record Due(String subjectId, List<String> caseIds) {

    public Due {
      caseIds = List.copyOf(caseIds);
    }

    /** The flag's id, and so its claim. */
    public String id() {
      return subjectId + "|" + String.join(",", caseIds);
    }
  }

  private final MongoOperations mongo;

  public EarlyIntervention(MongoOperations mongo) {
    this.mongo = mongo;
  }

  /**
   * A case as the rule counts it: its number, the staff member it is about and when it came in.
   * Nothing else of the case is read.
   */
  public record Counted(String caseId, String subjectId, Instant submittedAt) {

    public static Counted of(Report r) {
      return new Counted(r.id(), r.subjectId(), r.submittedAt());
    }
  }

  /**
   * The flags owed at {@code now}: over the cases submitted within {@code window} before it, those
   * about a staff member whose cases not yet listed in a flag reach {@code threshold}. Reads only
   * the number, subject and time of the cases about a staff member.
   */
  public List<Due> dueAt(Instant now, int threshold, Duration window) {
    Query inWindow =
        query(where("submittedAt").gte(now.minus(window)).lte(now).and("subjectId").ne(null));
    inWindow.fields().include("subjectId").include("submittedAt");
    List<Counted> cases =
        mongo.find(inWindow, org.bson.Document.class, "reports").stream()
            .map(
                d ->
                    new Counted(
                        d.getString("_id"),
                        d.getString("subjectId"),
                        d.getDate("submittedAt").toInstant()))
            .toList();
    Map<String, Set<String>> listed = new LinkedHashMap<>();
    for (Flag f : mongo.findAll(Flag.class)) {
      listed.computeIfAbsent(f.subjectId(), s -> new HashSet<>()).addAll(f.caseIds());
    }
    return due(cases, listed, threshold);
  }

  /**
   * The rule itself, without the database: {@code cases} are those within the window; {@code
   * listed} the case numbers earlier flags listed, by subject. Each member's cases not listed are
   * taken {@code threshold} at a time, oldest first; what is left over waits for more.
   */
  public static List<Due> due(
      Collection<Counted> cases, Map<String, Set<String>> listed, int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("the threshold is at least 1 case");
    }
    Map<String, List<String>> unlisted = new LinkedHashMap<>();
    cases.stream()
        .filter(c -> c.subjectId() != null)
        .sorted(Comparator.comparing(Counted::submittedAt).thenComparing(Counted::caseId))
        .filter(c -> !listed.getOrDefault(c.subjectId(), Set.of()).contains(c.caseId()))
        .forEach(
            c -> unlisted.computeIfAbsent(c.subjectId(), s -> new ArrayList<>()).add(c.caseId()));
    List<Due> due = new ArrayList<>();
    unlisted.forEach(
        (subject, ids) -> {
          for (int from = 0; from + threshold <= ids.size(); from += threshold) {
            due.add(new Due(subject, ids.subList(from, from + threshold)));
          }
        });
    return due;
  }

  /**
   * Claims {@code due}; false when it was claimed before (by this bot or another), and must not be
   * told again.
   */
  public boolean claim(Due due, Instant now, int threshold, Duration window) {
    try {
      mongo.insert(
          new Flag(due.id(), due.subjectId(), due.caseIds(), now, threshold, window.toString()));
      return true;
    } catch (DuplicateKeyException claimedBefore) {
      return false;
    }
  }

  /** Every flag, newest first. */
  public List<Flag> all() {
    return mongo.find(
        query(where("_id").exists(true)).with(Sort.by(Sort.Direction.DESC, "flaggedAt", "_id")),
        Flag.class);
  }

  /** The staff id a flag (by its id) is about. */
  public static String subjectOf(String flagId) {
    int bar = flagId.indexOf('|');
    return bar < 0 ? flagId : flagId.substring(0, bar);
  }
}
