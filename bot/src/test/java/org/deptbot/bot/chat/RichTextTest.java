package org.deptbot.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RichTextTest {

  @Test
  void escapesUserTextSoItCanNeverBecomeMarkup() {
    RichText text =
        RichText.builder().bold("Report").plain(" <b>not bold</b> & <script>x</script>").build();

    assertThat(text.toHtml("\n"))
        .isEqualTo(
            "<b>Report</b> &lt;b&gt;not bold&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;");
  }

  @Test
  void onlyHttpLinksBecomeLinks() {
    RichText text =
        RichText.builder()
            .link("site", "https://police.example/a?b=\"c\"")
            .plain(" ")
            .link("bad", "javascript:alert(1)")
            .build();

    assertThat(text.toHtml("\n"))
        .isEqualTo("<a href=\"https://police.example/a?b=&quot;c&quot;\">site</a> bad");
  }

  @Test
  void splitsAtLineBreaksWithoutExceedingTheLimit() {
    // GIVEN 6000 characters in lines of 99 plus a newline
    var builder = RichText.builder();
    for (int i = 0; i < 60; i++) {
      builder.bold("#" + String.format("%02d", i)).plain(" " + "x".repeat(95)).newline();
    }
    RichText text = builder.build();

    // WHEN split for Telegram
    List<RichText> parts = text.split(4096);

    // THEN two parts, each under the limit, cut between lines, nothing lost, marks intact
    assertThat(parts).hasSize(2);
    assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
    assertThat(parts.get(0).plainText()).endsWith("x");
    assertThat(parts.get(1).plainText()).startsWith("#40");
    assertThat(String.join("\n", parts.stream().map(RichText::plainText).toList()))
        .isEqualTo(text.plainText());
    assertThat(parts.get(1).toHtml("\n")).startsWith("<b>#40</b>");
  }

  @Test
  void cutsALineLongerThanThePartWithoutSplittingAnEmoji() {
    String longLine = "a".repeat(9) + "😀" + "b".repeat(5);

    List<RichText> parts = RichText.plain(longLine).split(10);

    assertThat(parts).extracting(RichText::plainText).containsExactly("a".repeat(9), "😀bbbbb");
  }
}
