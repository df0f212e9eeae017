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
}
