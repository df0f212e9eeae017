package org.deptbot.core.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.Severity;
import org.junit.jupiter.api.Test;

/** A channel in every language gets one post: each language under its heading, within limits. */
class EveryLanguagePostTest {

  private static NoticeText text(String banner, String title, String body, String footer) {
    return new NoticeText(
        "N-2026-000001",
        Severity.MINOR,
        banner == null ? List.of() : List.of(banner),
        title,
        body,
        footer,
        "Not monitored around the clock.",
        null);
  }

  @Test
  void eachLanguageComesUnderItsOwnHeadingTheDefaultFirstWithTheFooterOnce() {
    Map<String, NoticeText> byLanguage = new LinkedHashMap<>();
    byLanguage.put(
        "en",
        text(
            "UPDATED Tue 1 Dec, 14:05 CST",
            "Road closure: Main St",
            "Main St is closed.",
            "Riverton PD · Notice N-2026-000001"));
    byLanguage.put(
        "es",
        text(
            "ACTUALIZADO mar 1 dic, 14:05 CST",
            "Calle cerrada: Main St",
            "Main St está cerrada.",
            "Riverton PD · Aviso N-2026-000001"));

    NoticeText all = EveryLanguagePost.of(byLanguage);

    assertThat(all.title()).isEqualTo("Road closure: Main St / Calle cerrada: Main St");
    assertThat(all.banners())
        .containsExactly("UPDATED Tue 1 Dec, 14:05 CST / ACTUALIZADO mar 1 dic, 14:05 CST");
    assertThat(all.body())
        .isEqualTo("English\nMain St is closed.\n\nEspañol\nMain St está cerrada.");
    assertThat(all.footer()).isEqualTo("Riverton PD · Notice N-2026-000001");
    assertThat(all.plainText()).containsOnlyOnce("Not monitored");
  }

  @Test
  void oneLanguageIsItsOwnPostUnchanged() {
    NoticeText english = text(null, "Road closure: Main St", "Main St is closed.", "Riverton PD");
    assertThat(EveryLanguagePost.of(Map.of("en", english))).isEqualTo(english);
  }

  @Test
  void twoWordingsThatFitAloneCanTogetherGoOverTelegramsLimit() {
    String long1 = "a".repeat(2500);
    String long2 = "b".repeat(2500);
    Map<String, NoticeText> byLanguage = new LinkedHashMap<>();
    byLanguage.put("en", text(null, "Title", long1, "Riverton PD"));
    byLanguage.put("es", text(null, "Título", long2, "Riverton PD"));

    assertThat(PostLimits.check(ChatPlatform.TELEGRAM, byLanguage.get("en"))).isEmpty();
    assertThat(PostLimits.check(ChatPlatform.TELEGRAM, EveryLanguagePost.of(byLanguage)))
        .singleElement()
        .satisfies(
            over -> {
              assertThat(over.part()).isEqualTo("text");
              assertThat(over.limit()).isEqualTo(PostLimits.TELEGRAM_TEXT);
            });
  }
}
