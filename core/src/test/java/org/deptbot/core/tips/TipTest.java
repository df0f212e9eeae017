package org.deptbot.core.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deptbot.core.tips.TipFixtures.T0;

import java.util.List;
import org.junit.jupiter.api.Test;

class TipTest {

  private final Tip fresh = TipFixtures.newTip("T-2026-000001", "intake-1");

  @Test
  void aNewTipIsOwedToTheDeskAndIsAnonymousUnlessTheTipsterGaveContact() {
    assertThat(fresh.status()).isEqualTo(TipStatus.NEW);
    assertThat(fresh.deskToNotify()).isTrue();
    assertThat(fresh.tipsterToNotify()).isFalse();
    assertThat(fresh.anonymous()).isTrue();
    assertThat(fresh.tipsterChat()).startsWith("sealed:").doesNotContain("public");
  }

  @Test
  void theTipstersChatIsNeverStoredInTheOpen() {
    assertThatThrownBy(
            () ->
                new Tip(
                    "T-2026-000001",
                    "i",
                    null,
                    "text",
                    null,
                    "tag",
                    "TRAINING:public:public",
                    null,
                    TipStatus.NEW,
                    List.of(),
                    1,
                    true,
                    false,
                    T0,
                    Danger.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTipThatReadsLikeDangerNowIsUrgentAndStaysSo() {
    Tip calm = fresh;
    Tip added = calm.tipsterAdded("He is back and says he will kill himself", T0);
    Tip later = added.tipsterAdded("Thanks, that is all I know", T0);

    assertThat(calm.danger()).isEqualTo(Danger.NONE);
    assertThat(calm.urgent()).isFalse();
    assertThat(added.danger()).isEqualTo(Danger.SELF_HARM);
    assertThat(later.urgent()).isTrue();
    assertThat(later.acknowledge("s-050", T0).danger()).isEqualTo(Danger.SELF_HARM);
    assertThat(
            Tip.submitted(
                    "T-2026-000002",
                    "intake-2",
                    null,
                    "My husband is hitting me, please send someone",
                    null,
                    "hash",
                    TipFixtures.SEAL.seal("TRAINING:public:public"),
                    null,
                    T0)
                .danger())
        .isEqualTo(Danger.EMERGENCY);
  }

  @Test
  void aTipIsAcknowledgedOnceAndTheTipsterIsTold() {
    Tip acknowledged = fresh.acknowledge("s-050", T0);

    assertThat(acknowledged.status()).isEqualTo(TipStatus.ACKNOWLEDGED);
    assertThat(acknowledged.version()).isEqualTo(2);
    assertThat(acknowledged.tipsterToNotify()).isTrue();
    assertThatThrownBy(() -> acknowledged.acknowledge("s-050", T0))
        .isInstanceOfSatisfying(
            TipTransitionRefused.class,
            e -> assertThat(e.reason()).isEqualTo(TipTransitionRefused.Reason.WRONG_STATE));
  }

  @Test
  void aQuestionWaitsForTheTipsterAndTheAnswerGoesBackToTheDesk() {
    Tip asked = fresh.askTipster("s-050", "What colour was the van?", T0);
    Tip answered = asked.tipsterAdded("  White, with a ladder on top ", T0);

    assertThat(asked.status()).isEqualTo(TipStatus.INFO_REQUESTED);
    assertThat(asked.tipsterToNotify()).isTrue();
    assertThat(answered.status()).isEqualTo(TipStatus.ACKNOWLEDGED);
    assertThat(answered.deskToNotify()).isTrue();
    TipEvent last = answered.events().get(answered.events().size() - 1);
    assertThat(last.kind()).isEqualTo(TipEvent.Kind.TIPSTER_ANSWERED);
    assertThat(last.by()).isEqualTo("tipster");
    assertThat(last.note()).isEqualTo("White, with a ladder on top");
  }

  @Test
  void somethingAddedUnaskedKeepsTheStatus() {
    Tip added = fresh.tipsterAdded("It was there again tonight", T0);

    assertThat(added.status()).isEqualTo(TipStatus.NEW);
    assertThat(added.events().get(1).kind()).isEqualTo(TipEvent.Kind.TIPSTER_ADDED);
  }

  @Test
  void anEmptyQuestionIsRefused() {
    assertThatThrownBy(() -> fresh.askTipster("s-050", " ", T0))
        .isInstanceOfSatisfying(
            TipTransitionRefused.class,
            e -> assertThat(e.reason()).isEqualTo(TipTransitionRefused.Reason.NOTE_NEEDED));
  }

  @Test
  void aClosedTipTakesNothingMore() {
    Tip closed = fresh.close("s-050", "", T0);

    assertThat(closed.status().open()).isFalse();
    assertThat(closed.tipsterToNotify()).isTrue();
    assertThatThrownBy(() -> closed.askTipster("s-050", "One more thing?", T0))
        .isInstanceOf(TipTransitionRefused.class);
    assertThatThrownBy(() -> closed.tipsterAdded("and another thing", T0))
        .isInstanceOf(TipTransitionRefused.class);
  }
}
