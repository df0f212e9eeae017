package org.deptbot.bot.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.deptbot.bot.chat.Conversation;
import org.deptbot.core.notices.NoticeMode;
import org.junit.jupiter.api.Test;

/**
 * The notice draft as a conversation stores it: one typed sub-document (lists as lists, times as
 * dates, enums by name, nothing for what is not set), read back the same after the trip through the
 * seal's JSON; and a draft stored as the old string map still read after an upgrade.
 */
class NoticeDraftTest {

  private static final Instant REOPENS = Instant.parse("2026-12-03T18:00:00Z");
  private static final Instant SEND_AT = Instant.parse("2026-12-03T07:30:00Z");

  @Test
  void aDraftWithEveryFieldSetComesBackTheSameFromItsSealedDocument() {
    NoticeDraft draft =
        NoticeDraft.update("N-2026-000007", 3, "road_closure:v2", Map.of("street", "Main St"))
            .ofScheduled(SEND_AT)
            .withValue("reopens", "Dec 3 18:00", REOPENS)
            .withNote("Detour added")
            .withZones(List.of("north", "harbour"))
            .toggled("telegram-main")
            .withMode(NoticeMode.EXERCISE)
            .acknowledged()
            .guided()
            .asking("reason");

    Document stored = draft.toDocument();
    NoticeDraft read = NoticeDraft.fromDocument(throughTheSeal(stored));

    assertThat(read).isEqualTo(draft);
    assertThat(stored)
        .containsEntry("v", 1)
        .containsEntry("kind", "notice")
        .containsEntry("action", "UPDATE")
        .containsEntry("basedOn", 3)
        .containsEntry("mode", "EXERCISE")
        .containsEntry("sendAt", Date.from(SEND_AT))
        .containsEntry("zones", List.of("north", "harbour"))
        .containsEntry("targets", List.of("telegram-main"))
        .containsEntry("changesScheduled", true);
    assertThat(stored.getList("answers", Document.class))
        .contains(
            new Document("blank", "reopens")
                .append("value", "Dec 3 18:00")
                .append("until", Date.from(REOPENS)));
    assertThat(read.lastsUntil()).contains(REOPENS);
    assertThat(read.asUpdate().scheduledFor()).isEqualTo(SEND_AT);
  }

  @Test
  void aBlankGivenInSpanishTooAndTheQuestionForItComeBackAfterARestart() {
    NoticeDraft draft =
        NoticeDraft.issue("road_closure:v2", List.of("tg-alerts"), Map.of())
            .withValue("reason", "black ice")
            .asking("reason@es");

    NoticeDraft asked = NoticeDraft.fromDocument(throughTheSeal(draft.toDocument()));
    assertThat(asked.asking()).isEqualTo("reason@es");

    NoticeDraft given = asked.withValueIn("reason", "es", "hielo");
    NoticeDraft read = NoticeDraft.fromDocument(throughTheSeal(given.toDocument()));

    assertThat(read).isEqualTo(given);
    assertThat(read.values())
        .containsEntry("reason", "black ice")
        .containsEntry("reason@es", "hielo");
    assertThat(read.asIssue().values()).containsEntry("reason@es", "hielo");
    // a new answer to the blank drops the Spanish one given for the old answer; Keep keeps it
    assertThat(read.withValue("reason", "black ice").values()).containsKey("reason@es");
    assertThat(read.withValue("reason", "a crash").values()).doesNotContainKey("reason@es");
  }

  @Test
  void aFreshIssueDraftStoresNothingForWhatIsNotSetYet() {
    NoticeDraft draft = NoticeDraft.issue("weather:v1", List.of("tg", "dc"), Map.of());

    Document stored = draft.toDocument();
    NoticeDraft read = NoticeDraft.fromDocument(throughTheSeal(stored));

    assertThat(read).isEqualTo(draft);
    assertThat(stored.get("notice")).isNull();
    assertThat(stored.get("basedOn")).isNull();
    assertThat(stored.get("sendAt")).isNull();
    assertThat(stored.get("note")).isNull();
    assertThat(read.sendAt()).isEmpty();
    assertThat(read.lastsUntil()).isEmpty();
    assertThat(read.note()).isEmpty();
    assertThat(read.targets()).containsExactly("tg", "dc");
  }

  @Test
  void aDraftStoredAsTheOldStringMapIsReadIntoTheSameTypedDraft() {
    Map<String, String> old = new HashMap<>();
    old.put("kind", "UPDATE");
    old.put("notice", "N-2026-000007");
    old.put("based", "3");
    old.put("template", "road_closure:v2");
    old.put("draft", "0b1c7e0e-6f0a-4d55-9a43-0d1f3c2b9a10");
    old.put("v-street", "Main St");
    old.put("v-reopens", "Dec 3 18:00");
    old.put("t-reopens", REOPENS.toString());
    old.put("v-reason", "");
    old.put("asking", "reason");
    old.put("note", "Detour added");
    old.put("ack", "yes");
    old.put("mode", "EXERCISE");
    old.put("targets", "telegram-main,discord-news");
    old.put("zones", "north,harbour");
    old.put("guided", "yes");
    old.put("sendAt", SEND_AT.toString());
    old.put("scheduled", "yes");

    NoticeDraft read = NoticeDraft.of(stored(old, null));

    assertThat(read.kind()).isEqualTo(NoticeDraft.Kind.UPDATE);
    assertThat(read.noticeId()).isEqualTo("N-2026-000007");
    assertThat(read.basedOn()).isEqualTo(3);
    assertThat(read.templateId()).isEqualTo("road_closure:v2");
    assertThat(read.draftId()).isEqualTo("0b1c7e0e-6f0a-4d55-9a43-0d1f3c2b9a10");
    assertThat(read.values())
        .containsOnly(
            Map.entry("street", "Main St"),
            Map.entry("reopens", "Dec 3 18:00"),
            Map.entry("reason", ""));
    assertThat(read.answers().get("reopens").until()).isEqualTo(REOPENS);
    assertThat(read.answers().get("street").until()).isNull();
    assertThat(read.lastsUntil()).contains(REOPENS);
    assertThat(read.asking()).isEqualTo("reason");
    assertThat(read.note()).isEqualTo("Detour added");
    assertThat(read.warningsAcknowledged()).isTrue();
    assertThat(read.mode()).isEqualTo(NoticeMode.EXERCISE);
    assertThat(read.targets()).containsExactly("telegram-main", "discord-news");
    assertThat(read.zones()).containsExactly("north", "harbour");
    assertThat(read.isGuided()).isTrue();
    assertThat(read.sendAt()).contains(SEND_AT);
    assertThat(read.changesScheduled()).isTrue();
    // and it is stored typed from then on, losing nothing
    assertThat(NoticeDraft.fromDocument(throughTheSeal(read.toDocument()))).isEqualTo(read);
  }

  @Test
  void anOldIssueDraftWithOnlyWhatWasSetReadsWithTheOldDefaults() {
    NoticeDraft read =
        NoticeDraft.of(
            stored(
                Map.of("template", "weather:v1", "draft", "d-1", "targets", "", "v-area", "North"),
                null));

    assertThat(read.kind()).isEqualTo(NoticeDraft.Kind.ISSUE);
    assertThat(read.mode()).isEqualTo(NoticeMode.LIVE);
    assertThat(read.targets()).isEmpty();
    assertThat(read.zones()).isEmpty();
    assertThat(read.basedOn()).isNull();
    assertThat(read.asking()).isNull();
    assertThat(read.sendAt()).isEmpty();
    assertThat(read.isGuided()).isFalse();
    assertThat(read.warningsAcknowledged()).isFalse();
    assertThat(read.asIssue().values()).containsOnly(Map.entry("area", "North"));
  }

  @Test
  void aConversationWithATypedDraftIsReadFromItAndNotFromTheMap() {
    NoticeDraft draft = NoticeDraft.issue("weather:v1", List.of("tg"), Map.of("area", "North"));

    assertThat(NoticeDraft.of(stored(Map.of(), throughTheSeal(draft.toDocument()))))
        .isEqualTo(draft);
  }

  @Test
  void aDraftOfALaterVersionOrAnotherKindIsRefusedWithoutSayingWhatItHeld() {
    Document later =
        NoticeDraft.issue("weather:v1", List.of(), Map.of("area", "Secret Lane"))
            .toDocument()
            .append("v", 2);
    Document tip = new Document("v", 1).append("kind", "tip").append("text", "Secret Lane");

    assertThatThrownBy(() -> NoticeDraft.fromDocument(later))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("v2")
        .hasMessageNotContaining("Secret Lane");
    assertThatThrownBy(() -> NoticeDraft.fromDocument(tip))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tip")
        .hasMessageNotContaining("Secret Lane");
  }

  @Test
  void aSkipPressedWhenNoBlankIsAskedAnyMoreAddsNoAnswer() {
    NoticeDraft previewing =
        NoticeDraft.issue("weather:v1", List.of("tg"), Map.of("area", "North")).previewing();

    NoticeDraft skipped = previewing.withValue(previewing.asking(), "");

    assertThat(skipped.values()).containsOnly(Map.entry("area", "North"));
    assertThat(NoticeDraft.fromDocument(throughTheSeal(skipped.toDocument()))).isEqualTo(skipped);
  }

  /** What {@code Conversations} does to a draft: into the seal as JSON and back. */
  static Document throughTheSeal(Document draft) {
    return Document.parse(new Document("draft", draft).toJson()).get("draft", Document.class);
  }

  private static Conversation stored(Map<String, String> data, Document draft) {
    return new Conversation(
        "TELEGRAM:42",
        NoticeFlow.NAME,
        "value",
        data,
        draft,
        Instant.parse("2026-12-03T00:00:00Z"));
  }
}
