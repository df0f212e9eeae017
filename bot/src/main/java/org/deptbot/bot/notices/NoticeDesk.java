package org.deptbot.bot.notices;

import java.time.Clock;
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
import org.deptbot.core.zones.Zones;
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
  private final Zones zones;

  NoticeDesk(
      NoticeDrafts drafts,
      Notices notices,
      Templates templates,
      Authorization authorization,
      NoticeReceipts receipts,
      ObjectProvider<DeliveryService> delivery,
      AuditTrail audit,
      Clock clock,
      Zones zones) {
    this.zones = zones;
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
      return current(draft.noticeId())
          .update(template, draft.values(), draft.note(), by, clock.instant())
          .lastingUntil(draft.lastsUntil().orElse(null));
    }
    return Notice.issue(
            "N-preview",
            template,
            draft.values(),
            draft.targets(),
            draft.mode(),
            by,
            clock.instant())
        .lastingUntil(draft.lastsUntil().orElse(null))
        .inZones(zones.byIds(draft.zones()));
  }

  /** Issues the draft (once, however often it is confirmed); returns the stored notice. */
  Notice issue(Actor actor, NoticeDraft draft, ChatTarget issuerChat) {
    authorization.require(actor, Permission.ISSUE_NOTICE);
    String id = drafts.reserve(draft.draftId());
    Notice notice =
        Notice.issue(
                id,
                template(draft),
                draft.values(),
                draft.targets(),
                draft.mode(),
                actor.staffId(),
                clock.instant())
            .lastingUntil(draft.lastsUntil().orElse(null))
            .inZones(zones.byIds(draft.zones()));
    try {
      notices.add(notice);
    } catch (DuplicateKeyException alreadyIssued) {
      return current(id);
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
    receipts.expect(notice.id(), 1, issuerChat);
    planNow();
    return notice;
  }

  /** Stores the update; refused if someone else changed the notice since the preview. */
  Notice update(Actor actor, NoticeDraft draft, ChatTarget issuerChat) {
    authorization.require(actor, Permission.ISSUE_NOTICE);
    Notice before = current(draft.noticeId());
    Notice after =
        before
            .update(template(draft), draft.values(), draft.note(), actor.staffId(), clock.instant())
            .lastingUntil(draft.lastsUntil().orElse(null));
    return store(actor, "notice.updated", before, after, issuerChat);
  }

  Notice cancel(Actor actor, String noticeId, String note, ChatTarget issuerChat) {
    authorization.require(actor, Permission.ISSUE_NOTICE);
    Notice before = current(noticeId);
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
