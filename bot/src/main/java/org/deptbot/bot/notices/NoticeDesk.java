package org.deptbot.bot.notices;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.delivery.DeliveryService;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeDrafts;
import org.deptbot.core.notices.NoticeTransitionRefused;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.Templates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;

/**
 * Stores what a dispatcher confirmed: a new notice, an update, a cancellation or a found person.
 * Each is one conditional write; the issuer's receipt is noted, and delivery planned at once. A
 * draft's notice number is reserved under the draft's id, so a second press of Confirm (or a retry
 * after a crash) finds the same notice instead of issuing another.
 */
class NoticeDesk {

  private final NoticeDrafts drafts;
  private final Notices notices;
  private final Templates templates;
  private final Authorization authorization;
  private final NoticeReceipts receipts;
  private final ObjectProvider<DeliveryService> delivery;
  private final AuditTrail audit;
  private final Clock clock;
  private final ObjectProvider<NoticeRelease> release;

  NoticeDesk(
      NoticeDrafts drafts,
      Notices notices,
      Templates templates,
      Authorization authorization,
      NoticeReceipts receipts,
      ObjectProvider<DeliveryService> delivery,
      AuditTrail audit,
      Clock clock,
      ObjectProvider<NoticeRelease> release) {
    this.release = release;
    this.audit = audit;
    this.drafts = drafts;
    this.notices = notices;
    this.templates = templates;
    this.authorization = authorization;
    this.receipts = receipts;
    this.delivery = delivery;
    this.clock = clock;
  }

  /** The notice as it would be issued or updated, for the preview; nothing is stored. */
  Notice provisional(Actor actor, NoticeDraft draft) {
    Template template = template(draft);
    String by = actor.staffId();
    if (draft.kind() == NoticeDraft.Kind.UPDATE) {
      Notice before = current(draft.noticeId());
      if (before.scheduled()) {
        return rescheduled(before, template, draft, by, true);
      }
      return before
          .update(template, draft.values(), draft.note(), by, clock.instant())
          .lastingUntil(draft.lastsUntil().orElse(null));
    }
    return fresh("N-preview", template, draft, by, true);
  }

  /** Issues the draft (once, however often it is confirmed); returns the stored notice. */
  Notice issue(Actor actor, NoticeDraft draft, ChatTarget issuerChat) {
    authorization.require(actor, Permission.ISSUE_NOTICE);
    Template template = template(draft);
    fresh("N-check", template, draft, actor.staffId(), false); // a time that passed: refused
    String id = drafts.reserve(draft.draftId());
    Notice notice = fresh(id, template, draft, actor.staffId(), false);
    try {
      notices.add(notice);
    } catch (DuplicateKeyException alreadyIssued) {
      return current(id);
    }
    if (notice.scheduled()) {
      audit.record(
          actor,
          "notice.scheduled",
          "notice:" + id,
          "mode",
          notice.mode().name(),
          "at",
          notice.scheduledFor().toString());
    } else {
      audit.record(
          actor, "notice.issued", "notice:" + id, "mode", notice.mode().name(), "revision", "1");
    }
    receipts.expect(notice.id(), 1, issuerChat);
    planNow();
    return notice;
  }

  /** The notice a draft makes: sent at once, or scheduled for the time it names. */
  private Notice fresh(
      String id, Template template, NoticeDraft draft, String by, boolean preview) {
    Instant now = clock.instant();
    Notice notice =
        draft.sendAt().isPresent()
            ? Notice.schedule(
                id,
                template,
                draft.values(),
                draft.targets(),
                draft.mode(),
                by,
                now,
                sendAt(draft.sendAt().get(), now, preview))
            : Notice.issue(id, template, draft.values(), draft.targets(), draft.mode(), by, now);
    return notice.lastingUntil(draft.lastsUntil().orElse(null));
  }

  /**
   * A scheduled notice as the draft changes it: new values, and a new time (or "now", which the
   * next release round sends at once).
   */
  private Notice rescheduled(
      Notice before, Template template, NoticeDraft draft, String by, boolean preview) {
    Instant now = clock.instant();
    Instant sendAt = sendAt(draft.sendAt().orElse(now.plusMillis(1)), now, preview);
    return Notice.schedule(
            before.id(), template, draft.values(), before.targets(), before.mode(), by, now, sendAt)
        .lastingUntil(draft.lastsUntil().orElse(null));
  }

  /**
   * The time a draft is sent at. A preview shows a time that passed while it was open as "now" (its
   * Confirm is then refused with the reason); a change to store keeps it, so it is refused.
   */
  private static Instant sendAt(Instant wanted, Instant now, boolean preview) {
    return preview && !wanted.isAfter(now) ? now.plusMillis(1) : wanted;
  }

  /** Stores the update; refused if someone else changed the notice since the preview. */
  Notice update(Actor actor, NoticeDraft draft, ChatTarget issuerChat) {
    authorization.require(actor, Permission.ISSUE_NOTICE);
    Notice before = current(draft.noticeId());
    if (before.scheduled()) {
      Notice after = rescheduled(before, template(draft), draft, actor.staffId(), false);
      if (!notices.reschedule(before, after)) {
        throw new NoticeChangedMeanwhile(before.id());
      }
      audit.record(
          actor,
          "notice.schedule_changed",
          "notice:" + after.id(),
          "at",
          after.scheduledFor().toString());
      receipts.expect(after.id(), 1, issuerChat);
      if (draft.sendAt().isEmpty()) { // "now": it goes out at once
        release.ifAvailable(r -> r.release(after));
      }
      return after;
    }
    Notice after =
        before
            .update(template(draft), draft.values(), draft.note(), actor.staffId(), clock.instant())
            .lastingUntil(draft.lastsUntil().orElse(null));
    return store(actor, "notice.updated", before, after, issuerChat);
  }

  Notice cancel(Actor actor, String noticeId, String note, ChatTarget issuerChat) {
    authorization.require(actor, Permission.ISSUE_NOTICE);
    Notice before = current(noticeId);
    if (before.scheduled()) {
      Notice after = before.cancel(note, actor.staffId(), clock.instant());
      if (notices.cancelScheduled(before, after)) {
        audit.record(
            actor,
            "notice.cancelled",
            "notice:" + after.id(),
            "revision",
            "2",
            "before",
            "scheduled",
            "reason",
            note == null ? "" : note);
        receipts.drop(after.id(), 1); // nothing went out, so there is nothing to report
        return after;
      }
      before = current(noticeId); // it went out meanwhile: cancel it as a posted notice
    }
    return store(
        actor,
        "notice.cancelled",
        before,
        before.cancel(note, actor.staffId(), clock.instant()),
        issuerChat);
  }

  Notice found(Actor actor, String noticeId, String title, String body, ChatTarget issuerChat) {
    authorization.require(actor, Permission.ISSUE_NOTICE);
    Notice before = current(noticeId);
    return store(
        actor,
        "notice.found",
        before,
        before.found(title, body, actor.staffId(), clock.instant()),
        issuerChat);
  }

  Optional<Notice> byId(String id) {
    return notices.byId(id);
  }

  private Notice store(
      Actor actor, String action, Notice before, Notice after, ChatTarget issuerChat) {
    if (!notices.replace(before, after)) {
      throw new NoticeChangedMeanwhile(before.id());
    }
    audit.record(
        actor, action, "notice:" + after.id(), "revision", String.valueOf(after.latest().number()));
    receipts.expect(after.id(), after.latest().number(), issuerChat);
    planNow();
    return after;
  }

  private void planNow() {
    delivery.ifAvailable(DeliveryService::planNow);
  }

  private Template template(NoticeDraft draft) {
    return templates
        .byId(draft.templateId())
        .orElseThrow(
            () ->
                new NoticeTransitionRefused(
                    NoticeTransitionRefused.Reason.TEMPLATE_NOT_USABLE,
                    "template " + draft.templateId() + " is gone",
                    draft.templateId()));
  }

  private Notice current(String noticeId) {
    return notices.byId(noticeId).orElseThrow(() -> new UnknownNotice(noticeId));
  }

  /** No notice has this number. */
  static class UnknownNotice extends RuntimeException {
    final String noticeId;

    UnknownNotice(String noticeId) {
      super("no notice " + noticeId);
      this.noticeId = noticeId;
    }
  }

  /** Someone else changed the notice between the preview and the confirmation. */
  static class NoticeChangedMeanwhile extends RuntimeException {
    final String noticeId;

    NoticeChangedMeanwhile(String noticeId) {
      super("notice " + noticeId + " changed meanwhile");
      this.noticeId = noticeId;
    }
  }
}
