package org.deptbot.bot.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.deptbot.bot.chat.Conversation;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.SocialPlatform;
import org.junit.jupiter.api.Test;

/**
 * The report draft as a conversation stores it: one typed sub-document read back the same after the
 * seal's JSON; a draft stored as the old string map still read after an upgrade.
 */
class ReportDraftTest {

  @Test
  void aDraftWithEveryFieldSetComesBackTheSameFromItsSealedDocument() {
    ReportDraft draft =
        ReportDraft.start()
            .withLinks(List.of("https://example.social/p/1", "https://example.social/p/2"))
            .withPlatform(SocialPlatform.values()[0])
            .withClause(PolicyClause.values()[0])
            .withSubjectText("someone at the front desk")
            .withDescription("Posted a photo of a suspect's booking sheet.")
            .withConfidentiality(Confidentiality.ANONYMOUS);

    Document stored = draft.toDocument();

    assertThat(ReportDraft.fromDocument(throughTheSeal(stored))).isEqualTo(draft);
    assertThat(stored)
        .containsEntry("v", 1)
        .containsEntry("kind", "report")
        .containsEntry("links", draft.links())
        .containsEntry("platform", SocialPlatform.values()[0].name())
        .containsEntry("confidentiality", "ANONYMOUS");
    assertThat(draft.held()).containsOnly(Map.entry("intake", draft.intakeKey()));
  }

  @Test
  void aFreshDraftStoresNothingForWhatIsNotChosenYet() {
    ReportDraft draft = ReportDraft.start();

    Document stored = draft.toDocument();
    ReportDraft read = ReportDraft.fromDocument(throughTheSeal(stored));

    assertThat(read).isEqualTo(draft);
    assertThat(stored.get("platform")).isNull();
    assertThat(stored.get("clause")).isNull();
    assertThat(stored.get("subjectId")).isNull();
    assertThat(stored.get("description")).isNull();
    assertThat(read.links()).isEmpty();
    assertThat(read.description()).isEmpty();
    assertThat(read.confidentiality()).isEqualTo(Confidentiality.CONFIDENTIAL);
    assertThat(read.intakeKey()).isNotBlank();
    assertThat(read.receiptKey()).isNotBlank();
  }

  @Test
  void aDraftStoredAsTheOldStringMapIsReadIntoTheSameTypedDraft() {
    Map<String, String> old =
        Map.of(
            "intake", "4b1f0c9e-intake",
            "receipt", "K7QX-2M9P-4RTW",
            "links", "https://example.social/p/1 https://example.social/p/2",
            "platform", SocialPlatform.values()[1].name(),
            "clause", PolicyClause.values()[1].name(),
            "subjectId", "staff-17",
            "description", "Shared a case file in a public group.",
            "confidentiality", "ANONYMOUS");

    ReportDraft read = ReportDraft.of(stored(old, null));

    assertThat(read)
        .isEqualTo(
            new ReportDraft(
                "4b1f0c9e-intake",
                "K7QX-2M9P-4RTW",
                List.of("https://example.social/p/1", "https://example.social/p/2"),
                SocialPlatform.values()[1],
                PolicyClause.values()[1],
                "staff-17",
                null,
                "Shared a case file in a public group.",
                Confidentiality.ANONYMOUS));
    assertThat(ReportDraft.fromDocument(throughTheSeal(read.toDocument()))).isEqualTo(read);
  }

  @Test
  void anOldDraftJustStartedReadsWithTheOldDefaults() {
    ReportDraft read = ReportDraft.of(stored(Map.of("intake", "i-1", "receipt", "K-1"), null));

    assertThat(read.links()).isEmpty();
    assertThat(read.platform()).isNull();
    assertThat(read.description()).isEmpty();
    assertThat(read.confidentiality()).isEqualTo(Confidentiality.CONFIDENTIAL);
    assertThat(read.held()).containsOnly(Map.entry("intake", "i-1"));
  }

  @Test
  void pickingAColleagueDropsANameTypedBefore() {
    ReportDraft draft = ReportDraft.start().withSubjectText("the new guy").withSubjectId("staff-3");

    assertThat(draft.subjectText()).isNull();
    assertThat(draft.subjectId()).isEqualTo("staff-3");
  }

  @Test
  void aDraftOfALaterVersionOrAnotherKindIsRefusedWithoutSayingWhatItHeld() {
    Document later =
        ReportDraft.start().withDescription("Secret details").toDocument().append("v", 2);
    Document notice = new Document("v", 1).append("kind", "notice").append("note", "Secret");

    assertThatThrownBy(() -> ReportDraft.fromDocument(later))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("Secret");
    assertThatThrownBy(() -> ReportDraft.fromDocument(notice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("Secret");
  }

  static Document throughTheSeal(Document draft) {
    return Document.parse(new Document("draft", draft).toJson()).get("draft", Document.class);
  }

  private static Conversation stored(Map<String, String> data, Document draft) {
    return new Conversation(
        "TELEGRAM:42",
        ReportFlow.NAME,
        "review",
        data,
        draft,
        Instant.parse("2026-12-03T00:00:00Z"));
  }
}
