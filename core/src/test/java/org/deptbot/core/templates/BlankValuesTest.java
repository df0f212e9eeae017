package org.deptbot.core.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deptbot.core.notices.NoticeRevision;
import org.deptbot.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * A notice's blanks in every language: a time is worded in each language from the moment it was
 * read as, a text given in one language reaches only that language, and values stored before
 * languages read the same everywhere.
 */
class BlankValuesTest {

  // 08:00 UTC on Tue 1 Dec is 02:00 in Chicago (CST)
  private final VariableRules rules =
      new VariableRules(
          new MutableClock(Instant.parse("2026-12-01T08:00:00Z")), ZoneId.of("America/Chicago"));

  private final TemplateVariable until =
      TemplateVariable.optional("until", "When should it reopen?", VariableType.DATETIME)
          .withWhen(TimeDirection.FUTURE);
  private final TemplateVariable reason =
      TemplateVariable.required("reason", "Why?", VariableType.TEXT);

  private final Template template =
      Template.draft(
              "road_closure",
              NoticeCategory.ROAD_CLOSURE,
              "Road closure",
              "Reason: {{reason}}.\nExpected to reopen: {{until}}.",
              List.of(reason, until),
              Severity.MODERATE,
              Urgency.EXPECTED,
              Duration.ofHours(12),
              List.of(),
              "s-060",
              Instant.parse("2026-12-01T08:00:00Z"))
          .withWordings(
              Map.of(
                  "es",
                  new TemplateWording(
                      "Calle cerrada", "Motivo: {{reason}}.\nReapertura prevista: {{until}}.")));

  @Test
  void aTimeLaterTodayReadsInSpanishWithTheZoneAbbreviation() {
    Map<String, String> values = entries(until, "02:30");

    assertThat(values)
        .containsEntry("until", "today 02:30 CST")
        .containsEntry("until@es", "hoy 02:30 CST");
  }

  @Test
  void aTimeOnAnotherDayHasTheDayAndMonthInSpanish() {
    Map<String, String> values = entries(until, "2026-12-02 23:40");

    assertThat(values)
        .containsEntry("until", "Wed 2 Dec, 23:40 CST")
        .containsEntry("until@es", "mié 2 dic, 23:40 CST");
  }

  @Test
  void eachLanguagesPostIsRenderedFromItsOwnValues() {
    Map<String, String> values = new LinkedHashMap<>(entries(until, "2026-12-02 23:40"));
    values.putAll(entries(reason, "a crash"));
    values.put(BlankValues.key("reason", "es"), "un choque");

    var spanish = NoticeRevision.rendered(template, values).get("es");
    String english = TemplateText.render(template.body(), values);

    assertThat(spanish.body())
        .isEqualTo("Motivo: un choque.\nReapertura prevista: mié 2 dic, 23:40 CST.");
    assertThat(english)
        .isEqualTo("Reason: a crash.\nExpected to reopen: Wed 2 Dec, 23:40 CST.")
        .doesNotContain("choque", "mié");
  }

  @Test
  void valuesStoredBeforeLanguagesReadTheSameInEveryLanguage() {
    Map<String, String> old = Map.of("reason", "a crash", "until", "Wed 2 Dec, 23:40 CST");

    assertThat(NoticeRevision.rendered(template, old).get("es").body())
        .isEqualTo("Motivo: a crash.\nReapertura prevista: Wed 2 Dec, 23:40 CST.");
    assertThat(BlankValues.in("es", old)).isEqualTo(old);
  }

  @Test
  void aTextAndAChoiceAreNotWordedPerLanguageByThemselves() {
    assertThat(entries(reason, "a crash")).containsOnlyKeys("reason");
  }

  @Test
  void answeringABlankAgainDropsWhatWasGivenForTheOldAnswerInFurtherLanguages() {
    Map<String, String> values =
        Map.of("reason", "a crash", "reason@es", "un choque", "until", "today 02:30 CST");

    assertThat(BlankValues.replaced(values, "reason", Map.of("reason", "ice")))
        .containsOnlyKeys("reason", "until")
        .containsEntry("reason", "ice");
  }

  @Test
  void anApproversSampleTimeReadsInSpanishInTheSpanishWording() {
    Map<String, String> sample = new TemplateSamples(rules).of(template);

    assertThat(sample)
        .containsEntry("until", "today 04:00 CST")
        .containsEntry("until@es", "hoy 04:00 CST");
    assertThat(TemplateText.render(template.wordingIn("es").body(), BlankValues.in("es", sample)))
        .endsWith("Reapertura prevista: hoy 04:00 CST.");
  }

  private Map<String, String> entries(TemplateVariable variable, String typed) {
    VariableCheck check = rules.check(variable, typed);
    assertThat(check).isInstanceOf(VariableCheck.Valid.class);
    return rules.entries(variable, (VariableCheck.Valid) check, template);
  }
}
