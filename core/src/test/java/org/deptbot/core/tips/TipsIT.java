package org.deptbot.core.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.deptbot.core.files.FileCleaner;
import org.deptbot.core.reports.ReceiptKeys;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.deptbot.core.testing.TestPictures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class TipsIT {

  private MongoTemplate mongo;
  private MutableClock clock;
  private Tips tips;

  @BeforeEach
  void setUp() {
    mongo = TestMongo.newDatabase();
    clock = new MutableClock(TipFixtures.T0);
    tips = new Tips(mongo, clock);
    tips.createIndexes();
  }

  @Test
  void anUrgentTipIsRemindedEveryFewMinutesUntilSomeoneAcknowledgesIt() {
    Tip urgent =
        tips.submit(
            TipFixtures.newTip("T-2026-000001", "intake-1")
                .tipsterAdded("My husband is hitting me right now", TipFixtures.T0));
    tips.submit(TipFixtures.newTip("T-2026-000002", "intake-2"));
    Duration every = Duration.ofMinutes(3);

    assertThat(tips.claimUrgentReminders(every, 10)).isEmpty(); // the first card is still owed
    tips.notified(urgent, true, false);
    assertThat(tips.claimUrgentReminders(every, 10)).isEmpty(); // sent just now
    clock.advance(Duration.ofMinutes(3));
    assertThat(tips.claimUrgentReminders(every, 10))
        .extracting(Tip::id)
        .containsExactly(urgent.id());
    assertThat(tips.claimUrgentReminders(every, 10)).isEmpty(); // claimed for this round
    clock.advance(Duration.ofMinutes(3));
    Tip again = tips.claimUrgentReminders(every, 10).get(0);
    assertThat(again.urgent()).isTrue();

    assertThat(tips.replace(again, again.acknowledge("s-050", clock.instant()))).isTrue();
    clock.advance(Duration.ofMinutes(3));
    assertThat(tips.claimUrgentReminders(every, 10)).isEmpty();
  }

  @Test
  void tipNumbersCountUpPerYear() {
    assertThat(tips.nextNumber()).isEqualTo("T-2026-000001");
    assertThat(tips.nextNumber()).isEqualTo("T-2026-000002");
  }

  @Test
  void sendingTheSameIntakeTwiceStoresOneTip() {
    Tip first = tips.submit(TipFixtures.newTip(tips.nextNumber(), "intake-1"));
    // a crash after storing, then the same Send handled again with a new number
    Tip again = tips.submit(TipFixtures.newTip(tips.nextNumber(), "intake-1"));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(tips.open(10)).hasSize(1);
  }

  @Test
  void ofTwoDispatchersPressingAcknowledgeAtOnceOneWins() {
    Tip stored = tips.submit(TipFixtures.newTip("T-2026-000001", "intake-1"));
    AtomicInteger wins = new AtomicInteger();

    IntStream.range(0, 8)
        .parallel()
        .forEach(
            i -> {
              if (tips.replace(stored, stored.acknowledge("s-05" + i, TipFixtures.T0))) {
                wins.incrementAndGet();
              }
            });

    assertThat(wins).hasValue(1);
    assertThat(tips.byId(stored.id()).orElseThrow().events()).hasSize(2);
  }

  @Test
  void aStaleRoundMarksSentWhatNoChangeSinceOwesAgain() {
    Tip stored = tips.submit(TipFixtures.newTip("T-2026-000001", "intake-1"));
    Tip acknowledged = stored.acknowledge("s-050", TipFixtures.T0);
    tips.replace(stored, acknowledged);

    // the round read version 1 and delivered the cards; the desk acknowledged from one meanwhile
    tips.notified(stored, true, false);
    Tip now = tips.byId(stored.id()).orElseThrow();
    assertThat(now.deskToNotify()).as("the desk has its cards: not sent twice").isFalse();
    assertThat(now.tipsterToNotify()).as("the tipster is still owed the acknowledgement").isTrue();

    tips.notified(now, false, true);
    assertThat(tips.owingNotifications()).isEmpty();
  }

  @Test
  void aStaleRoundLeavesOwedWhatTheTipsterAddedSince() {
    Tip stored = tips.submit(TipFixtures.newTip("T-2026-000001", "intake-1"));
    Tip added = stored.tipsterAdded("It was there again tonight.", TipFixtures.T0);
    tips.replace(stored, added);

    tips.notified(stored, true, false);
    assertThat(tips.byId(stored.id()).orElseThrow().deskToNotify())
        .as("the desk is owed a card for what the tipster added")
        .isTrue();

    tips.notified(added, true, false);
    assertThat(tips.owingNotifications()).isEmpty();
  }

  @Test
  void aTipIsFoundByItsReceiptKeyAloneAndCarriesNothingOfItsSender() {
    Tip stored = tips.submit(TipFixtures.newTip("T-2026-000001", "intake-1"));
    String key = ReceiptKeys.newKey();
    Tip keyed = tips.submit(TipFixtures.newTip("T-2026-000002", "intake-2", key));

    assertThat(tips.byReceipt(ReceiptKeys.hash(key))).map(Tip::id).contains(keyed.id());
    assertThat(tips.byReceipt(ReceiptKeys.hash(ReceiptKeys.newKey()))).isEmpty();
    assertThat(mongo.findAll(org.bson.Document.class, "tips"))
        .allSatisfy(d -> assertThat(d.toJson()).doesNotContain("Tag", "public"));
    assertThat(stored.receiptHash()).isNotEqualTo(keyed.receiptHash());
  }

  @Test
  void aPhotoIsStoredOnceCleanedAndOnlyPhotoTypesAreTaken() {
    TipPhotos photos =
        new TipPhotos(
            mongo, ReporterSeal.ephemeral(), new FileCleaner(), new MutableClock(TipFixtures.T0));
    byte[] jpeg = TestPictures.jpegWithGps(24, 16);

    String id = photos.store("image/jpeg", "van by quinn.jpg", jpeg);

    assertThat(photos.store("image/jpeg", "again.jpg", jpeg)).isEqualTo(id);
    TipPhotos.Photo stored = photos.byId(id).orElseThrow();
    assertThat(stored.withheld()).isFalse();
    assertThat(stored.mediaType()).isEqualTo("image/png");
    assertThat(TestPictures.identifiesTheSender(stored.bytes())).isFalse();
    assertThat(stored.sealedName()).startsWith("sealed:").doesNotContain("quinn");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> photos.store("image/png", "huge.png", TestPictures.pngDeclaring(30_000, 30_000)))
        .isInstanceOf(TipPhotos.TooManyPixels.class);
    assertThat(TipPhotos.isPhotoType("application/pdf")).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> photos.store("application/pdf", "x.pdf", jpeg))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
