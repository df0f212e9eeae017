package org.deptbot.core.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deptbot.core.testing.StaffFixtures.member;

import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.NotPermitted;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.files.FileCleaner;
import org.deptbot.core.reports.OriginalFile;
import org.deptbot.core.staff.Role;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.deptbot.core.testing.TestPictures;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class TipPhotoOriginalsIT {

  private final MongoTemplate mongo = TestMongo.newDatabase();
  private final MutableClock clock = new MutableClock(TipFixtures.T0);
  private final TipPhotos photos = new TipPhotos(mongo, TipFixtures.SEAL, new FileCleaner(), clock);
  private final AuditLog log = new AuditLog(mongo, clock);
  private final TipPhotoOriginals originals =
      new TipPhotoOriginals(photos, new Authorization(), new AuditTrail(log));

  @Test
  void onlyACustodianWithAStatedReasonOpensTheOriginalAndItIsAudited() {
    byte[] sent = TestPictures.jpegWithGps(20, 10);
    String photoId = photos.store("image/jpeg", "van by quinn.jpg", sent);
    Tip tip =
        Tip.submitted(
            "T-2026-000001",
            "tip-intake",
            null,
            "The white van parks behind the laundromat.",
            photoId,
            "tag",
            TipFixtures.SEAL.seal("TELEGRAM:1:1"),
            null,
            TipFixtures.T0);
    Actor dispatcher = Actor.staff(member("s-050", Role.DISPATCHER), null);
    Actor custodian = Actor.staff(member("s-ia", Role.INTERNAL_AFFAIRS), null);

    assertThatThrownBy(() -> originals.reveal(dispatcher, tip, "I would like to see it"))
        .isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> originals.reveal(custodian, tip, "  "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(log.about("tip:T-2026-000001")).isEmpty();

    OriginalFile original = originals.reveal(custodian, tip, "Court order 2026-CR-77, exhibit 4");

    assertThat(original.bytes()).isEqualTo(sent);
    assertThat(original.fileName()).isEqualTo("van by quinn.jpg");
    assertThat(log.about("tip:T-2026-000001"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("tip.original_revealed");
              assertThat(e.actor()).isEqualTo("s-ia");
              assertThat(e.details())
                  .containsEntry("reason", "Court order 2026-CR-77, exhibit 4")
                  .containsEntry("sha256", photoId);
            });
  }
}
