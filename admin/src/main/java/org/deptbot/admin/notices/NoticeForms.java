package org.deptbot.admin.notices;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deptbot.admin.console.BadInput;
import org.deptbot.admin.console.NotFound;
import org.deptbot.core.access.Actor;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticeOutcome;
import org.deptbot.core.notices.NoticeRevision;
import org.deptbot.core.templates.BlankValues;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.zones.Zone;
import org.deptbot.core.zones.Zones;
import org.springframework.stereotype.Component;

/**
 * The console's side of issuing and changing a notice: the form's checks (blanks, guardrails,
 * channels, a draft id) before the core's {@link NoticeDesk} stores it, and the desk's outcome as
 * the console answers it: the notice, or a refusal its pages and API word (404 for an unknown
 * notice). The stored revision is left unplanned, so the bot's delivery planner picks it up.
 */
@Component
class NoticeForms {

  /** What the issuer asked for; {@code zones} (ids) empty means the whole area. */
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

  private final NoticeDesk desk;
  private final Templates templates;
  private final NoticeChecks checks;
  private final Clock clock;
  private final Zones zones;

  NoticeForms(NoticeDesk desk, Templates templates, NoticeChecks checks, Clock clock, Zones zones) {
    this.desk = desk;
    this.templates = templates;
    this.checks = checks;
    this.clock = clock;
    this.zones = zones;
  }

  Notice byId(String id) {
    return desk.byId(id).orElseThrow(() -> new NotFound("Notice " + id));
  }

  /** The emergency issue {@code id}, for its review; any other notice is not found here. */
  Notice emergencyIssue(String id) {
    Notice notice = byId(id);
    if (!notice.emergencyIssue()) {
      throw new NotFound("Emergency issue " + id);
    }
    return notice;
  }

  /** The approved version of {@code key} now in use. */
  Template usable(String key) {
    return templates.usable(key).orElseThrow(() -> new NotFound("Template " + key));
  }

  Template templateOf(Notice notice) {
    return desk.templateOf(notice);
  }

  /**
   * The zones asked for, each one the department has (the form offers only those; the API may be
   * sent any id); throws {@link BadInput} otherwise.
   */
  List<String> zonesOf(Issue issue) {
    List<String> known = zones.all().stream().map(Zone::id).toList();
    if (!known.containsAll(issue.zones())) {
      throw new BadInput("notices.unknown-zone");
    }
    return issue.zones().stream().distinct().toList();
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
    if (issue.draftId() == null || !issue.draftId().matches("[A-Za-z0-9-]{8,64}")) {
      throw new IllegalArgumentException("A draft id (8 to 64 letters, digits or -) is needed.");
    }
    var issued = desk.issuedFrom(actor, issue.draftId());
    if (issued.isPresent()) {
      return issued.get(); // already issued: the same notice, even if the form would fail now
    }
    List<String> picked = zonesOf(issue);
    NoticeCheck check = preview(template, issue);
    if (check.blocked() || (check.warns() && !issue.warningsChecked())) {
      throw new NoticeBlocked(check);
    }
    return answer(
        desk.issue(
            actor,
            new NoticeDesk.Issue(
                issue.draftId(),
                template.id(),
                check.values(),
                checks.allowed(template, issue.targets()),
                issue.mode(),
                check.lastsUntil(),
                picked,
                null)));
  }

  NoticeCheck previewUpdate(Notice notice, Map<String, String> values, String note) {
    return checks.check(
        templateOf(notice),
        updated(notice.latest().values(), values),
        notice.targets(),
        notice.mode(),
        NoticeRevision.Kind.UPDATE,
        note,
        notice.id(),
        notice.expiresAt());
  }

  /**
   * The values an update is checked with: the notice's, with those {@code given} in their place. A
   * blank whose answer changes loses its own answer in a further language ({@code street@es})
   * unless that was changed too: kept, it would tell that language's readers the old answer.
   */
  static Map<String, String> updated(Map<String, String> before, Map<String, String> given) {
    Map<String, String> merged = new LinkedHashMap<>(before);
    merged.putAll(given);
    merged
        .keySet()
        .removeIf(
            key -> {
              String blank = BlankValues.blankOf(key);
              return BlankValues.inOneLanguage(key)
                  && changed(blank, before, given)
                  && !changed(key, before, given);
            });
    return merged;
  }

  private static boolean changed(
      String key, Map<String, String> before, Map<String, String> given) {
    String now = given.get(key);
    return now != null && !now.strip().equals(String.valueOf(before.get(key)).strip());
  }

  /**
   * Stores an update. {@code basedOn} is the revision the person was looking at: if the notice has
   * moved on since (someone else's update, or this same form sent twice), nothing is stored. A
   * notice scheduled in the chat keeps its time; if it went out meanwhile, nothing is stored.
   */
  Notice update(
      Actor actor,
      String id,
      Integer basedOn,
      Map<String, String> values,
      String note,
      boolean warningsChecked) {
    Notice before = byId(id);
    if (basedOn != null && before.latest().number() != basedOn) {
      return answer(new NoticeOutcome.ChangedMeanwhile(id)); // before checking a stale form
    }
    NoticeCheck check = previewUpdate(before, values, note);
    if (check.blocked() || (check.warns() && !warningsChecked)) {
      throw new NoticeBlocked(check);
    }
    return answer(
        desk.update(
            actor,
            new NoticeDesk.Update(
                id,
                basedOn == null ? before.latest().number() : basedOn,
                check.values(),
                note,
                check.lastsUntil(),
                before.scheduled() ? before.scheduledFor() : null))); // keeps a scheduled time
  }

  /**
   * Cancels the notice; {@code note} is shown on every post, {@code reason} (why, for the record)
   * goes into the audit entry only. The pages and the API both require the reason (see {@link
   * org.deptbot.admin.console.Confirmation}).
   */
  Notice cancel(Actor actor, String id, String note, String reason) {
    return answer(desk.cancel(actor, new NoticeDesk.Cancel(id, note, reason)));
  }

  /**
   * Closes a missing or endangered person's notice: every post is replaced by {@code title} and
   * {@code body}, without the photo or any detail, and the earlier revisions leave the public feed.
   */
  Notice found(Actor actor, String id, String title, String body, String reason) {
    return answer(desk.found(actor, new NoticeDesk.Found(id, title, body, reason)));
  }

  /** The notice stored (or issued before); a refusal as the console's pages and API word it. */
  private static Notice answer(NoticeOutcome outcome) {
    if (outcome instanceof NoticeOutcome.Stored stored) {
      return stored.notice();
    }
    if (outcome instanceof NoticeOutcome.AlreadyIssued issued) {
      return issued.notice();
    }
    if (outcome instanceof NoticeOutcome.ChangedMeanwhile changed) {
      throw changed.refusal();
    }
    if (outcome instanceof NoticeOutcome.Refused refused) {
      throw refused.refusal();
    }
    if (outcome instanceof NoticeOutcome.ScheduledInThePast passed) {
      throw passed.refusal();
    }
    if (outcome instanceof NoticeOutcome.AlreadyWentOut wentOut) {
      // a scheduled notice released before the change was stored: it is not the one the form showed
      throw new NoticeOutcome.ChangedMeanwhile(wentOut.notice().id()).refusal();
    }
    throw new NotFound("Notice " + ((NoticeOutcome.Unknown) outcome).noticeId());
  }
}
