package org.deptbot.bot.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.bson.Document;
import org.deptbot.bot.chat.Conversation;
import org.junit.jupiter.api.Test;

/**
 * The tip draft as a conversation stores it: one typed sub-document read back the same after the
 * seal's JSON; a draft stored as the old string map still read after an upgrade.
 */
class TipDraftTest {

  @Test
  void aDraftWithEveryFieldSetComesBackTheSameFromItsSealedDocument() {
    TipDraft draft =
        TipDraft.start("N-2026-000012")
            .withText("The van from the notice parks behind the laundromat.")
            .withPhoto("3f9a-photo")
            .withContact("555-0100 after six");

    Document stored = draft.toDocument();

    assertThat(TipDraft.fromDocument(throughTheSeal(stored))).isEqualTo(draft);
    assertThat(stored)
        .containsEntry("v", 1)
        .containsEntry("kind", "tip")
        .containsEntry("notice", "N-2026-000012")
        .containsEntry("photo", "3f9a-photo");
    assertThat(draft.held())
        .containsOnly(Map.entry("intake", draft.intakeKey()), Map.entry("photo", "3f9a-photo"));
  }

  @Test
  void aFreshDraftStoresNothingForWhatIsNotGivenAndHoldsNoPhoto() {
    TipDraft draft = TipDraft.start(null);

    Document stored = draft.toDocument();
    TipDraft read = TipDraft.fromDocument(throughTheSeal(stored));

    assertThat(read).isEqualTo(draft);
    assertThat(stored.get("notice")).isNull();
    assertThat(stored.get("photo")).isNull();
    assertThat(stored.get("contact")).isNull();
    assertThat(stored.get("text")).isNull();
    assertThat(read.text()).isEmpty();
    assertThat(read.held()).containsOnlyKeys("intake");
  }

  @Test
  void skippingThePhotoOrStayingAnonymousForgetsWhatWasGiven() {
    TipDraft draft =
        TipDraft.start(null).withPhoto("p-1").withContact("me@example.org").withPhoto(null);

    assertThat(draft.photoId()).isNull();
    assertThat(draft.withContact(null).contact()).isNull();
    assertThat(draft.held()).doesNotContainKey("photo");
  }

  @Test
  void aDraftStoredAsTheOldStringMapIsReadIntoTheSameTypedDraft() {
    Map<String, String> old =
        Map.of(
            "intake", "tip-intake-1",
            "receipt", "K7QX-2M9P-4RTW",
            "notice", "N-2026-000012",
            "text", "Seen near the bus depot at noon.",
            "photo", "3f9a-photo",
            "contact", "555-0100");

    TipDraft read = TipDraft.of(stored(old, null));

    assertThat(read)
        .isEqualTo(
            new TipDraft(
                "tip-intake-1",
                "K7QX-2M9P-4RTW",
                "N-2026-000012",
                "Seen near the bus depot at noon.",
                "3f9a-photo",
                "555-0100"));
    assertThat(TipDraft.of(stored(Map.of("intake", "i", "receipt", "r"), null)))
        .isEqualTo(new TipDraft("i", "r", null, "", null, null));
    assertThat(TipDraft.fromDocument(throughTheSeal(read.toDocument()))).isEqualTo(read);
  }

  @Test
  void aDraftOfALaterVersionOrAnotherKindIsRefusedWithoutSayingWhatItHeld() {
    Document later = TipDraft.start(null).withText("Secret text").toDocument().append("v", 2);
    Document report = new Document("v", 1).append("kind", "report").append("receipt", "Secret");

    assertThatThrownBy(() -> TipDraft.fromDocument(later))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("Secret");
    assertThatThrownBy(() -> TipDraft.fromDocument(report))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("Secret");
  }

  static Document throughTheSeal(Document draft) {
    return Document.parse(new Document("draft", draft).toJson()).get("draft", Document.class);
  }

  private static Conversation stored(Map<String, String> data, Document draft) {
    return new Conversation(
        "TELEGRAM:42", TipFlow.NAME, "review", data, draft, Instant.parse("2026-12-03T00:00:00Z"));
  }
}
