package org.deptbot.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.Test;

class SentCardsIT {

  private final SentCards sent = new SentCards(TestMongo.newDatabase(), SentCards.CASE_CARDS);

  @Test
  void whatACardShowsIsKeptPerCardSoAnUnchangedCardIsNotEditedAgain() {
    // Telegram numbers messages per chat: two chats can hold a card under the same id
    var inTelegram = new ChatIdentity(ChatPlatform.TELEGRAM, "700000040");
    var inOtherChat = new ChatIdentity(ChatPlatform.TELEGRAM, "700000041");
    String before = SentCards.digest(RichText.plain("Case R-1: new"), List.of());
    sent.add("R-1", 1, new SentCards.Card("sgt", inTelegram, "5", before));
    sent.add("R-1", 1, new SentCards.Card("lt", inOtherChat, "5", before));

    String after = SentCards.digest(RichText.plain("Case R-1: acknowledged"), List.of());
    sent.drawn("R-1", sent.of("R-1").cards().get(0), after);

    assertThat(sent.of("R-1").cards())
        .extracting(SentCards.Card::staffId, SentCards.Card::drawn)
        .containsExactly(tuple("sgt", after), tuple("lt", before));
  }

  @Test
  void theDigestFollowsTextAndLabelsButNotTheButtonsFreshIds() {
    RichText card = RichText.plain("Case R-1: acknowledged");
    var first = List.of(List.of(new Button("Resolve", "bAAAA")));
    var redrawn = List.of(List.of(new Button("Resolve", "bBBBB")));
    var otherLabel = List.of(List.of(new Button("Dismiss", "bAAAA")));

    assertThat(SentCards.digest(card, redrawn)).isEqualTo(SentCards.digest(card, first));
    assertThat(SentCards.digest(card, otherLabel)).isNotEqualTo(SentCards.digest(card, first));
    assertThat(SentCards.digest(RichText.plain("Case R-1: resolved"), first))
        .isNotEqualTo(SentCards.digest(card, first));
    assertThat(SentCards.digest(card, List.of())).isNotEqualTo(SentCards.digest(card, first));
  }
}
