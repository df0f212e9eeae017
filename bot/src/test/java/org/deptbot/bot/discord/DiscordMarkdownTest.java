package org.deptbot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.deptbot.bot.chat.RichText;
import org.junit.jupiter.api.Test;

class DiscordMarkdownTest {

  @Test
  void marksBecomeMarkdownAndTextInsideThemIsEscaped() {
    RichText text =
        RichText.builder()
            .bold("Road *closed*")
            .plain(" on ")
            .italic("Main_St")
            .plain(" ")
            .code("a`b")
            .plain(" ")
            .link("map [here]", "https://maps.example/x(1)")
            .build();

    assertThat(DiscordMarkdown.render(text))
        .isEqualTo(
            "**Road \\*closed\\*** on *Main\\_St* `a'b` [map \\[here\\]](https://maps.example/x%281%29)");
  }

  @Test
  void userTextCannotMentionQuoteOrMakeHeadings() {
    String escaped = DiscordMarkdown.escape("# Big\n> quote\n- list <@123> 555-0100 a.b");

    assertThat(escaped).isEqualTo("\\# Big\n\\> quote\n\\- list \\<@123> 555-0100 a.b");
  }

  @Test
  void boldOverSeveralLinesIsMarkedLineByLine() {
    RichText text = RichText.builder().bold("UPDATED 4 pm\nCANCELLED").build();

    assertThat(DiscordMarkdown.render(text)).isEqualTo("**UPDATED 4 pm**\n**CANCELLED**");
  }

  @Test
  void longTextIsSplitSoThatEveryEscapedPartFitsInOneMessage() {
    // GIVEN text whose escaping doubles its length
    String line = "*".repeat(99);
    RichText text = RichText.plain(String.join("\n", Collections.nCopies(30, line)));

    // WHEN it is split for Discord
    List<String> parts = DiscordMarkdown.split(text, DiscordMarkdown.MAX_CONTENT);

    // THEN every part fits and no star is lost
    assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
    assertThat(String.join("", parts).replace("\\", "").replace("\n", "")).hasSize(99 * 30);
  }
}
