package org.deptbot.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deptbot.core.records.RecordsWorld.console;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.ChainVerifier;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.templates.TemplateStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetentionPurgeIT {

  private RecordsWorld world;

  @BeforeEach
  void setUp() {
    world = new RecordsWorld();
    world.employee("s-031", "Officer Jamie Cole");
    world.employee("s-032", "Officer Pat Lane");
  }

  @Test
  void purgesAClosedNoticeWithItsDeliveriesAndPhotoAndAuditsItWithoutContent() {
    String photo = world.noticePhotos.store("image/png", "p.png", new byte[] {1, 2, 3});
    world.cancelledNotice("N-2026-000001", Map.of("street", "Main St", "photo", photo));
    world.passRetention();

    PurgeSummary summary = world.purge.run();

    assertThat(summary.purged()).containsExactly("notice:N-2026-000001");
    assertThat(summary.deliveries()).isEqualTo(2);
    assertThat(summary.files()).isEqualTo(1);
    assertThat(world.notices.byId("N-2026-000001")).isEmpty();
    assertThat(world.deliveries.ofNotice("N-2026-000001")).isEmpty();
    assertThat(world.noticePhotos.byValue(photo)).isEmpty();
    AuditEntry entry = purgeEntry("notice:N-2026-000001");
    assertThat(entry.actor()).isEqualTo("system");
    assertThat(entry.details())
        .containsEntry("type", "NOTICE")
        .containsEntry("closedAt", RecordsWorld.T0.toString())
        .containsEntry("schedule", "P3Y")
        .containsEntry("deliveries", "2");
    assertThat(entry.details().values()).noneMatch(v -> v.contains("Main St"));
    assertThat(new ChainVerifier(world.mongo).verify().intact()).isTrue();
  }

  @Test
  void keepsOpenRecordsAndThoseNotYetDue() {
    Notice open =
        Notice.issue(
            "N-2026-000002",
            world.roadClosures(),
            Map.of("street", "Elm St"),
            List.of("tg-alerts"),
            org.deptbot.core.notices.NoticeMode.LIVE,
            world.dispatcher.id(),
            world.clock.instant());
    world.notices.add(open);
    world.cancelledNotice("N-2026-000003", Map.of("street", "Oak St"));
    world.clock.advance(Duration.ofDays(2 * 365));

    PurgeSummary summary = world.purge.run();

    assertThat(summary.purged()).isEmpty();
    assertThat(world.notices.byId("N-2026-000002")).isPresent();
    assertThat(world.notices.byId("N-2026-000003")).isPresent();
  }

  @Test
  void purgesACaseWithItsEvidenceAndATipWithItsPhoto() {
    world.evidence.add("intake-R-2026-000001", "shot.png", "image/png", new byte[] {9, 9});
    world.resolvedCase("R-2026-000001", "s-031", "s-032");
    String photo = world.tipPhotos.store("image/png", "t.png", new byte[] {7});
    world.closedTip("T-2026-000001", null, null, photo);
    world.passRetention();

    PurgeSummary summary = world.purge.run();

    assertThat(summary.purged())
        .containsExactlyInAnyOrder("case:R-2026-000001", "tip:T-2026-000001");
    assertThat(world.reports.byId("R-2026-000001")).isEmpty();
    assertThat(world.evidence.of("intake-R-2026-000001")).isEmpty();
    assertThat(world.tipPhotos.byId(photo)).isEmpty();
    assertThat(world.mongo.getCollection("evidence_sealed.files").countDocuments()).isZero();
    assertThat(purgeEntry("case:R-2026-000001").details())
        .containsEntry("schedule", "P5Y")
        .containsEntry("files", "1");
  }

  @Test
  void aCaseHoldKeepsTheCaseOnly() {
    world.resolvedCase("R-2026-000001", "s-031", "s-032");
    world.resolvedCase("R-2026-000002", "s-031", "s-032");
    hold(RecordScope.ofCase("R-2026-000001"));
    world.passRetention();

    PurgeSummary summary = world.purge.run();

    assertThat(summary.held()).containsExactly("case:R-2026-000001");
    assertThat(summary.purged()).containsExactly("case:R-2026-000002");
    assertThat(world.reports.byId("R-2026-000001")).isPresent();
  }

  @Test
  void aNoticeHoldKeepsTheNoticeItsTemplateAndTheTipsAnsweringIt() {
    world.cancelledNotice("N-2026-000001", Map.of("street", "Main St"));
    world.closedTip("T-2026-000001", "N-2026-000001", null, null);
    world.closedTip("T-2026-000002", "N-2026-000099", null, null);
    retireRoadClosures();
    hold(RecordScope.ofNotice("N-2026-000001"));
    world.passRetention();

    PurgeSummary summary = world.purge.run();

    assertThat(summary.held())
        .containsExactlyInAnyOrder("notice:N-2026-000001", "tip:T-2026-000001");
    assertThat(summary.purged()).containsExactly("tip:T-2026-000002");
    assertThat(world.templates.byId("road_closure:v1")).isPresent();
    assertThat(world.deliveries.ofNotice("N-2026-000001")).hasSize(2);
  }

  @Test
  void aStaffHoldKeepsWhatTheyFiledWereSubjectOfHandledOrIssued() {
    world.employee("s-031", "Officer Ana Cruz");
    world.resolvedCase("R-2026-000001", "s-031", null);
    world.resolvedCase("R-2026-000002", null, "s-031");
    world.resolvedCase("R-2026-000003", "s-032", null);
    world.cancelledNotice("N-2026-000001", Map.of("street", "Main St"));
    hold(RecordScope.ofStaff("s-031"));
    hold(RecordScope.ofStaff(world.dispatcher.id()));
    world.passRetention();

    PurgeSummary summary = world.purge.run();

    assertThat(summary.held())
        .containsExactlyInAnyOrder(
            "case:R-2026-000001", "case:R-2026-000002", "notice:N-2026-000001");
    assertThat(summary.purged()).containsExactly("case:R-2026-000003");
  }

  @Test
  void aDateRangeHoldKeepsWhatWasOpenInTheRange() {
    world.resolvedCase("R-2026-000001", "s-031", null);
    world.clock.advance(Duration.ofDays(30));
    world.resolvedCase("R-2026-000002", "s-031", null);
    hold(
        RecordScope.between(
            RecordsWorld.T0.minus(Duration.ofDays(1)), RecordsWorld.T0.plus(Duration.ofDays(1))));
    world.passRetention();

    PurgeSummary summary = world.purge.run();

    assertThat(summary.held()).containsExactly("case:R-2026-000001");
    assertThat(summary.purged()).containsExactly("case:R-2026-000002");
  }

  @Test
  void aLiftedHoldNoLongerKeeps() {
    world.resolvedCase("R-2026-000001", "s-031", null);
    LegalHold hold = hold(RecordScope.ofCase("R-2026-000001"));
    world.holds.lift(console(world.internalAffairs), hold.id(), "matter closed");
    world.passRetention();

    assertThat(world.purge.run().purged()).containsExactly("case:R-2026-000001");
  }

  @Test
  void runningTwiceChangesNothingTheSecondTime() {
    world.cancelledNotice("N-2026-000001", Map.of("street", "Main St"));
    world.resolvedCase("R-2026-000001", "s-031", null);
    world.passRetention();
    world.purge.run();
    long entries = world.auditLog.head().orElseThrow().seq();

    PurgeSummary again = world.purge.run();

    assertThat(again.purged()).isEmpty();
    assertThat(world.auditLog.head().orElseThrow().seq()).isEqualTo(entries);
  }

  @Test
  void aPurgeCutShortIsFinishedByTheNextRunAndAuditedOnce() {
    world.cancelledNotice("N-2026-000001", Map.of("street", "Main St"));
    world.passRetention();
    // GIVEN a run that noted its intent and deleted the notice, then crashed
    world.mongo.save(
        new PurgeIntent(
            "notice:N-2026-000001",
            RecordType.NOTICE,
            "N-2026-000001",
            RecordsWorld.T0,
            "P3Y",
            List.of(),
            world.clock.instant()));
    world.mongo.remove(world.notices.byId("N-2026-000001").orElseThrow());

    PurgeSummary summary = world.purge.run();

    assertThat(summary.finishedEarlier()).isEqualTo(1);
    assertThat(world.deliveries.ofNotice("N-2026-000001")).isEmpty();
    assertThat(world.auditAbout("notice:N-2026-000001"))
        .filteredOn(e -> e.action().equals(RetentionPurge.PURGED))
        .hasSize(1);
    assertThat(world.mongo.findAll(PurgeIntent.class)).isEmpty();
  }

  @Test
  void aPhotoAnotherNoticeStillShowsStays() {
    String photo = world.noticePhotos.store("image/png", "p.png", new byte[] {4, 5});
    world.cancelledNotice("N-2026-000001", Map.of("street", "Main St", "photo", photo));
    world.passRetention();
    world.cancelledNotice("N-2026-000002", Map.of("street", "Main St", "photo", photo));

    world.purge.run();

    assertThat(world.notices.byId("N-2026-000001")).isEmpty();
    assertThat(world.noticePhotos.byValue(photo)).isPresent();
  }

  @Test
  void aRetiredTemplateGoesOnlyOnceNoNoticeFromItIsKept() {
    world.cancelledNotice("N-2026-000001", Map.of("street", "Main St"));
    retireRoadClosures();
    hold(RecordScope.ofNotice("N-2026-000001"));
    world.passRetention();

    assertThat(world.purge.run().purged()).isEmpty();

    world.holds.lift(console(world.admin), world.holds.active().get(0).id(), "released");
    assertThat(world.purge.run().purged())
        .containsExactly("notice:N-2026-000001", "template:road_closure:v1");
  }

  private void retireRoadClosures() {
    var approved = world.templates.byId("road_closure:v1").orElseThrow();
    var retired = approved.retire(world.approver.id(), "replaced", world.clock.instant());
    world.templates.replace(approved, retired);
    assertThat(retired.status()).isEqualTo(TemplateStatus.RETIRED);
  }

  @Test
  void aHoldPlacedWhileThePurgeRunsKeepsItsRecord() {
    world.evidence.add("intake-R-2026-000001", "shot.png", "image/png", new byte[] {9});
    world.resolvedCase("R-2026-000001", "s-031", "s-032");
    world.resolvedCase("R-2026-000002", "s-031", "s-032");
    world.passRetention();
    // counsel places a hold on the second case while the first one's evidence is being removed
    var evidence =
        new org.deptbot.core.reports.EvidenceStore(
            world.mongo,
            world.clock,
            world.seal,
            new org.deptbot.core.files.FileCleaner(),
            10L << 20,
            25L << 20,
            10) {
          @Override
          public boolean remove(String fileId) {
            if (world.holds.active().isEmpty()) {
              hold(RecordScope.ofCase("R-2026-000002"));
            }
            return super.remove(fileId);
          }
        };
    var purge =
        new RetentionPurge(
            world.mongo,
            evidence,
            world.holds,
            RetentionProperties.defaults(),
            world.auditLog,
            world.audit,
            world.clock);

    PurgeSummary summary = purge.run();

    assertThat(summary.purged()).containsExactly("case:R-2026-000001");
    assertThat(summary.held()).containsExactly("case:R-2026-000002");
    assertThat(world.reports.byId("R-2026-000002")).isPresent();
  }

  @Test
  void keepsEachCaseByItsMostSeriousFindingAndAHoldStillWins() {
    world.caseWithFindings("R-2026-000001", "UNFOUNDED", "SUSTAINED");
    world.caseWithFindings("R-2026-000002", "UNFOUNDED");
    world.caseWithFindings("R-2026-000003", "UNFOUNDED");
    world.caseWithFindings("R-2026-000004", "NOT_SUSTAINED");
    hold(RecordScope.ofCase("R-2026-000003"));
    var purge =
        new RetentionPurge(
            world.mongo,
            world.evidence,
            world.holds,
            RetentionProperties.defaults(),
            new FindingRetention(
                Map.of(
                    "sustained",
                    java.time.Period.ofYears(10),
                    "UNFOUNDED",
                    java.time.Period.ofYears(2))),
            org.deptbot.core.reports.Findings.defaults(),
            world.auditLog,
            world.audit,
            world.clock);

    world.clock.advance(Duration.ofDays(3 * 366));
    PurgeSummary afterThree = purge.run();
    assertThat(afterThree.purged()).containsExactly("case:R-2026-000002");
    assertThat(afterThree.held()).containsExactly("case:R-2026-000003");
    assertThat(purgeEntry("case:R-2026-000002").details()).containsEntry("schedule", "P2Y");

    world.clock.advance(Duration.ofDays(3 * 366));
    assertThat(purge.run().purged())
        .as("not sustained is not listed: the reports' five years")
        .containsExactly("case:R-2026-000004");

    world.clock.advance(Duration.ofDays(3 * 366));
    assertThat(purge.run().purged()).as("sustained and unfounded: kept as sustained").isEmpty();

    world.clock.advance(Duration.ofDays(2 * 366));
    PurgeSummary afterEleven = purge.run();
    assertThat(afterEleven.purged()).containsExactly("case:R-2026-000001");
    assertThat(afterEleven.held()).containsExactly("case:R-2026-000003");
    assertThat(world.reports.byId("R-2026-000003")).isPresent();
  }

  private LegalHold hold(RecordScope scope) {
    return world.holds.place(
        console(world.internalAffairs), new HoldRequest(scope, "Smith v. City"));
  }

  private AuditEntry purgeEntry(String subject) {
    return world.auditAbout(subject).stream()
        .filter(e -> e.action().equals(RetentionPurge.PURGED))
        .findFirst()
        .orElseThrow();
  }
}
