package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.bson.types.Binary;
import org.deptbot.core.files.FileCleaner;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.deptbot.core.testing.TestPictures;
import org.deptbot.core.tips.TipPhotos;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Files kept by a version that did not seal them: the original bytes under the name they were sent
 * with. Sealing them once with the department's key leaves nothing of the sender in the clear.
 */
class LegacyFilesIT {

  private final MongoTemplate mongo = TestMongo.newDatabase();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
  private final ReporterSeal seal = ReporterSeal.ephemeral();
  private final EvidenceStore evidence =
      new EvidenceStore(mongo, clock, seal, new FileCleaner(), 1 << 20, 1 << 21, 10);
  private final TipPhotos photos = new TipPhotos(mongo, seal, new FileCleaner(), clock);

  @Test
  void aLegacyFileIsSealedAndHandedOutOnlyAsACleanedCopyUnderANeutralName() {
    byte[] original = TestPictures.jpegWithGps(16, 12);
    GridFSBuckets.create(mongo.getDb(), "evidence")
        .uploadFromStream(
            "Quinn's phone 2026-11-20.jpg",
            new ByteArrayInputStream(original),
            new GridFSUploadOptions()
                .metadata(
                    new Document("intakeKey", "intake-old")
                        .append("number", 1)
                        .append("mediaType", "image/jpeg")
                        .append("sha256", EvidenceStore.sha256(original))
                        .append("at", Date.from(clock.instant()))));
    assertThat(evidence.of("intake-old").get(0).withheld()).isTrue();

    assertThat(evidence.sealLegacy()).isEqualTo(1);
    assertThat(evidence.sealLegacy()).isZero(); // once only

    Evidence file = evidence.of("intake-old").get(0);
    assertThat(file.withheld()).isFalse();
    assertThat(file.sha256()).isEqualTo(EvidenceStore.sha256(original));
    assertThat(TestPictures.identifiesTheSender(evidence.bytes(file))).isFalse();
    assertThat(evidence.original(file).bytes()).isEqualTo(original);
    assertThat(evidence.original(file).fileName()).isEqualTo("Quinn's phone 2026-11-20.jpg");
    for (String bucket : new String[] {"evidence.files", "evidence_sealed.files"}) {
      assertThat(mongo.findAll(Document.class, bucket))
          .allSatisfy(d -> assertThat(d.toJson()).doesNotContain("Quinn"));
    }
    for (String bucket : new String[] {"evidence.chunks", "evidence_sealed.chunks"}) {
      assertThat(mongo.findAll(Document.class, bucket))
          .allSatisfy(
              d ->
                  assertThat(
                          TestPictures.identifiesTheSender(d.get("data", Binary.class).getData()))
                      .isFalse());
    }
  }

  @Test
  void aLegacyTipPhotoKeepsItsIdAndLosesItsNameAndMetadata() {
    byte[] original = TestPictures.jpegWithGps(16, 12);
    mongo.insert(
        new Document("_id", "photo-old")
            .append("mediaType", "image/jpeg")
            .append("fileName", "Quinn at home.jpg")
            .append("bytes", new Binary(original)),
        "tip_photos");

    assertThat(photos.sealLegacy()).isEqualTo(1);
    assertThat(photos.sealLegacy()).isZero();

    TipPhotos.Photo photo = photos.byId("photo-old").orElseThrow();
    assertThat(photo.withheld()).isFalse();
    assertThat(TestPictures.identifiesTheSender(photo.bytes())).isFalse();
    assertThat(seal.openBytes(photo.sealedOriginal())).isEqualTo(original);
    Document stored = mongo.findById("photo-old", Document.class, "tip_photos");
    assertThat(stored.toJson()).doesNotContain("Quinn");
    assertThat(stored.keySet()).doesNotContain("fileName");
  }
}
