package org.deptbot.core.templates;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Who was reminded of a template waiting for approval (collection {@code approval_reminders}): one
 * document per submission, level and member, whose id is the claim. Inserting it is the one
 * conditional write that decides who sends the reminder, so a second bot, a second round or a
 * restart finds it there and sends nothing. The mark is written before the message goes out: a
 * crash in between loses that one reminder rather than sending it twice. Whether a chat took it is
 * noted afterwards ({@link #reached}), so the round can tell the administrators when nobody could
 * be reached.
 */
public class ApprovalReminders {

  /**
   * Who a reminder goes to: the approvers first; then, one level further up the chain each period,
   * their supervisors (or, when nobody but the author may approve it, the author's); and, when
   * nobody at all was reached, the department's administrators.
   */
  public enum Stage {
    APPROVERS,
    SUPERVISORS,
    ADMINS
  }

  /**
   * One reminder claimed.
   *
   * @param id {@code <template id>|<submitted at, epoch ms>|<level label>|<staff id>}, the label
   *     being {@code APPROVERS}, {@code SUPERVISORS} (one level up), {@code SUPERVISORS-2} and so
   *     on, or {@code ADMINS}
   * @param submittedAt when the version was submitted: a version sent back and submitted again is
   *     reminded of again
   * @param level how far up the chain (0 for the approvers and the administrators, 1 for the first
   *     supervisors); null on reminders stored before levels, read from their stage
   * @param at when the reminder was claimed, just before it was sent
   * @param reached whether some chat of the member took it; null until the send was tried (or if
   *     the bot stopped in between)
   */
  @Document("approval_reminders")
  public record Reminder(
      @Id String id,
      String templateId,
      Instant submittedAt,
      Stage stage,
      String staffId,
      Instant at,
      Integer level,
      Boolean reached) {

    /** How far up the chain it went (0: the approvers, or the administrators). */
    public int levelUp() {
      if (level != null) {
        return level;
      }
      return stage == Stage.SUPERVISORS ? 1 : 0;
    }

    /** Whether some chat of the member is known to have taken it. */
    public boolean wasReached() {
      return Boolean.TRUE.equals(reached);
    }
  }

  /**
   * The staff id of the one {@code ADMINS} claim that stands for "no administrator either", so that
   * is logged once; {@link #of} leaves it out.
   */
  public static final String NOBODY = "nobody";

  private final MongoOperations mongo;

  public ApprovalReminders(MongoOperations mongo) {
    this.mongo = mongo;
  }

  /** When {@code template} was last submitted for approval, if it ever was. */
  public static Optional<Instant> submittedAt(Template template) {
    return lastSubmission(template).map(TemplateEvent::at);
  }

  /** Who last submitted {@code template} for approval, if anyone did. */
  public static Optional<String> submittedBy(Template template) {
    return lastSubmission(template).map(TemplateEvent::byStaffId);
  }

  private static Optional<TemplateEvent> lastSubmission(Template template) {
    return template.history().stream()
        .filter(e -> "submitted".equals(e.what()))
        .reduce((first, second) -> second);
  }

  /**
   * The level's part of a reminder's id: as before levels for the approvers and the first
   * supervisors, so reminders claimed by an older bot still count.
   */
  static String label(Stage stage, int level) {
    return stage == Stage.SUPERVISORS && level > 1 ? stage.name() + "-" + level : stage.name();
  }

  private static String idOf(
      Template template, Instant submittedAt, Stage stage, int level, String staffId) {
    return template.id()
        + "|"
        + submittedAt.toEpochMilli()
        + "|"
        + label(stage, level)
        + "|"
        + staffId;
  }

  /**
   * Claims the reminder of {@code staffId} at {@code stage} and {@code level} for this submission
   * of {@code template}; false when it was claimed before (by this bot or another), and must not be
   * sent.
   */
  public boolean claim(
      Template template, Instant submittedAt, Stage stage, int level, String staffId, Instant now) {
    String id = idOf(template, submittedAt, stage, level, staffId);
    try {
      mongo.insert(new Reminder(id, template.id(), submittedAt, stage, staffId, now, level, null));
      return true;
    } catch (DuplicateKeyException claimedBefore) {
      return false;
    }
  }

  /** {@link #claim(Template, Instant, Stage, int, String, Instant)} at the stage's first level. */
  public boolean claim(
      Template template, Instant submittedAt, Stage stage, String staffId, Instant now) {
    return claim(template, submittedAt, stage, stage == Stage.SUPERVISORS ? 1 : 0, staffId, now);
  }

  /** Notes whether some chat of the member took the reminder claimed with these values. */
  public void reached(
      Template template,
      Instant submittedAt,
      Stage stage,
      int level,
      String staffId,
      boolean reached) {
    mongo.updateFirst(
        query(where("_id").is(idOf(template, submittedAt, stage, level, staffId))),
        new Update().set("reached", reached),
        Reminder.class);
  }

  /**
   * The reminders of the current submission of {@code template}, oldest first ({@link #NOBODY}'s
   * left out).
   */
  public List<Reminder> of(Template template) {
    Optional<Instant> submitted = submittedAt(template);
    if (submitted.isEmpty()) {
      return List.of();
    }
    return mongo
        .find(
            query(where("templateId").is(template.id()).and("submittedAt").is(submitted.get()))
                .with(Sort.by("at", "_id")),
            Reminder.class)
        .stream()
        .filter(r -> !NOBODY.equals(r.staffId()))
        .toList();
  }
}
