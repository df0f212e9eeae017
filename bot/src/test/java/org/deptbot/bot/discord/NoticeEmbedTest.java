package org.deptbot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.delivery.NoticePost;
import org.deptbot.core.notices.LimitExceeded;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.Severity;
import org.junit.jupiter.api.Test;

class NoticeEmbedTest {

  @Test
  void aNoticeThatFitsHasNothingOverTheLimits() {
    assertThat(NoticeEmbed.check(DiscordTestCommands.missingPerson())).isEmpty();
  }

  @Test
  void aPhotoIsUploadedUnderAPlainNameWithTheExtensionOfItsType() {
    byte[] png = DiscordTestCommands.PNG;

    assertThat(DiscordMessageData.uploadName(new Image("Jordan Smith.png", "image/png", png)))
        .isEqualTo("photo-1.png");
    assertThat(DiscordMessageData.uploadName(new Image("Zoë", "image/jpeg", png)))
        .isEqualTo("photo-1.jpg");
    assertThat(DiscordMessageData.uploadName(new Image("Jordan.jpeg", "image/webp", png)))
        .isEqualTo("photo-1.webp");
  }

  @Test
  void aTitleOverTwoHundredFiftySixCharactersIsReported() {
    NoticePost post = post("T".repeat(300), "body");

    assertThat(NoticeEmbed.check(post))
        .containsExactly(new LimitExceeded(ChatPlatform.DISCORD, "title", 300, 256));
  }

  @Test
  void theDescriptionIsMeasuredWithItsBannersAndEscaping() {
    // 4,000 characters of body are 4,000 of description, but escaping 100 stars adds 100
    NoticePost post = post("Title", "a".repeat(3900) + "*".repeat(100));

    List<LimitExceeded> over = NoticeEmbed.check(post);

    assertThat(over).extracting(LimitExceeded::part).contains("text");
    assertThat(over.get(0).length()).isEqualTo(4100 + "**EXERCISE**\n\n".length());
  }

  @Test
  void theWholeEmbedMayNotPassSixThousandCharactersTitleDescriptionAndFooterTogether() {
    NoticePost post = post("T".repeat(256), "b".repeat(4000));
    NoticePost longFooter =
        new NoticePost(
            "N-1",
            Severity.MINOR,
            List.of(),
            post.title(),
            post.body(),
            "f".repeat(2000),
            "",
            null);

    assertThat(NoticeEmbed.check(longFooter))
        .containsExactly(new LimitExceeded(ChatPlatform.DISCORD, "text", 6256, 6000));
  }

  @Test
  void everySeverityHasItsOwnColour() {
    assertThat(List.of(Severity.values()).stream().map(NoticeEmbed::colour).distinct().count())
        .isEqualTo(Severity.values().length);
  }

  private static NoticePost post(String title, String body) {
    return new NoticePost(
        "N-1", Severity.EXTREME, List.of("EXERCISE"), title, body, "Riverton PD", "Dial 911", null);
  }
}
