package org.deptbot.core.notices;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.audit.AuditRecord;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.zones.Zones;
import org.springframework.dao.DuplicateKeyException;

/**
 * Issuing, updating, cancelling and closing a notice as found, for the chat and the console alike.
 * Each action is authorised, stored as one conditional write and audited after it is stored, and
 * answers with a {@link NoticeOutcome}. A draft's notice number is reserved under the draft's id,
 * so confirming it twice (at once, or after a crash) finds the same notice instead of issuing
 * another. What the caller checked before (the chat's preview, the console's form) and what it does
 * after (the chat's receipt) stay with the caller.
 */
public class NoticeDesk {

  /**
   * A new notice from a draft. {@code values} were checked against the template's blanks already;
   * {@code lastsUntil} (may be null) keeps the notice up at least until then. {@code zones} are the
   * ids of the zones it is about, empty (or null) for the whole area; an id the department no
   * longer has is left out.
   */
  public record Issue(
      String draftId,
      String templateId,
      Map<String, String> values,
      List<String> targets,
      NoticeMode mode,
      Instant lastsUntil,
      List<String> zones) {

    /** A notice for the whole area. */
    public Issue(
        String draftId,
        String templateId,
        Map<String, String> values,
        List<String> targets,
        NoticeMode mode,
        Instant lastsUntil) {
      this(draftId, templateId, values, targets, mode, lastsUntil, List.of());
    }

    public Issue {
      zones = zones == null ? List.of() : List.copyOf(zones);
    }
  }

  /**
   * New values for a notice. {@code basedOn} is the revision the person was looking at, or null
   * when any is fine: if the notice has moved on since, nothing is stored. {@code note} is shown on
   * every post.
   */
  public record Update(
      String noticeId,
      Integer basedOn,
      Map<String, String> values,
      String note,
      Instant lastsUntil) {}

  /**
   * Ends a notice early. {@code note} is shown on every post; {@code reason} (may be null: why, for
   * the record) goes into the audit entry only.
   */
  public record Cancel(String noticeId, String note, String reason) {}

  /**
   * The missing or endangered person was found: every post is replaced by {@code title} and {@code
   * body}, without the photo or any detail. {@code reason} (may be null) goes into the audit entry.
   */
  public record Found(String noticeId, String title, String body, String reason) {}

  private final NoticeDrafts drafts;
  private final Notices notices;
  private final Templates templates;
  private final Authorization authorization;
  private final AuditTrail audit;
  private final Clock clock;
  private final Zones zones;

  public NoticeDesk(
      NoticeDrafts drafts,
      Notices notices,
      Templates templates,
      Authorization authorization,
      AuditTrail audit,
      Clock clock,
      Zones zones) {
    this.zones = zones;
    this.drafts = drafts;
    this.notices = notices;
    this.templates = templates;
    this.authorization = authorization;
    this.audit = audit;
    this.clock = clock;
  }

  public Optional<Notice> byId(String id) {
    return notices.byId(id);
  }

  /** The notice issued from this draft, if it was. */
  public Optional<Notice> issuedFrom(Actor actor, String draftId) {
    authorization.require(actor, Permission.ISSUE_NOTICE);
    return issuedFrom(draftId);
  }

  private Optional<Notice> issuedFrom(String draftId) {
    return drafts.reserved(draftId).flatMap(notices::byId);
  }

  /**
   * The notice as {@code request} would issue it, for a preview; nothing is stored. Throws {@link
   * NoticeTransitionRefused} when it could not be issued.
   */
  public Notice provisional(Actor actor, Issue request) {
    return draft("N-preview", template(request.templateId()), request, actor);
  }

  /**
   * The notice as {@code request} would leave it, for a preview; nothing is stored. Throws {@link
   * NoticeTransitionRefused} when it could not be updated.
   */
  public Notice provisional(Actor actor, Update request) {
    Notice before = notices.byId(request.noticeId()).orElseThrow();
    return updated(before, request, actor);
  }

  /** Issues the draft once, however often it is asked. */
  public NoticeOutcome issue(Actor actor, Issue request) {
    authorization.require(actor, Permission.ISSUE_NOTICE);
    Optional<Notice> before = issuedFrom(request.draftId());
    if (before.isPresent()) {
      return new NoticeOutcome.AlreadyIssued(before.get());
    }
    Notice notice;
    try {
      Template template = template(request.templateId());
      notice = draft(drafts.reserve(request.draftId()), template, request, actor);
    } catch (NoticeTransitionRefused refused) {
      return new NoticeOutcome.Refused(refused);
    }
    try {
      notices.add(notice);
    } catch (DuplicateKeyException alreadyIssued) {
      return new NoticeOutcome.AlreadyIssued(notices.byId(notice.id()).orElseThrow());
    }
    audit.record(
        actor,
        "notice.issued",
        "notice:" + notice.id(),
        "mode",
        notice.mode().name(),
        "revision",
        "1",
        "zones",
        notice.zoneIds().isEmpty() ? "whole area" : String.join(" ", notice.zoneIds()));
    return new NoticeOutcome.Stored(notice);
  }

  public NoticeOutcome update(Actor actor, Update request) {
    authorization.require(actor, Permission.ISSUE_NOTICE);
    return change(
        actor,
        "notice.updated",
        request.noticeId(),
        request.basedOn(),
        null,
        before -> updated(before, request, actor));
  }

  public NoticeOutcome cancel(Actor actor, Cancel request) {
    authorization.require(actor, Permission.ISSUE_NOTICE);
    return change(
        actor,
        "notice.cancelled",
        request.noticeId(),
        null,
        request.reason(),
        before -> before.cancel(blankToNull(request.note()), actor.staffId(), clock.instant()));
  }

  public NoticeOutcome found(Actor actor, Found request) {
    authorization.require(actor, Permission.ISSUE_NOTICE);
    return change(
        actor,
        "notice.found",
        request.noticeId(),
        null,
        request.reason(),
        before -> before.found(request.title(), request.body(), actor.staffId(), clock.instant()));
  }

  private NoticeOutcome change(
      Actor actor,
      String action,
      String noticeId,
      Integer basedOn,
      String reason,
      UnaryOperator<Notice> change) {
    Optional<Notice> read = notices.byId(noticeId);
    if (read.isEmpty()) {
      return new NoticeOutcome.Unknown(noticeId);
    }
    Notice before = read.get();
    if (basedOn != null && before.latest().number() != basedOn) {
      return new NoticeOutcome.ChangedMeanwhile(noticeId);
    }
    Notice after;
    try {
      after = change.apply(before);
    } catch (NoticeTransitionRefused refused) {
      return new NoticeOutcome.Refused(refused);
    }
    if (!notices.replace(before, after)) {
      return new NoticeOutcome.ChangedMeanwhile(noticeId);
    }
    String subject = "notice:" + after.id();
    String revision = String.valueOf(after.latest().number());
    if (blankToNull(reason) == null) {
      audit.record(actor, action, subject, "revision", revision);
    } else {
      audit.record(
          actor, action, subject, "revision", revision, "reason", AuditRecord.fitted(reason));
    }
    return new NoticeOutcome.Stored(after);
  }

  private Notice draft(String id, Template template, Issue request, Actor actor) {
    return Notice.issue(
            id,
            template,
            request.values(),
            request.targets(),
            request.mode(),
            actor.staffId(),
            clock.instant())
        .lastingUntil(request.lastsUntil())
        .inZones(zones.byIds(request.zones()));
  }

  private Notice updated(Notice before, Update request, Actor actor) {
    return before
        .update(
            template(before.templateId()),
            request.values(),
            blankToNull(request.note()),
            actor.staffId(),
            clock.instant())
        .lastingUntil(request.lastsUntil());
  }

  private Template template(String templateId) {
    return templates
        .byId(templateId)
        .orElseThrow(
            () ->
                new NoticeTransitionRefused(
                    NoticeTransitionRefused.Reason.TEMPLATE_NOT_USABLE,
                    "template " + templateId + " is gone",
                    templateId));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
