package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.bson.Document;
import org.deptbot.core.files.FileCleaner;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.deptbot.core.testing.TestPictures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class EvidenceStoreIT {

  private final ReporterSeal seal = ReporterSeal.ephemeral();
  private final MutableClock clock = new MutableClock(ReportFixtures.T0);
  private MongoTemplate mongo;
  private EvidenceStore store;

  @BeforeEach
  void setUp() {
    mongo = TestMongo.newDatabase();
    store = new EvidenceStore(mongo, clock, seal, new FileCleaner(), 100, 250, 3);
  }

  private EvidenceStore roomy() {
    return new EvidenceStore(mongo, clock, seal, new FileCleaner(), 1 << 20, 1 << 21, 3);
  }

  @Test
  void aPhotoIsHandedOutRedrawnWithoutWhatIdentifiesItsSender() {
    byte[] photo = TestPictures.jpegWithGps(40, 30);
    EvidenceStore roomy = roomy();

    roomy.add("intake-2", "IMG_2041 quinn.jpg", "image/jpeg", photo);

    Evidence kept = roomy.of("intake-2").get(0);
    byte[] served = roomy.bytes(kept);
    assertThat(TestPictures.identifiesTheSender(photo)).isTrue();
    assertThat(TestPictures.identifiesTheSender(served)).isFalse();
    assertThat(kept.sha256()).isEqualTo(EvidenceStore.sha256(photo));
    assertThat(kept.cleanSha256()).isEqualTo(EvidenceStore.sha256(served));
    assertThat(kept.mediaType()).isEqualTo("image/png");
    assertThat(kept.name("R-2026-000042")).isEqualTo("R-2026-000042-file-1.png");
  }

  @Test
  void theOriginalAndItsNameAreKeptOnlySealedAndOpenWithTheKey() {
    byte[] photo = TestPictures.jpegWithGps(16, 16);
    EvidenceStore roomy = roomy();
    roomy.add("intake-3", "IMG_2041 quinn.jpg", "image/jpeg", photo);

    OriginalFile original = roomy.original(roomy.of("intake-3").get(0));

    assertThat(original.bytes()).isEqualTo(photo);
    assertThat(original.fileName()).isEqualTo("IMG_2041 quinn.jpg");
    assertThat(original.mediaType()).isEqualTo("image/jpeg");
    for (String collection : mongo.getCollectionNames()) {
      for (Document stored : mongo.getCollection(collection).find()) {
        assertThat(stored.toJson()).as(collection).doesNotContain("quinn", "IMG_2041");
      }
    }
    assertThat(new String(allChunks(), StandardCharsets.ISO_8859_1))
        .doesNotContain(TestPictures.OWNER, "Exif");
  }

  @Test
  void aPdfIsWithheldUntilRevealedNeverHandedOutAsSent() {
    byte[] pdf = "%PDF-1.7 /Author (Quinn Private)".getBytes(StandardCharsets.UTF_8);
    EvidenceStore roomy = roomy();

    roomy.add("intake-4", "complaint by quinn.pdf", "application/pdf", pdf);

    Evidence kept = roomy.of("intake-4").get(0);
    assertThat(kept.withheld()).isTrue();
    assertThat(kept.mediaType()).isEqualTo("application/pdf");
    assertThatThrownBy(() -> roomy.bytes(kept)).hasMessageContaining("withheld until revealed");
    assertThat(roomy.original(kept).bytes()).isEqualTo(pdf);
  }

  @Test
  void aPictureDeclaringThirtyThousandPixelsSquareIsRefusedBeforeDecoding() {
    EvidenceStore.Added added =
        roomy().add("intake-5", "x.png", "image/png", TestPictures.pngDeclaring(30_000, 30_000));

    assertThat(added.refusal()).isEqualTo(EvidenceStore.Refusal.TOO_MANY_PIXELS);
    assertThat(store.of("intake-5")).isEmpty();
  }

  @Test
  void removingAFileRemovesItsSealedOriginalToo() {
    EvidenceStore roomy = roomy();
    Evidence kept = roomy.add("intake-6", "a.png", "image/png", TestPictures.png(4, 4)).evidence();

    assertThat(roomy.remove(kept.fileId())).isTrue();

    assertThat(roomy.of("intake-6")).isEmpty();
    assertThat(mongo.getCollection("evidence_sealed.files").countDocuments()).isZero();
    assertThat(roomy.remove(kept.fileId())).isFalse();
  }

  @Test
  void findsIntakesWithFilesOlderThanACutoffAndRemovesThemWhole() {
    store.add("old", "a.png", "image/png", new byte[] {1});
    clock.advance(Duration.ofHours(2));
    store.add("new", "b.png", "image/png", new byte[] {2});

    assertThat(store.intakesWithFilesBefore(ReportFixtures.T0.plusSeconds(3600)))
        .containsExactly("old");
    assertThat(store.removeIntake("old")).isEqualTo(1);

    assertThat(store.of("old")).isEmpty();
    assertThat(store.of("new")).hasSize(1);
    assertThat(mongo.getCollection("evidence_sealed.files").countDocuments()).isEqualTo(1);
  }

  @Test
  void refusesOtherTypesFilesTooBigTooManyAndTooMuchInTotalButKeepsADuplicateOnce() {
    assertThat(store.add("i", "x.exe", "application/x-msdownload", new byte[1]).refusal())
        .isEqualTo(EvidenceStore.Refusal.TYPE);
    assertThat(store.add("i", "big.png", "image/png", new byte[101]).refusal())
        .isEqualTo(EvidenceStore.Refusal.FILE_TOO_BIG);

    store.add("i", "a.png", "image/png", new byte[] {1});
    store.add("i", "a-again.png", "image/png", new byte[] {1});
    store.add("i", "b.png", "image/png", new byte[100]);
    assertThat(store.add("i", "c.png", "image/png", new byte[] {3, 3}).refusal()).isNull();
    assertThat(store.of("i")).hasSize(3);
    assertThat(store.add("i", "d.png", "image/png", new byte[] {4}).refusal())
        .isEqualTo(EvidenceStore.Refusal.TOO_MANY);
    assertThat(store.of("i")).extracting(Evidence::number).containsExactly(1, 2, 3);
  }

  @Test
  void theTotalPerReportIsCapped() {
    store.add("j", "a.png", "image/png", new byte[100]);
    store.add("j", "b.png", "image/png", new byte[99]);

    assertThat(store.add("j", "c.png", "image/png", new byte[60]).refusal())
        .isEqualTo(EvidenceStore.Refusal.TOTAL_TOO_BIG);
  }

  private byte[] allChunks() {
    var out = new java.io.ByteArrayOutputStream();
    for (String bucket : new String[] {"evidence.chunks", "evidence_sealed.chunks"}) {
      for (Document chunk : mongo.getCollection(bucket).find()) {
        out.writeBytes(chunk.get("data", org.bson.types.Binary.class).getData());
      }
    }
    return out.toByteArray();
  }
}
