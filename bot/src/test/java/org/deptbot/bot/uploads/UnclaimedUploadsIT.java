package org.deptbot.bot.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.files.FileCleaner;
import org.deptbot.core.reports.CaseEvent;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.ReceiptKeys;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.reports.Route;
import org.deptbot.core.reports.SocialPlatform;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.deptbot.core.testing.TestPictures;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.TipPhotos;
import org.deptbot.core.tips.Tips;
import org.junit.jupiter.api.Test;

class UnclaimedUploadsIT {

  private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");
  private static final Duration IDLE = Duration.ofMinutes(30);

  private final MutableClock clock = new MutableClock(T0);
  private final ReporterSeal seal = ReporterSeal.ephemeral();
  private final org.springframework.data.mongodb.core.MongoTemplate mongo = TestMongo.newDatabase();
  private final EvidenceStore evidence =
      new EvidenceStore(mongo, clock, seal, new FileCleaner(), 1 << 20, 1 << 21, 10);
  private final TipPhotos photos = new TipPhotos(mongo, seal, new FileCleaner(), clock);
  private final Reports reports = new Reports(mongo, clock);
  private final Tips tips = new Tips(mongo, clock);
  private final Conversations conversations = new Conversations(mongo, seal, clock, IDLE);
  private final AuditLog log = new AuditLog(mongo, clock);

  {
    reports.createIndexes();
    tips.createIndexes();
    conversations.createIndexes();
  }

  private final UnclaimedUploads sweep =
      new UnclaimedUploads(
          evidence, photos, reports, tips, conversations, new AuditTrail(log), clock, IDLE);

  @Test
  void filesAndPhotosOfIntakesNeverSentArePurgedAfterTheIdleLimitAndNothingElse() {
    evidence.add("abandoned", "quinn.jpg", "image/jpeg", TestPictures.jpegWithGps(8, 8));
    evidence.add("submitted", "a.png", "image/png", TestPictures.png(4, 4));
    reports.submit(report("R-2026-000001", "submitted"));
    evidence.add("still-typing", "b.png", "image/png", TestPictures.png(5, 5));
    String lostPhoto = photos.store("image/png", "lost.png", TestPictures.png(6, 6));
    String sentPhoto = photos.store("image/png", "sent.png", TestPictures.png(7, 7));
    tips.submit(tip(sentPhoto));
    clock.advance(IDLE.plusMinutes(5));
    conversations.begin(
        new ChatIdentity(ChatPlatform.TELEGRAM, "42"),
        "report",
        "evidence",
        intake("still-typing"));
    evidence.add("fresh", "c.png", "image/png", TestPictures.png(3, 3));

    UnclaimedUploads.Swept swept = sweep.sweep();

    assertThat(swept).isEqualTo(new UnclaimedUploads.Swept(1, 1));
    assertThat(evidence.of("abandoned")).isEmpty();
    assertThat(evidence.of("submitted")).hasSize(1);
    assertThat(evidence.of("still-typing")).hasSize(1);
    assertThat(evidence.of("fresh")).hasSize(1);
    assertThat(photos.byId(lostPhoto)).isEmpty();
    assertThat(photos.byId(sentPhoto)).isPresent();
    assertThat(mongo.getCollection("evidence_sealed.files").countDocuments()).isEqualTo(3);
    assertThat(log.about("uploads:unclaimed"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("uploads.unclaimed_purged");
              assertThat(e.details()).containsEntry("files", "1").containsEntry("photos", "1");
            });
    assertThat(sweep.sweep()).isEqualTo(new UnclaimedUploads.Swept(0, 0));
  }

  private static Map<String, String> intake(String key) {
    return Map.of("intake", key);
  }

  private static Tip tip(String photoId) {
    return Tip.submitted(
        "T-2026-000001",
        "tip-intake",
        null,
        "The van from the notice parks behind the laundromat.",
        photoId,
        ReceiptKeys.hash(ReceiptKeys.newKey()),
        ReporterSeal.ephemeral().seal("TELEGRAM:1:1"),
        null,
        T0);
  }

  private static Report report(String id, String intakeKey) {
    Route route = new Route("s-1", Route.Reason.REPORTER_SUPERVISOR, List.of("s-1"));
    return new Report(
        id,
        intakeKey,
        Confidentiality.CONFIDENTIAL,
        "officer",
        null,
        "telegram:700000031",
        List.of("https://social.example/p/1"),
        SocialPlatform.FACEBOOK,
        PolicyClause.DEPARTMENT_IDENTIFIERS,
        null,
        "an account",
        "Posted a photo in uniform.",
        route,
        CaseStatus.NEW,
        null,
        List.of(new CaseEvent(T0, CaseEvent.Kind.SUBMITTED, "reporter", "s-1", "", false)),
        1,
        true,
        false,
        T0);
  }
}
