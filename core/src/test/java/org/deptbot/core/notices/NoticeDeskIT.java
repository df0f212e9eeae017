package org.deptbot.core.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.NotPermitted;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.department.Departments;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.TimeShown;
import org.deptbot.core.templates.Urgency;
import org.deptbot.core.templates.VariableType;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.deptbot.core.zones.GeoPoint;
import org.deptbot.core.zones.Zone;
import org.deptbot.core.zones.ZoneCircle;
import org.deptbot.core.zones.Zones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The one notice use case the chat and the console share, on a real (embedded) database. */
class NoticeDeskIT {

  private static final Instant T0 = NoticeFixtures.T0;

  private final MutableClock clock = new MutableClock(T0);
  private final Actor dispatcher = staff("s-050", Role.DISPATCHER);
  private final Actor otherDispatcher = staff("s-051", Role.DISPATCHER);
  private Templates templates;
  private InterleavedNotices notices;
  private AuditLog auditLog;
  private NoticeDesk desk;
  private Zones zones;
  private Template roadClosure;

  @BeforeEach
  void setUp() {
    MongoTemplate mongo = TestMongo.newDatabase();
    templates = new Templates(mongo);
    notices = new InterleavedNotices(mongo, clock);
    auditLog = new AuditLog(mongo, clock);
    auditLog.createIndexes();
    desk =
        new NoticeDesk(
            new NoticeDrafts(mongo, notices, clock),
            notices,
            templates,
            new Authorization(),
            new AuditTrail(auditLog),
            clock,
            zones = new Zones(mongo),
            Guardrails.defaults(),
            new NoticeTexts(
                new Departments(mongo),
                TimeShown.bundled(),
                new TimeShown(clock, ZoneId.of("America/Chicago"), TimeShown.bundled())),
            TimeShown.bundled(),
            NoticeDesk.EmergencyTerms.defaults());
    roadClosure = templates.add(NoticeFixtures.approvedRoadClosure());
  }

  @Test
  void aDraftConfirmedTwiceIsIssuedOnceAndAuditedOnce() {
    NoticeOutcome first = desk.issue(dispatcher, roadIssue("draft-0001"));
    NoticeOutcome second = desk.issue(otherDispatcher, roadIssue("draft-0001"));

    Notice issued = ((NoticeOutcome.Stored) first).notice();
    assertThat(second).isEqualTo(new NoticeOutcome.AlreadyIssued(issued));
    assertThat(desk.issuedFrom(dispatcher, "draft-0001")).contains(issued);
    assertThat(notices.active()).extracting(Notice::id).containsExactly(issued.id());
    assertThat(actions(issued.id())).containsExactly("notice.issued");
    assertThat(audited(issued.id()).get(0).details())
        .containsEntry("mode", "LIVE")
        .containsEntry("revision", "1");
    assertThat(audited(issued.id()).get(0).actor()).contains("s-050");
  }

  @Test
  void aNoticeIsAboutTheZonesItsDraftPickedAndTheAuditSaysWhich() {
    zones.save(
        new Zone(
            "riverside",
            "Riverside",
            List.of(),
            new ZoneCircle(new GeoPoint(41.83, -88.03), 1.5),
            List.of()));
    var request =
        new NoticeDesk.Issue(
            "draft-0003",
            roadClosure.id(),
            Map.of("street", "Main St"),
            List.of("tg-alerts"),
            NoticeMode.LIVE,
            null,
            List.of("riverside", "gone"));

    Notice preview = desk.provisional(dispatcher, request);
    assertThat(preview.zoneIds()).containsExactly("riverside");
    // an unknown zone left out would send a notice about one part of the city to everyone
    assertThat(desk.issue(dispatcher, request))
        .isInstanceOfSatisfying(
            NoticeOutcome.Refused.class,
            r ->
                assertThat(r.refusal().reason())
                    .isEqualTo(NoticeTransitionRefused.Reason.UNKNOWN_ZONE));

    Notice issued =
        ((NoticeOutcome.Stored)
                desk.issue(
                    dispatcher,
                    new NoticeDesk.Issue(
                        "draft-0003",
                        roadClosure.id(),
                        Map.of("street", "Main St"),
                        List.of("tg-alerts"),
                        NoticeMode.LIVE,
                        null,
                        List.of("riverside"))))
            .notice();
    assertThat(issued.zoneIds()).containsExactly("riverside");
    assertThat(notices.byId(issued.id()).orElseThrow().zoneIds()).containsExactly("riverside");
    assertThat(audited(issued.id()).get(0).details()).containsEntry("zones", "riverside");
    Notice whole =
        ((NoticeOutcome.Stored) desk.issue(dispatcher, roadIssue("draft-0004"))).notice();
    assertThat(whole.zoneIds()).isEmpty();
    assertThat(audited(whole.id()).get(0).details()).containsEntry("zones", "whole area");
  }

  @Test
  void aNoticeIsKeptUpUntilTheLatestTimeItsDraftGives() {
    Instant reopens = T0.plus(Duration.ofDays(2));
    var request =
        new NoticeDesk.Issue(
            "draft-0002",
            roadClosure.id(),
            Map.of("street", "Main St"),
            List.of("tg-alerts"),
            NoticeMode.EXERCISE,
            reopens,
            (Instant) null);

    Notice preview = desk.provisional(dispatcher, request);
    Notice issued = ((NoticeOutcome.Stored) desk.issue(dispatcher, request)).notice();

    assertThat(preview.expiresAt()).isEqualTo(reopens);
    assertThat(issued.expiresAt()).isEqualTo(reopens);
    assertThat(issued.mode()).isEqualTo(NoticeMode.EXERCISE);
  }

  @Test
  void anUpdateMadeOnAnOlderRevisionIsNotStored() {
    Notice issued = issue("draft-0003");

    NoticeOutcome mine =
        desk.update(
            dispatcher,
            new NoticeDesk.Update(
                issued.id(), 1, Map.of("street", "Oak Ave"), " moved ", null, null));
    NoticeOutcome sentAgain =
        desk.update(
            otherDispatcher,
            new NoticeDesk.Update(issued.id(), 1, Map.of("street", "Elm St"), "", null, null));

    assertThat(mine).isInstanceOf(NoticeOutcome.Stored.class);
    assertThat(sentAgain).isEqualTo(new NoticeOutcome.ChangedMeanwhile(issued.id()));
    Notice now = notices.byId(issued.id()).orElseThrow();
    assertThat(now.latest().number()).isEqualTo(2);
    assertThat(now.latest().values()).containsEntry("street", "Oak Ave");
    assertThat(now.latest().note()).isEqualTo("moved");
    assertThat(actions(issued.id())).containsExactly("notice.issued", "notice.updated");
  }

  @Test
  void aChangeStoredBetweenReadingAndWritingWinsAndTheOtherIsToldSo() {
    Notice issued = issue("draft-0004");
    // someone else's update lands after the cancellation read the notice, before it is written
    notices.beforeNextReplace =
        () ->
            assertThat(
                    desk.update(
                        otherDispatcher,
                        new NoticeDesk.Update(
                            issued.id(), null, Map.of("street", "Oak Ave"), null, null, null)))
                .isInstanceOf(NoticeOutcome.Stored.class);

    NoticeOutcome cancel =
        desk.cancel(dispatcher, new NoticeDesk.Cancel(issued.id(), "reopened", "all clear"));

    assertThat(cancel).isEqualTo(new NoticeOutcome.ChangedMeanwhile(issued.id()));
    assertThat(((NoticeOutcome.ChangedMeanwhile) cancel).refusal().reason())
        .isEqualTo(NoticeTransitionRefused.Reason.CHANGED_MEANWHILE);
    assertThat(notices.byId(issued.id()).orElseThrow().status()).isEqualTo(NoticeStatus.UPDATED);
    assertThat(actions(issued.id())).containsExactly("notice.issued", "notice.updated");
  }

  @Test
  void aCancellationKeepsItsNoteOnThePostsAndItsReasonInTheAuditEntry() {
    Notice issued = issue("draft-0005");

    NoticeOutcome cancel =
        desk.cancel(dispatcher, new NoticeDesk.Cancel(issued.id(), "Road open again", "cleared"));
    NoticeOutcome again = desk.cancel(dispatcher, new NoticeDesk.Cancel(issued.id(), "", null));

    Notice cancelled = ((NoticeOutcome.Stored) cancel).notice();
    assertThat(cancelled.status()).isEqualTo(NoticeStatus.CANCELLED);
    assertThat(cancelled.latest().note()).isEqualTo("Road open again");
    assertThat(audited(issued.id()).get(1).details())
        .containsEntry("revision", "2")
        .containsEntry("reason", "cleared");
    assertThat(((NoticeOutcome.Refused) again).refusal().reason())
        .isEqualTo(NoticeTransitionRefused.Reason.NOT_ACTIVE);
    assertThat(actions(issued.id())).containsExactly("notice.issued", "notice.cancelled");
  }

  @Test
  void foundReplacesAMissingPersonsNoticeAndIsRefusedForAnyOther() {
    Template missing = templates.add(missingPerson());
    Notice person =
        ((NoticeOutcome.Stored)
                desk.issue(
                    dispatcher,
                    new NoticeDesk.Issue(
                        "draft-0006",
                        missing.id(),
                        Map.of("name", "Sam Doe"),
                        List.of("tg-alerts"),
                        NoticeMode.LIVE,
                        null,
                        (Instant) null)))
            .notice();
    Notice road = issue("draft-0007");

    NoticeOutcome found =
        desk.found(
            dispatcher, new NoticeDesk.Found(person.id(), "Found", "Thank you.", "home safe"));
    NoticeOutcome notAPerson =
        desk.found(dispatcher, new NoticeDesk.Found(road.id(), "Found", "Thank you.", null));

    Notice closed = ((NoticeOutcome.Stored) found).notice();
    assertThat(closed.status()).isEqualTo(NoticeStatus.RESOLVED);
    assertThat(closed.latest().values()).isEmpty();
    assertThat(closed.latest().body()).isEqualTo("Thank you.");
    assertThat(actions(person.id())).containsExactly("notice.issued", "notice.found");
    assertThat(((NoticeOutcome.Refused) notAPerson).refusal().reason())
        .isEqualTo(NoticeTransitionRefused.Reason.NOT_ABOUT_A_PERSON);
    assertThat(notices.byId(road.id()).orElseThrow().status()).isEqualTo(NoticeStatus.ISSUED);
    assertThat(actions(road.id())).containsExactly("notice.issued");
  }

  @Test
  void aNumberNoNoticeHasIsAnsweredAsUnknown() {
    assertThat(desk.cancel(dispatcher, new NoticeDesk.Cancel("N-2026-999999", "", "typo")))
        .isEqualTo(new NoticeOutcome.Unknown("N-2026-999999"));
  }

  @Test
  void aRetiredTemplateVersionGoneFromTheStoreIsRefusedNotThrown() {
    NoticeOutcome outcome =
        desk.issue(
            dispatcher,
            new NoticeDesk.Issue(
                "draft-0008",
                "no-such-template",
                Map.of("street", "Main St"),
                List.of("tg-alerts"),
                NoticeMode.LIVE,
                null,
                (Instant) null));

    assertThat(((NoticeOutcome.Refused) outcome).refusal().reason())
        .isEqualTo(NoticeTransitionRefused.Reason.TEMPLATE_NOT_USABLE);
    assertThat(notices.active()).isEmpty();
  }

  @Test
  void onlyWhoMayIssueNoticesChangesThemAndNothingIsStoredOrAuditedOtherwise() {
    Notice issued = issue("draft-0009");
    Actor employee = staff("s-070", Role.EMPLOYEE);

    assertThatThrownBy(() -> desk.issue(employee, roadIssue("draft-0010")))
        .isInstanceOf(NotPermitted.class);
    assertThatThrownBy(
            () -> desk.cancel(employee, new NoticeDesk.Cancel(issued.id(), "", "mine now")))
        .isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> desk.issuedFrom(employee, "draft-0009"))
        .isInstanceOf(NotPermitted.class);

    assertThat(notices.active()).extracting(Notice::id).containsExactly(issued.id());
    assertThat(notices.byId(issued.id()).orElseThrow().status()).isEqualTo(NoticeStatus.ISSUED);
    assertThat(actions(issued.id())).containsExactly("notice.issued");
  }

  // --- scheduled notices ---------------------------------------------------------------------

  @Test
  void aScheduledDraftIsStoredWaitingOnceAndAuditedAsScheduled() {
    Instant at = T0.plus(Duration.ofHours(3));

    NoticeOutcome first = desk.issue(dispatcher, scheduledIssue("draft-0101", at));
    NoticeOutcome second = desk.issue(dispatcher, scheduledIssue("draft-0101", at));

    Notice waiting = ((NoticeOutcome.Stored) first).notice();
    assertThat(second).isEqualTo(new NoticeOutcome.AlreadyIssued(waiting));
    assertThat(waiting.status()).isEqualTo(NoticeStatus.SCHEDULED);
    assertThat(waiting.scheduledFor()).isEqualTo(at);
    assertThat(notices.scheduled()).extracting(Notice::id).containsExactly(waiting.id());
    assertThat(notices.unplanned()).as("nothing is planned before its time").isEmpty();
    assertThat(actions(waiting.id())).containsExactly("notice.scheduled");
    assertThat(audited(waiting.id()).get(0).details())
        .containsEntry("mode", "LIVE")
        .containsEntry("at", at.toString());
  }

  @Test
  void aTimeThatPassedIsPreviewedAsNowButNotStoredAndReservesNoNumber() {
    Instant at = T0.plus(Duration.ofMinutes(5));
    var request = scheduledIssue("draft-0102", at);
    Notice preview = desk.provisional(dispatcher, request);
    clock.advance(Duration.ofMinutes(10)); // the preview stayed open past the time

    Notice late = desk.provisional(dispatcher, request);
    NoticeOutcome outcome = desk.issue(dispatcher, request);

    assertThat(preview.scheduledFor()).isEqualTo(at);
    assertThat(late.scheduledFor()).isAfter(clock.instant());
    assertThat(outcome).isEqualTo(new NoticeOutcome.ScheduledInThePast(at));
    assertThat(((NoticeOutcome.ScheduledInThePast) outcome).refusal().reason())
        .isEqualTo(NoticeTransitionRefused.Reason.SCHEDULED_IN_THE_PAST);
    assertThat(desk.issuedFrom(dispatcher, "draft-0102")).isEmpty();
    assertThat(notices.scheduled()).isEmpty();

    NoticeOutcome later =
        desk.issue(dispatcher, scheduledIssue("draft-0102", clock.instant().plusSeconds(600)));
    assertThat(later).isInstanceOf(NoticeOutcome.Stored.class);
  }

  @Test
  void aChangeBeforeItsTimeReplacesItsOneRevisionAndCanMoveTheTime() {
    Notice waiting = schedule("draft-0103", T0.plus(Duration.ofHours(3)));
    Instant later = T0.plus(Duration.ofHours(5));

    NoticeOutcome changed =
        desk.update(
            dispatcher,
            new NoticeDesk.Update(
                waiting.id(), 1, Map.of("street", "Oak Ave"), "ignored", null, later));

    Notice now = notices.byId(waiting.id()).orElseThrow();
    assertThat(((NoticeOutcome.Stored) changed).notice().scheduledFor()).isEqualTo(later);
    assertThat(now.status()).isEqualTo(NoticeStatus.SCHEDULED);
    assertThat(now.scheduledFor()).isEqualTo(later);
    assertThat(now.revisions()).hasSize(1);
    assertThat(now.latest().values()).containsEntry("street", "Oak Ave");
    assertThat(notices.unplanned()).isEmpty();
    assertThat(actions(waiting.id()))
        .containsExactly("notice.scheduled", "notice.schedule_changed");
    assertThat(audited(waiting.id()).get(1).details()).containsEntry("at", later.toString());

    assertThat(
            desk.update(
                dispatcher,
                new NoticeDesk.Update(
                    waiting.id(), 1, Map.of("street", "Elm St"), null, null, T0.minusSeconds(1))))
        .isEqualTo(new NoticeOutcome.ScheduledInThePast(T0.minusSeconds(1)));
    assertThat(notices.byId(waiting.id()).orElseThrow().latest().values())
        .containsEntry("street", "Oak Ave");
  }

  @Test
  void aChangeToSendAtOnceReleasesItNow() {
    Notice waiting = schedule("draft-0104", T0.plus(Duration.ofHours(3)));

    NoticeOutcome changed =
        desk.update(
            dispatcher,
            new NoticeDesk.Update(waiting.id(), 1, Map.of("street", "Oak Ave"), null, null, null));

    Notice out = ((NoticeOutcome.Stored) changed).notice();
    assertThat(out.status()).isEqualTo(NoticeStatus.ISSUED);
    assertThat(out.revisions()).hasSize(1);
    assertThat(out.latest().values()).containsEntry("street", "Oak Ave");
    assertThat(notices.unplanned()).extracting(Notice::id).containsExactly(waiting.id());
    assertThat(audited(waiting.id()))
        .extracting(AuditEntry::action)
        .containsExactly("notice.scheduled", "notice.schedule_changed", "notice.released");
  }

  @Test
  void aChangeMeantBeforeItsTimeIsNotStoredOnceItWentOut() {
    Instant at = T0.plus(Duration.ofHours(3));
    Notice waiting = schedule("draft-0105", at);
    clock.advance(Duration.ofHours(3));
    assertThat(desk.release(waiting.id(), clock.instant())).isTrue();
    assertThat(desk.release(waiting.id(), clock.instant())).as("a second round").isFalse();

    NoticeOutcome late =
        desk.update(
            dispatcher,
            new NoticeDesk.Update(
                waiting.id(), 1, Map.of("street", "Oak Ave"), null, null, at.plusSeconds(3600)));

    assertThat(late).isInstanceOf(NoticeOutcome.AlreadyWentOut.class);
    Notice out = notices.byId(waiting.id()).orElseThrow();
    assertThat(((NoticeOutcome.AlreadyWentOut) late).notice()).isEqualTo(out);
    assertThat(out.status()).isEqualTo(NoticeStatus.ISSUED);
    assertThat(out.latest().values()).containsEntry("street", "Main St");
    assertThat(actions(waiting.id())).containsExactly("notice.scheduled", "notice.released");
  }

  @Test
  void aReleaseBetweenReadingAndWritingAChangeWinsAndTheChangeIsToldItWentOut() {
    Instant at = T0.plus(Duration.ofMinutes(30));
    Notice waiting = schedule("draft-0106", at);
    notices.beforeNextReschedule = () -> assertThat(desk.release(waiting.id(), at)).isTrue();

    NoticeOutcome changed =
        desk.update(
            dispatcher,
            new NoticeDesk.Update(
                waiting.id(), 1, Map.of("street", "Oak Ave"), null, null, at.plusSeconds(60)));

    assertThat(changed).isInstanceOf(NoticeOutcome.AlreadyWentOut.class);
    assertThat(notices.byId(waiting.id()).orElseThrow().latest().values())
        .containsEntry("street", "Main St");
    assertThat(actions(waiting.id())).containsExactly("notice.scheduled", "notice.released");
  }

  @Test
  void aCancellationBeforeItsTimePostsNothingAndOneAfterCancelsThePosts() {
    Notice early = schedule("draft-0107", T0.plus(Duration.ofHours(3)));
    Notice late = schedule("draft-0108", T0.plus(Duration.ofHours(1)));
    clock.advance(Duration.ofHours(1));
    desk.release(late.id(), clock.instant());
    notices.unplanned().forEach(n -> notices.planned(n.id(), 1));

    Notice cancelled =
        ((NoticeOutcome.Stored)
                desk.cancel(dispatcher, new NoticeDesk.Cancel(early.id(), "not needed", "typo")))
            .notice();
    Notice posted =
        ((NoticeOutcome.Stored) desk.cancel(dispatcher, new NoticeDesk.Cancel(late.id(), "", null)))
            .notice();

    assertThat(cancelled.status()).isEqualTo(NoticeStatus.CANCELLED);
    assertThat(notices.byId(early.id()).orElseThrow().revisions())
        .as("nothing went out, so nothing is left to plan")
        .allMatch(NoticeRevision::planned);
    assertThat(audited(early.id()).get(1).details())
        .containsEntry("revision", "2")
        .containsEntry("before", "scheduled")
        .containsEntry("reason", "typo");
    assertThat(posted.status()).isEqualTo(NoticeStatus.CANCELLED);
    assertThat(notices.unplanned())
        .as("the posted one's cancellation goes to its posts")
        .extracting(Notice::id)
        .containsExactly(late.id());
    assertThat(audited(late.id()).get(2).details()).doesNotContainKey("before");
    assertThat(desk.release(early.id(), T0.plus(Duration.ofDays(1)))).isFalse();
  }

  @Test
  void aScheduledNoticeCannotBeMarkedFound() {
    Notice waiting = schedule("draft-0109", T0.plus(Duration.ofHours(3)));

    NoticeOutcome found =
        desk.found(dispatcher, new NoticeDesk.Found(waiting.id(), "Found", "Thank you.", null));

    assertThat(((NoticeOutcome.Refused) found).refusal().reason())
        .isEqualTo(NoticeTransitionRefused.Reason.NOT_ACTIVE);
    assertThat(notices.byId(waiting.id()).orElseThrow().status()).isEqualTo(NoticeStatus.SCHEDULED);
  }

  private Notice schedule(String draftId, Instant at) {
    return ((NoticeOutcome.Stored) desk.issue(dispatcher, scheduledIssue(draftId, at))).notice();
  }

  private NoticeDesk.Issue scheduledIssue(String draftId, Instant at) {
    return new NoticeDesk.Issue(
        draftId,
        roadClosure.id(),
        Map.of("street", "Main St"),
        List.of("tg-alerts"),
        NoticeMode.LIVE,
        null,
        at);
  }

  private Notice issue(String draftId) {
    return ((NoticeOutcome.Stored) desk.issue(dispatcher, roadIssue(draftId))).notice();
  }

  private NoticeDesk.Issue roadIssue(String draftId) {
    return new NoticeDesk.Issue(
        draftId,
        roadClosure.id(),
        Map.of("street", "Main St"),
        List.of("tg-alerts"),
        NoticeMode.LIVE,
        null,
        (Instant) null);
  }

  private List<AuditEntry> audited(String noticeId) {
    return auditLog.about("notice:" + noticeId);
  }

  private List<String> actions(String noticeId) {
    return audited(noticeId).stream().map(AuditEntry::action).toList();
  }

  private static Actor staff(String id, Role role) {
    return Actor.staff(new StaffMember(id, "Member " + id, Set.of(role), null, true), null);
  }

  private static Template missingPerson() {
    return Template.draft(
            "missing_person",
            NoticeCategory.MISSING_PERSON,
            "Missing: {{name}}",
            "Have you seen {{name}}?",
            List.of(TemplateVariable.required("name", "Who?", VariableType.TEXT)),
            Severity.SEVERE,
            Urgency.IMMEDIATE,
            Duration.ofHours(48),
            List.of(),
            "s-060",
            T0)
        .submit("s-060", T0)
        .approve("s-010", null, T0);
  }

  /**
   * Notices where a test can slip someone else's write in just before the next replace or
   * reschedule.
   */
  private static final class InterleavedNotices extends Notices {

    Runnable beforeNextReplace;
    Runnable beforeNextReschedule;

    InterleavedNotices(MongoTemplate mongo, MutableClock clock) {
      super(mongo, clock);
    }

    @Override
    public boolean replace(Notice expected, Notice changed) {
      Runnable other = beforeNextReplace;
      beforeNextReplace = null;
      if (other != null) {
        other.run();
      }
      return super.replace(expected, changed);
    }

    @Override
    public boolean reschedule(Notice expected, Notice changed) {
      Runnable other = beforeNextReschedule;
      beforeNextReschedule = null;
      if (other != null) {
        other.run();
      }
      return super.reschedule(expected, changed);
    }
  }
}
