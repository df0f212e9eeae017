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

/**
 * Who was reminded of a template waiting for approval (collection {@code approval_reminders}): one
 * document per submission, stage and member, whose id is the claim. Inserting it is the one
 * conditional write that decides who sends the reminder, so a second bot, a second round or a
 * restart finds it there and sends nothing. The mark is written before the message goes out: a
 * crash in between loses that one reminder rather than sending it twice.
 */
public class ApprovalReminders {

  /**
   * Who a reminder goes to: the approvers first, then, if still nobody acted, their supervisors.
   */
  public enum Stage {
    APPROVERS,
    SUPERVISORS
  }

  /**
   * One reminder claimed.
   *
   * @param id {@code <template id>|<submitted at, epoch ms>|<stage>|<staff id>}
   * @param submittedAt when the version was submitted: a version sent back and submitted again is
   *     reminded of again
   * @param at when the reminder was claimed, just before it was sent
   */
  @Document("approval_reminders")
  public record Reminder(
      @Id String id,
      String templateId,
      Instant submittedAt,
      Stage stage,
      String staffId,
      Instant at) {}

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
   * Claims the reminder of {@code staffId} at {@code stage} for this submission of {@code
   * template}; false when it was claimed before (by this bot or another), and must not be sent.
   */
  public boolean claim(
      Template template, Instant submittedAt, Stage stage, String staffId, Instant now) {
    String id =
        template.id() + "|" + submittedAt.toEpochMilli() + "|" + stage.name() + "|" + staffId;
    try {
      mongo.insert(new Reminder(id, template.id(), submittedAt, stage, staffId, now));
      return true;
    } catch (DuplicateKeyException claimedBefore) {
      return false;
    }
  }

  /** The reminders of the current submission of {@code template}, oldest first. */
  public List<Reminder> of(Template template) {
    Optional<Instant> submitted = submittedAt(template);
    if (submitted.isEmpty()) {
      return List.of();
    }
    return mongo.find(
        query(where("templateId").is(template.id()).and("submittedAt").is(submitted.get()))
            .with(Sort.by("at", "_id")),
        Reminder.class);
  }
}
