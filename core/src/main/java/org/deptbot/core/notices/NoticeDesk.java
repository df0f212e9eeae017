package org.deptbot.core.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.NotPermitted;
import org.deptbot.core.access.Permission;
import org.deptbot.core.audit.AuditRecord;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.PostWording;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.TimeShown;
import org.deptbot.core.zones.Zone;
import org.deptbot.core.zones.Zones;
import org.springframework.dao.DuplicateKeyException;

/**
 * Issuing, updating, cancelling and closing a notice as found, for the chat and the console alike.
 * Each action is authorised, stored as one conditional write and audited after it is stored, and
 * answers with a {@link NoticeOutcome}. A draft's notice number is reserved under the draft's id,
 * so confirming it twice (at once, or after a crash) finds the same notice instead of issuing
 * another. What the caller checked before (the chat's preview, the console's form) and what it does
 * after (the chat's receipt) stay with the caller.
 *
 * <p>A notice can be scheduled: stored SCHEDULED with nothing posted until its time, when a release
 * round (or {@link #release}) issues it. Until then an update replaces its one revision (and may
 * move its time, or send it at once) and a cancellation posts nothing.
 */
public class NoticeDesk {

  /**
   * A new notice from a draft. {@code values} were checked against the template's blanks already;
   * {@code lastsUntil} (may be null) keeps the notice up at least until then. {@code zones} are the
   * ids of the zones it is about, empty (or null) for the whole area; an id the department no
   * longer has is left out. {@code scheduledFor} (may be null: at once) is when it goes out; a time
   * that has passed is not stored ({@link NoticeOutcome.ScheduledInThePast}).
   */
  public record Issue(
      String draftId,
      String templateId,
      Map<String, String> values,
      List<String> targets,
      NoticeMode mode,
      Instant lastsUntil,
      List<String> zones,
      Instant scheduledFor) {

    /** A notice for the whole area, sent at once. */
    public Issue(
        String draftId,
        String templateId,
        Map<String, String> values,
        List<String> targets,
        NoticeMode mode,
        Instant lastsUntil) {
      this(draftId, templateId, values, targets, mode, lastsUntil, List.of(), null);
    }

    /** A notice about {@code zones}, sent at once. */
    public Issue(
        String draftId,
        String templateId,
        Map<String, String> values,
        List<String> targets,
        NoticeMode mode,
        Instant lastsUntil,
        List<String> zones) {
      this(draftId, templateId, values, targets, mode, lastsUntil, zones, null);
    }

    /** A notice for the whole area, going out at {@code scheduledFor} (null: at once). */
    public Issue(
        String draftId,
        String templateId,
        Map<String, String> values,
        List<String> targets,
        NoticeMode mode,
        Instant lastsUntil,
        Instant scheduledFor) {
      this(draftId, templateId, values, targets, mode, lastsUntil, List.of(), scheduledFor);
    }

    public Issue {
      zones = zones == null ? List.of() : List.copyOf(zones);
    }
  }

  /**
   * New values for a notice. {@code basedOn} is the revision the person was looking at, or null
   * when any is fine: if the notice has moved on since, nothing is stored. {@code note} is shown on
   * every post.
   *
   * <p>{@code scheduledFor} is for a notice still waiting for its time: when it goes out after the
   * change, or null to send it at once (pass its own {@code scheduledFor} to keep its time). A
   * posted notice is changed at once and takes null; a time given for one means the change was
   * meant for it before it went out, so nothing is stored ({@link NoticeOutcome.AlreadyWentOut}).
   */
  public record Update(
      String noticeId,
      Integer basedOn,
      Map<String, String> values,
      String note,
      Instant lastsUntil,
      Instant scheduledFor) {}

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

  /**
   * A notice posted at once in free text because no approved template fits (EMERGENCY_ISSUE): the
   * same checks as a template's notice (guardrails, the platforms' limits), then every approver is
   * asked to review it. {@code reason} says why no template fitted; {@code zones} as for {@link
   * Issue}. {@code warningsAcknowledged}: the guardrails' warnings were seen and accepted. It is
   * posted in every language the department speaks, each with its own title; {@code texts} holds
   * the text in a further language where the issuer gave it (by code), else the text is used as
   * typed there.
   */
  public record EmergencyIssue(
      String draftId,
      NoticeCategory category,
      Severity severity,
      String text,
      String reason,
      List<String> targets,
      NoticeMode mode,
      List<String> zones,
      boolean warningsAcknowledged,
      Map<String, String> texts) {

    public EmergencyIssue {
      zones = zones == null ? List.of() : List.copyOf(zones);
      targets = targets == null ? List.of() : List.copyOf(targets);
      mode = mode == null ? NoticeMode.LIVE : mode;
      texts = texts == null ? Map.of() : Map.copyOf(texts);
    }

    /** The text as typed in every language. */
    public EmergencyIssue(
        String draftId,
        NoticeCategory category,
        Severity severity,
        String text,
        String reason,
        List<String> targets,
        NoticeMode mode,
        List<String> zones,
        boolean warningsAcknowledged) {
      this(
          draftId,
          category,
          severity,
          text,
          reason,
          targets,
          mode,
          zones,
          warningsAcknowledged,
          Map.of());
    }
  }

  /**
   * How emergency issues are handled: reviewed within {@code reviewWithin} (and escalated one level
   * up the chain per period after that), and up for {@code lasts} unless ended sooner.
   */
  public record EmergencyTerms(Duration reviewWithin, Duration lasts) {

    public static EmergencyTerms defaults() {
      return new EmergencyTerms(Duration.ofMinutes(30), Duration.ofHours(12));
    }
  }

  private final NoticeDrafts drafts;
  private final Notices notices;
  private final Templates templates;
  private final Authorization authorization;
  private final AuditTrail audit;
  private final Clock clock;
  private final Zones zones;
  private final Guardrails guardrails;
  private final NoticeTexts texts;
  private final PostWording wording;
  private final EmergencyTerms terms;

  public NoticeDesk(
      NoticeDrafts drafts,
      Notices notices,
      Templates templates,
      Authorization authorization,
      AuditTrail audit,
      Clock clock,
      Zones zones,
      Guardrails guardrails,
      NoticeTexts texts,
      PostWording wording,
      EmergencyTerms terms) {
    this.zones = zones;
    this.guardrails = guardrails;
    this.texts = texts;
    this.wording = wording;
    this.terms = terms;
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
   * The emergency notice as {@code request} would post it, for a preview; nothing is stored and the
   * text and reason are not required yet. Throws {@link NoticeTransitionRefused} when it could not
   * be posted (no channel).
   */
  public Notice provisional(Actor actor, EmergencyIssue request) {
    authorization.require(actor, Permission.EMERGENCY_ISSUE);
    return emergencyNotice("N-preview", request, actor, true);
  }

  /**
   * What stops or questions an emergency notice's wording: the guardrails' findings on its title
   * and text (the chat's and console's previews list them; {@link #emergencyIssue} refuses on
   * them).
   */
  public List<GuardrailFinding> findings(Notice notice) {
    NoticeRevision latest = notice.latest();
    return guardrails.checkEveryLanguage(latest.title(), latest.body(), latest);
  }

  /** The languages the department speaks besides its default, as codes ({@code es}). */
  public List<String> furtherLanguages() {
    List<String> spoken = texts.languages();
    return spoken.size() < 2 ? List.of() : spoken.subList(1, spoken.size());
  }

  /**
   * Posts an emergency notice once, however often it is asked: checked like a template's notice
   * (guardrails, the platforms' limits), stored with its review due {@code reviewWithin} from now
   * and its approvers' cards owed, and audited {@code notice.emergency_issued} with who and why. A
   * blank reason or text, refused wording or an unacknowledged warning stores nothing and reserves
   * no number.
   */
  public NoticeOutcome emergencyIssue(Actor actor, EmergencyIssue request) {
    authorization.require(actor, Permission.EMERGENCY_ISSUE);
    Optional<Notice> before = issuedFrom(request.draftId());
    if (before.isPresent()) {
      return new NoticeOutcome.AlreadyIssued(before.get());
    }
    Notice notice;
    try {
      if (blankToNull(request.reason()) == null) {
        throw new NoticeTransitionRefused(
            NoticeTransitionRefused.Reason.REASON_REQUIRED, "an emergency issue says why");
      }
      if (blankToNull(request.text()) == null) {
        throw new NoticeTransitionRefused(
            NoticeTransitionRefused.Reason.TEXT_REQUIRED, "an emergency issue has its text");
      }
      Notice checked = emergencyNotice("N-preview", request, actor, false);
      List<GuardrailFinding> findings = findings(checked);
      if (Guardrails.refuses(findings)) {
        throw new NoticeTransitionRefused(
            NoticeTransitionRefused.Reason.REFUSED_WORDING,
            "the guardrails refuse the wording",
            findings.stream()
                .filter(f -> f.rule().action() == GuardrailRule.Action.REFUSE)
                .map(GuardrailFinding::message)
                .findFirst()
                .orElse(""));
      }
      if (Guardrails.warns(findings) && !request.warningsAcknowledged()) {
        throw new NoticeTransitionRefused(
            NoticeTransitionRefused.Reason.WARNING_NOT_ACKNOWLEDGED,
            "the guardrails' warning was not acknowledged");
      }
      List<NoticeText> posts = new ArrayList<>(List.of(texts.of(checked)));
      for (String language : checked.latest().wordings().keySet()) {
        posts.add(
            texts.of(checked.id(), checked.severity(), checked.mode(), checked.latest(), language));
      }
      for (NoticeText post : posts) {
        for (ChatPlatform platform : List.of(ChatPlatform.TELEGRAM, ChatPlatform.DISCORD)) {
          for (LimitExceeded over : PostLimits.check(platform, post)) {
            throw new NoticeTransitionRefused(
                NoticeTransitionRefused.Reason.TOO_LONG,
                "over " + platform + "'s limit",
                platform.name(),
                over.length(),
                over.limit());
          }
        }
      }
      notice = emergencyNotice(drafts.reserve(request.draftId()), request, actor, false);
    } catch (NoticeTransitionRefused refused) {
      return refused(refused);
    }
    try {
      notices.add(notice);
    } catch (DuplicateKeyException alreadyIssued) {
      return new NoticeOutcome.AlreadyIssued(notices.byId(notice.id()).orElseThrow());
    }
    audit.record(
        actor,
        "notice.emergency_issued",
        "notice:" + notice.id(),
        "reason",
        AuditRecord.fitted(request.reason().strip()),
        "category",
        notice.category().name(),
        "severity",
        notice.severity().name(),
        "mode",
        notice.mode().name(),
        "revision",
        "1",
        "zones",
        notice.zoneIds().isEmpty() ? "whole area" : String.join(" ", notice.zoneIds()),
        "review_by",
        notice.emergency().reviewDueAt().toString());
    return new NoticeOutcome.Stored(notice);
  }

  /**
   * Marks an emergency issue reviewed ("looks right"), for a member who approves templates. The
   * first review counts (one conditional write) and is audited {@code notice.emergency_reviewed}; a
   * later one is answered with who reviewed it.
   */
  public ReviewOutcome review(Actor actor, String noticeId) {
    authorization.require(actor, Permission.APPROVE_TEMPLATE);
    Optional<Notice> read = notices.byId(noticeId);
    if (read.isEmpty()) {
      return new ReviewOutcome.Unknown(noticeId);
    }
    if (!read.get().emergencyIssue()) {
      return new ReviewOutcome.Refused(notAnEmergency(noticeId));
    }
    if (read.get().emergency().reviewed()
        || !notices.emergencyReviewed(noticeId, actor.staffId(), clock.instant(), null)) {
      return new ReviewOutcome.AlreadyReviewed(notices.byId(noticeId).orElseThrow());
    }
    audit.record(actor, "notice.emergency_reviewed", "notice:" + noticeId, "how", "looks_right");
    return new ReviewOutcome.Reviewed(notices.byId(noticeId).orElseThrow());
  }

  /**
   * Turns an emergency issue's wording into a template draft (its title and latest text, category,
   * severity, urgency and channels), sent for approval like any new template: another approver must
   * approve it. It counts as a review when nobody reviewed it before. Audited {@code
   * notice.emergency_templated}; asked again, the same draft is answered.
   */
  public ReviewOutcome makeTemplate(Actor actor, String noticeId) {
    authorization.require(actor, Permission.APPROVE_TEMPLATE);
    authorization.require(actor, Permission.AUTHOR_TEMPLATE);
    Optional<Notice> read = notices.byId(noticeId);
    if (read.isEmpty()) {
      return new ReviewOutcome.Unknown(noticeId);
    }
    Notice notice = read.get();
    if (!notice.emergencyIssue()) {
      return new ReviewOutcome.Refused(notAnEmergency(noticeId));
    }
    String key = "emergency_" + noticeId.replaceAll("[^0-9]", "_").replaceAll("^_+", "");
    Optional<Template> made = templates.versions(key).stream().findFirst();
    if (made.isPresent()) {
      return new ReviewOutcome.TemplateMade(notice, made.get());
    }
    Instant now = clock.instant();
    Template stand = Emergency.wording(notice);
    Template draft =
        Template.draft(
                key,
                notice.category(),
                stand.title(),
                Emergency.literal(notice.latest().body()),
                List.of(),
                notice.severity(),
                notice.urgency(),
                stand.defaultExpiry(),
                notice.targets(),
                actor.staffId(),
                now)
            .submit(actor.staffId(), now);
    try {
      templates.add(draft);
    } catch (DuplicateKeyException madeMeanwhile) {
      return new ReviewOutcome.TemplateMade(
          notice, templates.versions(key).stream().findFirst().orElse(draft));
    }
    boolean firstReview = notices.emergencyReviewed(noticeId, actor.staffId(), now, draft.id());
    if (!firstReview) {
      notices.emergencyTemplated(noticeId, draft.id());
    }
    audit.record(
        actor,
        "notice.emergency_templated",
        "notice:" + noticeId,
        "template",
        draft.id(),
        "reviewed",
        String.valueOf(firstReview));
    return new ReviewOutcome.TemplateMade(notices.byId(noticeId).orElseThrow(), draft);
  }

  /** The review due time of emergency issues confirmed now; for previews. */
  public Instant reviewDueFromNow() {
    return clock.instant().plus(terms.reviewWithin());
  }

  /** How long the approvers have to review an emergency issue, and each level above them after. */
  public Duration reviewWithin() {
    return terms.reviewWithin();
  }

  private static NoticeTransitionRefused notAnEmergency(String noticeId) {
    return new NoticeTransitionRefused(
        NoticeTransitionRefused.Reason.NOT_AN_EMERGENCY,
        "notice " + noticeId + " is not an emergency issue",
        noticeId);
  }

  private Notice emergencyNotice(String id, EmergencyIssue request, Actor actor, boolean preview) {
    Instant now = clock.instant();
    String text = checkedText(request.text() == null ? "" : request.text().strip());
    String titleKey = "notice.emergency.title." + request.category().name();
    String title = wording.word(titleKey);
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, String> ownTexts = new LinkedHashMap<>();
    for (String language : furtherLanguages()) {
      titles.put(language, TimeShown.bundled(Locale.forLanguageTag(language)).word(titleKey));
      String own = request.texts().get(language);
      if (own != null && !own.isBlank()) {
        ownTexts.put(language, checkedText(own.strip()));
      }
    }
    Notice notice =
        Notice.issueEmergency(
            id,
            request.category(),
            request.severity(),
            title,
            text,
            titles,
            ownTexts,
            request.targets(),
            request.mode(),
            actor.staffId(),
            now,
            terms.lasts(),
            Emergency.issued(
                request.reason() == null ? "" : request.reason().strip(),
                now.plus(terms.reviewWithin())));
    Issue asIssue =
        new Issue(
            request.draftId(),
            null,
            Map.of(),
            request.targets(),
            request.mode(),
            null,
            request.zones(),
            null);
    return notice.inZones(zonesOf(asIssue, preview));
  }

  /** An emergency text within {@link Emergency#MAX_TEXT}, else refused as too long. */
  private static String checkedText(String text) {
    if (text.length() > Emergency.MAX_TEXT) {
      throw new NoticeTransitionRefused(
          NoticeTransitionRefused.Reason.TOO_LONG,
          "the text is over " + Emergency.MAX_TEXT,
          "text",
          text.length(),
          Emergency.MAX_TEXT);
    }
    return text;
  }

  /**
   * The notice as {@code request} would issue it, for a preview; nothing is stored. Throws {@link
   * NoticeTransitionRefused} when it could not be issued. A time that passed while the preview was
   * open is shown as "now" (confirming it is then answered {@link
   * NoticeOutcome.ScheduledInThePast}).
   */
  public Notice provisional(Actor actor, Issue request) {
    return draft("N-preview", stored(request.templateId()), request, actor, true);
  }

  /**
   * The notice as {@code request} would leave it, for a preview; nothing is stored. Throws {@link
   * NoticeTransitionRefused} when it could not be updated.
   */
  public Notice provisional(Actor actor, Update request) {
    Notice before = notices.byId(request.noticeId()).orElseThrow();
    return before.scheduled()
        ? rescheduled(before, request, actor, true)
        : updated(before, request, actor);
  }

  /** Issues the draft once, however often it is asked. */
  public NoticeOutcome issue(Actor actor, Issue request) {
    authorization.require(actor, Permission.ISSUE_NOTICE);
    Optional<Notice> before = issuedFrom(request.draftId());
    if (before.isPresent()) {
      return new NoticeOutcome.AlreadyIssued(before.get());
    }
    if (passed(request.scheduledFor())) { // checked before a number is reserved for it
      return new NoticeOutcome.ScheduledInThePast(request.scheduledFor());
    }
    Notice notice;
    try {
      Template template = stored(request.templateId());
      notice = draft(drafts.reserve(request.draftId()), template, request, actor, false);
    } catch (NoticeTransitionRefused refused) {
      return refused(refused);
    }
    try {
      notices.add(notice);
    } catch (DuplicateKeyException alreadyIssued) {
      return new NoticeOutcome.AlreadyIssued(notices.byId(notice.id()).orElseThrow());
    }
    String where = notice.zoneIds().isEmpty() ? "whole area" : String.join(" ", notice.zoneIds());
    if (notice.scheduled()) {
      audit.record(
          actor,
          "notice.scheduled",
          "notice:" + notice.id(),
          "mode",
          notice.mode().name(),
          "at",
          notice.scheduledFor().toString(),
          "zones",
          where);
    } else {
      audit.record(
          actor,
          "notice.issued",
          "notice:" + notice.id(),
          "mode",
          notice.mode().name(),
          "revision",
          "1",
          "zones",
          where);
    }
    return new NoticeOutcome.Stored(notice);
  }

  /**
   * Issues one occurrence of a test message ({@code day}, in the department's zone), as the system:
   * a notice in {@link NoticeMode#TEST} from the approved version of its template, to its channels.
   * The occurrence's notice number is reserved under {@link TestMessage#occurrenceKey}, so however
   * many rounds, restarts or bots issue the same occurrence, it is stored and audited once (the
   * others are answered {@link NoticeOutcome.AlreadyIssued}). A template that is not approved, or
   * that has a blank to fill in, is refused and nothing is stored.
   */
  public NoticeOutcome issueTest(TestMessage message, java.time.LocalDate day) {
    String key = message.occurrenceKey(day);
    Optional<Notice> before = issuedFrom(key);
    if (before.isPresent()) {
      return new NoticeOutcome.AlreadyIssued(before.get());
    }
    Optional<Template> template = templates.usable(message.templateKey());
    if (template.isEmpty()) {
      return new NoticeOutcome.Refused(
          new NoticeTransitionRefused(
              NoticeTransitionRefused.Reason.TEMPLATE_NOT_USABLE,
              "template " + message.templateKey() + " is not approved for use",
              message.templateKey()));
    }
    if (template.get().variables().stream().anyMatch(v -> v.required())) {
      return new NoticeOutcome.Refused(
          new NoticeTransitionRefused(
              NoticeTransitionRefused.Reason.TEMPLATE_NOT_USABLE,
              "template "
                  + message.templateKey()
                  + " has blanks to fill in; a test message"
                  + " needs one without",
              message.templateKey()));
    }
    Notice notice;
    try {
      notice =
          Notice.issue(
              drafts.reserve(key),
              template.get(),
              Map.of(),
              message.channels(),
              NoticeMode.TEST,
              AuditRecord.SYSTEM,
              clock.instant());
    } catch (NoticeTransitionRefused refused) {
      return refused(refused);
    }
    try {
      notices.add(notice);
    } catch (DuplicateKeyException alreadyIssued) {
      return new NoticeOutcome.AlreadyIssued(notices.byId(notice.id()).orElseThrow());
    }
    audit.system(
        "notice.issued",
        "notice:" + notice.id(),
        "mode",
        NoticeMode.TEST.name(),
        "revision",
        "1",
        "zones",
        "whole area",
        "test_message",
        message.id(),
        "occurrence",
        day.toString());
    return new NoticeOutcome.Stored(notice);
  }

  /**
   * Stores new values. A notice still waiting for its time has its one revision replaced (and its
   * time moved, or it goes out at once); see {@link Update} for {@code scheduledFor}.
   */
  public NoticeOutcome update(Actor actor, Update request) {
    Optional<Notice> read = notices.byId(request.noticeId());
    requireMayChange(actor, read);
    if (read.isPresent() && read.get().scheduled()) {
      return reschedule(actor, read.get(), request);
    }
    if (read.isPresent() && read.get().status().active() && request.scheduledFor() != null) {
      return new NoticeOutcome.AlreadyWentOut(read.get());
    }
    return change(
        actor,
        "notice.updated",
        request.noticeId(),
        request.basedOn(),
        null,
        before -> updated(before, request, actor));
  }

  /**
   * A scheduled notice changed before its time: one conditional write replaces its one revision
   * (nothing was posted, so there is nothing to edit); with no time it goes out at once.
   */
  private NoticeOutcome reschedule(Actor actor, Notice before, Update request) {
    if (request.basedOn() != null && before.latest().number() != request.basedOn()) {
      return new NoticeOutcome.ChangedMeanwhile(before.id());
    }
    if (passed(request.scheduledFor())) {
      return new NoticeOutcome.ScheduledInThePast(request.scheduledFor());
    }
    Notice after;
    try {
      after = rescheduled(before, request, actor, false);
    } catch (NoticeTransitionRefused refused) {
      return refused(refused);
    }
    if (!notices.reschedule(before, after)) {
      Notice now = notices.byId(before.id()).orElseThrow();
      return now.status().active()
          ? new NoticeOutcome.AlreadyWentOut(now) // a release round came first
          : new NoticeOutcome.ChangedMeanwhile(before.id());
    }
    audit.record(
        actor,
        "notice.schedule_changed",
        "notice:" + after.id(),
        "at",
        after.scheduledFor().toString());
    if (request.scheduledFor() == null) { // at once: released now, not at the next round
      release(after.id(), after.scheduledFor());
      return new NoticeOutcome.Stored(notices.byId(after.id()).orElseThrow());
    }
    return new NoticeOutcome.Stored(after);
  }

  /**
   * Issues a scheduled notice whose time has come ({@code now} is at or after it), in one
   * conditional write, audited as the system's: true for the one caller (of however many rounds or
   * processes) that released it, false if another did, or it was cancelled or moved meanwhile. Its
   * deliveries are then planned like any issued notice's.
   */
  public boolean release(String noticeId, Instant now) {
    if (!notices.release(noticeId, now)) {
      return false;
    }
    audit.system("notice.released", "notice:" + noticeId, "revision", "1");
    return true;
  }

  /**
   * Expires a notice whose time has come ({@code now} at or after its expiry), in one conditional
   * write, audited as the system's ({@code notice.expired}): true for the one caller that expired
   * it; false if a change (an update, a cancellation, another round) came first, when the next
   * round looks again.
   */
  public boolean expire(Notice notice, Instant now) {
    Notice after;
    try {
      after = notice.expire(now);
    } catch (NoticeTransitionRefused notDue) {
      return false;
    }
    if (!notices.replace(notice, after)) {
      return false;
    }
    audit.system("notice.expired", "notice:" + notice.id());
    return true;
  }

  /**
   * Ends a notice early. One still waiting for its time is cancelled with nothing posted (its two
   * revisions are stored as planned); if it went out meanwhile, it is cancelled as a posted notice.
   */
  public NoticeOutcome cancel(Actor actor, Cancel request) {
    Optional<Notice> read = notices.byId(request.noticeId());
    requireMayChange(actor, read);
    if (read.isPresent() && read.get().scheduled()) {
      Notice before = read.get();
      Notice after = before.cancel(blankToNull(request.note()), actor.staffId(), clock.instant());
      if (notices.cancelScheduled(before, after)) {
        String subject = "notice:" + after.id();
        String revision = String.valueOf(after.latest().number());
        if (blankToNull(request.reason()) == null) {
          audit.record(
              actor, "notice.cancelled", subject, "revision", revision, "before", "scheduled");
        } else {
          audit.record(
              actor,
              "notice.cancelled",
              subject,
              "revision",
              revision,
              "before",
              "scheduled",
              "reason",
              AuditRecord.fitted(request.reason()));
        }
        return new NoticeOutcome.Stored(after);
      }
      if (notices.byId(before.id()).map(Notice::scheduled).orElse(false)) {
        return new NoticeOutcome.ChangedMeanwhile(before.id()); // its wording or time changed
      }
      // it went out meanwhile: cancelled below as a posted notice
    }
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
      return refused(refused);
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
    reviewedByChange(actor, after, action);
    return new NoticeOutcome.Stored(notices.byId(after.id()).orElse(after));
  }

  /**
   * An approver who updates or cancels an unreviewed emergency issue has reviewed it: the first
   * review is noted and audited as such.
   */
  private void reviewedByChange(Actor actor, Notice after, String action) {
    if (after.emergencyIssue()
        && !after.emergency().reviewed()
        && authorization.permits(actor, Permission.APPROVE_TEMPLATE)
        && notices.emergencyReviewed(after.id(), actor.staffId(), clock.instant(), null)) {
      audit.record(
          actor,
          "notice.emergency_reviewed",
          "notice:" + after.id(),
          "how",
          action.substring(action.indexOf('.') + 1));
    }
  }

  private void requireMayChange(Actor actor, Optional<Notice> read) {
    boolean emergency = read.map(Notice::emergencyIssue).orElse(false);
    if (!authorization.mayChangeNotice(actor, emergency)) {
      throw new NotPermitted(actor, Permission.ISSUE_NOTICE);
    }
  }

  /** The notice a draft makes: sent at once, or scheduled for the time it names. */
  private Notice draft(String id, Template template, Issue request, Actor actor, boolean preview) {
    Instant now = clock.instant();
    Notice notice =
        request.scheduledFor() == null
            ? Notice.issue(
                id,
                template,
                request.values(),
                request.targets(),
                request.mode(),
                actor.staffId(),
                now)
            : Notice.schedule(
                id,
                template,
                request.values(),
                request.targets(),
                request.mode(),
                actor.staffId(),
                now,
                sendAt(request.scheduledFor(), now, preview));
    return notice.lastingUntil(request.lastsUntil()).inZones(zonesOf(request, preview));
  }

  /**
   * The zones a draft names. One the department does not have is refused when the notice is stored:
   * left out, it could turn a notice for one part of the city into one for the whole area. A
   * preview shows the known ones.
   */
  private List<Zone> zonesOf(Issue request, boolean preview) {
    List<Zone> known = zones.byIds(request.zones());
    if (!preview) {
      for (String id : request.zones()) {
        if (known.stream().noneMatch(z -> z.id().equals(id))) {
          throw new NoticeTransitionRefused(
              NoticeTransitionRefused.Reason.UNKNOWN_ZONE, "no zone " + id, id);
        }
      }
    }
    return known;
  }

  /**
   * A scheduled notice as {@code request} changes it: new values, and a new time (or "now", which
   * is released at once). Its channels and mode stay as scheduled.
   */
  private Notice rescheduled(Notice before, Update request, Actor actor, boolean preview) {
    Instant now = clock.instant();
    Instant sendAt =
        request.scheduledFor() == null
            ? now.plusMillis(1)
            : sendAt(request.scheduledFor(), now, preview);
    return Notice.schedule(
            before.id(),
            templateOf(before),
            request.values(),
            before.targets(),
            before.mode(),
            actor.staffId(),
            now,
            sendAt)
        .lastingUntil(request.lastsUntil())
        .inZones(before.zones());
  }

  /**
   * The time a notice goes out at. A preview shows a time that passed while it was open as "now"
   * (confirming it is then refused with the reason); one to store keeps it, so it is refused.
   */
  private static Instant sendAt(Instant wanted, Instant now, boolean preview) {
    return preview && !wanted.isAfter(now) ? now.plusMillis(1) : wanted;
  }

  private boolean passed(Instant scheduledFor) {
    return scheduledFor != null && !scheduledFor.isAfter(clock.instant());
  }

  private static NoticeOutcome refused(NoticeTransitionRefused refused) {
    if (refused.reason() == NoticeTransitionRefused.Reason.SCHEDULED_IN_THE_PAST) {
      return new NoticeOutcome.ScheduledInThePast((Instant) refused.arguments()[0]);
    }
    return new NoticeOutcome.Refused(refused);
  }

  private Notice updated(Notice before, Update request, Actor actor) {
    return before
        .update(
            templateOf(before),
            request.values(),
            blankToNull(request.note()),
            actor.staffId(),
            clock.instant())
        .lastingUntil(request.lastsUntil());
  }

  /**
   * The wording a notice is rendered and updated with: its template version, or for an emergency
   * issue the stand-in made from its own title and text ({@link Emergency}), never stored.
   */
  public Template templateOf(Notice notice) {
    return notice.emergencyIssue() ? Emergency.wording(notice) : stored(notice.templateId());
  }

  /**
   * The template with this id; {@code emergency:<notice id>} is an emergency issue's stand-in (see
   * {@link #templateOf}). Empty when there is none.
   */
  public Optional<Template> template(String templateId) {
    if (templateId != null && templateId.startsWith(Emergency.WORDING_KEY + ":")) {
      return notices
          .byId(templateId.substring(Emergency.WORDING_KEY.length() + 1))
          .filter(Notice::emergencyIssue)
          .map(Emergency::wording);
    }
    return templateId == null ? Optional.empty() : templates.byId(templateId);
  }

  private Template stored(String templateId) {
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
