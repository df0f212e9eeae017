package org.deptbot.core.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordingBlanksTest {

  private static final String TITLE = "Road closed: {{street}}";
  private static final String BODY = "{{street}} is closed until {{until}}.\nDetour: {{detour}}";

  @Test
  void aWordingWithTheSameBlanksInAnotherOrderAndRepeatedAgrees() {
    var same =
        Map.of(
            "es",
            new TemplateWording(
                "Calle cerrada: {{street}}",
                "Desvío: {{detour}}. {{ street }} está cerrada hasta {{until}} ({{street}})."));

    assertThat(WordingBlanks.differences(TITLE, BODY, same)).isEmpty();
  }

  @Test
  void eachLanguageNamesTheBlanksItLacksAndThoseTheDefaultDoesNotUse() {
    Map<String, TemplateWording> wordings = new LinkedHashMap<>();
    wordings.put("es", new TemplateWording("Calle cerrada: {{street}}", "Hasta {{untill}}."));
    wordings.put(
        "fr",
        new TemplateWording("Route fermée : {{street}}", "{{until}}, {{detour}}, {{street}}"));
    wordings.put("vi", new TemplateWording("Đóng đường", "{{detour}} {{until}} {{street}}"));

    assertThat(WordingBlanks.differences(TITLE, BODY, wordings))
        .containsExactly(
            new WordingBlanks(
                "es", java.util.List.of("until", "detour"), java.util.List.of("untill")));
  }

  @Test
  void aBlankOnlyInTheDefaultTitleIsStillNeededInTheOtherLanguage() {
    var lacking = Map.of("es", new TemplateWording("Calle cerrada", "{{street}} {{until}}"));

    assertThat(WordingBlanks.differences("{{detour}}", "{{street}} {{until}}", lacking))
        .singleElement()
        .satisfies(d -> assertThat(d.missing()).containsExactly("detour"))
        .satisfies(d -> assertThat(d.unknown()).isEmpty());
  }
}
