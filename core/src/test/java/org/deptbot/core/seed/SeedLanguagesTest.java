package org.deptbot.core.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import org.deptbot.core.templates.TemplateWording;
import org.junit.jupiter.api.Test;

/**
 * The department's languages and a template's wording per language, as the seed file gives them.
 */
class SeedLanguagesTest {

  private static final String STAFF_AND_CHANNELS =
      """
      staff:
        - {id: s-1, name: Pat, roles: [ADMIN]}
        - {id: s-2, name: Maria, roles: [APPROVER]}
      channels:
        - {id: tg-alerts, platform: telegram, chat: "-100123", categories: all}
      """;

  private final SeedParser parser = new SeedParser();

  @Test
  void readsTheLanguagesTheFirstBeingTheDefaultAndEachTemplatesSpanishWording() {
    String yaml =
        """
        department:
          name: Riverton Police Department
          contact: Non-emergency 555-0100
          languages: [en, ES]
        """
            + STAFF_AND_CHANNELS
            + """
            templates:
              - key: road_closure
                category: ROAD_CLOSURE
                title: "Road closure: {{street}}"
                body: "{{street}} is closed."
                author: s-1
                approved_by: s-2
                variables:
                  - {name: street, type: location}
                wording:
                  es:
                    title: "Calle cerrada: {{street}}"
                    body: "{{street}} está cerrada."
            """;

    SeedFile seed = parser.parse("seed.yml", new StringReader(yaml));

    assertThat(seed.department().languages()).containsExactly("en", "es");
    assertThat(seed.templates().get(0).wordings())
        .containsOnlyKeys("es")
        .containsEntry(
            "es", new TemplateWording("Calle cerrada: {{street}}", "{{street}} está cerrada."));
  }

  @Test
  void aFileWithoutLanguagesSpeaksEnglishOnly() {
    String yaml =
        """
        department:
          name: Riverton Police Department
          contact: Non-emergency 555-0100
        """
            + STAFF_AND_CHANNELS;

    assertThat(parser.parse("seed.yml", new StringReader(yaml)).department().languages())
        .containsExactly("en");
  }

  @Test
  void aWordingWithABlankTheTemplateDoesNotDeclareAndABadLanguageCodeAreReported() {
    String yaml =
        """
        department:
          name: Riverton Police Department
          contact: Non-emergency 555-0100
          languages: [en, spanish]
        """
            + STAFF_AND_CHANNELS
            + """
            templates:
              - key: road_closure
                category: ROAD_CLOSURE
                title: "Road closure: {{street}}"
                body: "{{street}} is closed."
                author: s-1
                approved_by: s-2
                variables:
                  - {name: street, type: location}
                wording:
                  es: {title: "Calle cerrada: {{calle}}", body: "Cerrada."}
            """;

    SeedFileInvalid invalid =
        catchThrowableOfType(
            SeedFileInvalid.class, () -> parser.parse("seed.yml", new StringReader(yaml)));

    assertThat(invalid.problems())
        .extracting(SeedProblem::message)
        .anySatisfy(m -> assertThat(m).contains("'spanish' is not a language code"))
        .anySatisfy(m -> assertThat(m).contains("{{calle}}").contains("es wording"));
  }

  @Test
  void aWordingThatLeavesOutABlankOfTheDefaultIsRefusedOnItsLineAsTheConsoleRefusesIt() {
    String yaml =
        """
        department:
          name: Riverton Police Department
          contact: Non-emergency 555-0100
          languages: [en, es]
        """
            + STAFF_AND_CHANNELS
            + """
            templates:
              - key: road_closure
                category: ROAD_CLOSURE
                title: "Road closure: {{street}}"
                body: "{{street}} is closed until {{until}}."
                author: s-1
                approved_by: s-2
                variables:
                  - {name: street, type: location}
                  - {name: until, type: text, required: false}
                wording:
                  es: {title: "Calle cerrada: {{street}}", body: "La calle está cerrada."}
            """;

    SeedFileInvalid invalid =
        catchThrowableOfType(
            SeedFileInvalid.class, () -> parser.parse("seed.yml", new StringReader(yaml)));

    // the Spanish post would have gone out without the reopening time its readers need
    assertThat(invalid.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message())
                  .isEqualTo(
                      "template road_closure: the es wording lacks {{until}}; use the same"
                          + " blanks as the default wording");
              assertThat(p.line()).isEqualTo(21); // es:
            });
  }

  @Test
  void eachChannelPostsInADeclaredLanguageOrAllOfThemAndTheDefaultWhenItSaysNone() {
    String yaml =
        """
        department:
          name: Riverton Police Department
          contact: Non-emergency 555-0100
          languages: [en, es]
        staff:
          - {id: s-1, name: Pat, roles: [ADMIN]}
        channels:
          - {id: tg-alerts, platform: telegram, chat: "-100123", categories: all}
          - {id: tg-es, platform: telegram, chat: "-100124", categories: all, language: ES}
          - {id: dc-all, platform: discord, chat: "112233445566778899", categories: all,
             language: all}
        """;

    SeedFile seed = parser.parse("seed.yml", new StringReader(yaml));

    assertThat(seed.channels())
        .extracting(SeedChannel::id, SeedChannel::language)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("tg-alerts", null),
            org.assertj.core.groups.Tuple.tuple("tg-es", "es"),
            org.assertj.core.groups.Tuple.tuple("dc-all", "all"));
  }

  @Test
  void aChannelInALanguageTheDepartmentDoesNotDeclareIsReportedOnItsLine() {
    String yaml =
        """
        department:
          name: Riverton Police Department
          contact: Non-emergency 555-0100
          languages: [en, es]
        staff:
          - {id: s-1, name: Pat, roles: [ADMIN]}
        channels:
          - {id: tg-fr, platform: telegram, chat: "-100123", categories: all, language: fr}
          - {id: tg-bad, platform: telegram, chat: "-100124", categories: all, language: "en+es"}
        """;

    SeedFileInvalid invalid =
        catchThrowableOfType(
            SeedFileInvalid.class, () -> parser.parse("seed.yml", new StringReader(yaml)));

    assertThat(invalid.problems())
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(8);
              assertThat(p.message())
                  .contains("channel 'tg-fr' posts in 'fr'", "does not declare", "'all'");
            })
        .anySatisfy(
            p ->
                assertThat(p.message())
                    .contains("'en+es'", "is not a language code", "language: all"));
  }
}
