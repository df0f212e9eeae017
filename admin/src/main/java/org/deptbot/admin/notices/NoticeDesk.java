package org.deptbot.admin.notices;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deptbot.admin.console.NotFound;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.audit.AuditRecord;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeDrafts;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticeRevision;
import org.deptbot.core.notices.NoticeTransitionRefused;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.zones.Zones;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Stores what an issuer confirmed in the console: a new notice, an update or a cancellation, each
 * checked again first and audited. Its revision is left unplanned, so the bot's delivery planner
 * picks it up. A form's draft id reserves the notice number in {@code notice_drafts}, as the chat
 * does, so a second press of Issue (or two at once) finds the same notice.
 */
@Component
class NoticeDesk {

  /** What the issuer asked for; {@code zones} empty means the whole area. */
  record Issue(
      String draftId,
      Map<String, String> values,
      List<String> targets,
      NoticeMode mode,
      boolean warningsChecked,
      List<String> zones) {

    Issue(
        String draftId,
        Map<String, String> values,
        List<String> targets,
        NoticeMode mode,
        boolean warningsChecked) {
      this(draftId, values, targets, mode, warningsChecked, List.of());
    }

    Issue {
      zones = zones == null ? List.of() : List.copyOf(zones);
    }
  }

  private final NoticeDrafts drafts;
  private final Notices notices;
  private final Templates templates;
  private final NoticeChecks checks;
  private final Authorization authorization;
  private final AuditTrail audit;
  private final Clock clock;
  private final Zones zones;

  NoticeDesk(
      NoticeDrafts drafts,
      Notices notices,
      Templates templates,
      NoticeChecks checks,
      Authorization authorization,
      AuditTrail audit,
      Clock clock,
      Zones zones) {
    this.zones = zones;
    this.drafts = drafts;
    this.notices = notices;
    this.templates = templates;
    this.checks = checks;
    this.authorization = authorization;
    this.audit = audit;
    this.clock = clock;
  }

  Notice byId(String id) {
    return notices.byId(id).orElseThrow(() -> new NotFound("Notice " + id));
  }

  /** The approved version of {@code key} now in use. */
  Template usable(String key) {
    return templates.usable(key).orElseThrow(() -> new NotFound("Template " + key));
  }

  Template templateOf(Notice notice) {
    return templates.byId(notice.templateId()).orElseThrow();
  }

  NoticeCheck preview(Template template, Issue issue) {
    List<String> targets = checks.allowed(template, issue.targets());
    return checks.check(
        template,
        issue.values(),
        targets,
        issue.mode(),
        NoticeRevision.Kind.ISSUE,
        null,
        "N-…",
        clock.instant().plus(template.defaultExpiry()));
  }

  /** Issues once per draft id, however often it is sent; throws {@link NoticeBlocked} if not. */
  Notice issue(Actor actor, Template template, Issue issue) {
    authorization.require(actor, Permission.ISSUE_NOTICE);
    if (issue.draftId() == null || !issue.draftId().matches("[A-Za-z0-9-]{8,64}")) {
      throw new IllegalArgumentException("A draft id (8 to 64 letters, digits or -) is needed.");
    }
    String reserved = drafts.reserved(issue.draftId()).orElse(null);
    if (reserved != null && notices.byId(reserved).isPresent()) {
      return byId(reserved); // already issued: the same notice, not another
    }
    NoticeCheck check = preview(template, issue);
    if (check.blocked() || (check.warns() && !issue.warningsChecked())) {
      throw new NoticeBlocked(check);
    }
    String id = drafts.reserve(issue.draftId());
    Notice notice =
        Notice.issue(
                id,
                template,
                check.values(),
                checks.allowed(template, issue.targets()),
                issue.mode(),
                actor.staffId(),
                clock.instant())
            .lastingUntil(check.lastsUntil())
            .inZones(zones.byIds(issue.zones()));
    try {
      notices.add(notice);
    } catch (DuplicateKeyException alreadyIssued) {
      return byId(id);
    }
    audit.record(
        actor,
        "notice.issued",
        "notice:" + id,
        "mode",
        notice.mode().name(),
        "revision",
        "1",
        "zones",
        notice.zoneIds().isEmpty() ? "whole area" : String.join(" ", notice.zoneIds()));
    return notice;
  }

  NoticeCheck previewUpdate(Notice notice, Map<String, String> values, String note) {
    Map<String, String> merged = new HashMap<>(notice.latest().values());
    merged.putAll(values);
    return checks.check(
        templateOf(notice),
        merged,
        notice.targets(),
        notice.mode(),
        NoticeRevision.Kind.UPDATE,
        note,
        notice.id(),
        notice.expiresAt());
  }

  /**
   * Stores an update. {@code basedOn} is the revision the person was looking at: if the notice has
   * moved on since (someone else's update, or this same form sent twice), nothing is stored.
   */
  Notice update(
      Actor actor,
      String id,
      Integer basedOn,
      Map<String, String> values,
      String note,
      boolean warningsChecked) {
    authorization.require(actor, Permission.ISSUE_NOTICE);
    Notice before = byId(id);
    if (basedOn != null && before.latest().number() != basedOn) {
      throw new NoticeTransitionRefused(
          NoticeTransitionRefused.Reason.CHANGED_MEANWHILE,
          "notice " + id + " is at revision " + before.latest().number() + ", not " + basedOn,
          id);
    }
    NoticeCheck check = previewUpdate(before, values, note);
    if (check.blocked() || (check.warns() && !warningsChecked)) {
      throw new NoticeBlocked(check);
    }
    Notice after =
        before
            .update(
                templateOf(before),
                check.values(),
                blankToNull(note),
                actor.staffId(),
                clock.instant())
            .lastingUntil(check.lastsUntil());
    return store(actor, "notice.updated", before, after);
  }

  /**
   * Cancels the notice; {@code note} is shown on every post, {@code reason} (why, for the record)
   * goes into the audit entry only. The pages and the API both require the reason (see {@link
   * org.deptbot.admin.console.Confirmation}).
   */
  Notice cancel(Actor actor, String id, String note, String reason) {
    authorization.require(actor, Permission.ISSUE_NOTICE);
    Notice before = byId(id);
    return store(
        actor,
        "notice.cancelled",
        before,
        before.cancel(blankToNull(note), actor.staffId(), clock.instant()),
        reason);
  }

  /**
   * Closes a missing or endangered person's notice: every post is replaced by {@code title} and
   * {@code body}, without the photo or any detail, and the earlier revisions leave the public feed.
   */
  Notice found(Actor actor, String id, String title, String body, String reason) {
    authorization.require(actor, Permission.ISSUE_NOTICE);
    Notice before = byId(id);
    return store(
        actor,
        "notice.found",
        before,
        before.found(title, body, actor.staffId(), clock.instant()),
        reason);
  }

  private Notice store(Actor actor, String action, Notice before, Notice after) {
    return store(actor, action, before, after, null);
  }

  private Notice store(Actor actor, String action, Notice before, Notice after, String reason) {
    if (!notices.replace(before, after)) {
      throw new NoticeTransitionRefused(
          NoticeTransitionRefused.Reason.CHANGED_MEANWHILE,
          "notice " + before.id() + " changed meanwhile",
          before.id());
    }
    String revision = String.valueOf(after.latest().number());
    if (blankToNull(reason) == null) {
      audit.record(actor, action, "notice:" + after.id(), "revision", revision);
    } else {
      audit.record(
          actor,
          action,
          "notice:" + after.id(),
          "revision",
          revision,
          "reason",
          AuditRecord.fitted(reason));
    }
    return after;
  }

  private static String blankToNull(String note) {
    return note == null || note.isBlank() ? null : note.strip();
  }
}
