package org.deptbot.core.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;
import org.deptbot.core.notices.TestMessage;
import org.deptbot.core.notices.TestMessageRule;
import org.junit.jupiter.api.Test;

/** The seed file's {@code test_messages}, and the problems it reports with their lines. */
class SeedTestMessagesTest {

  /** Lines 1-23: a department, two staff, one channel, a template without blanks and one with. */
  private static final String HEAD =
      """
      department:
        name: Riverton Police Department
        contact: Non-emergency 555-0100
      staff:
        - {id: s-1, name: Pat, roles: [ADMIN, APPROVER]}
        - {id: s-2, name: Lee, roles: [DISPATCHER]}
      channels:
        - {id: tg-alerts, platform: telegram, chat: "-1001", name: Alerts, categories: [ROAD_CLOSURE]}
      templates:
        - key: monthly_test
          category: CRIME_PREVENTION_TIP
          title: "Monthly test"
          body: "If you can read this, our notices reach you."
          author: s-2
          approved_by: s-1
        - key: road_closure
          category: ROAD_CLOSURE
          title: "Road closure: {{street}}"
          body: "{{street}} is closed."
          author: s-2
          approved_by: s-1
          variables:
            - {name: street, label: "Which road?", type: location}
      """;

  private final SeedParser parser = new SeedParser();

  @Test
  void readsATestMessageWithItsRuleAndChannels() {
    SeedFile seed =
        parser.parse(
            "seed.yml",
            new StringReader(
                HEAD
                    + """
                    test_messages:
                      - id: monthly
                        template: monthly_test
                        rule: "monthly first Wednesday 10:00"
                        channels: [tg-alerts]
                    """));

    assertThat(seed.testMessages())
        .containsExactly(
            new TestMessage(
                "monthly",
                "monthly_test",
                TestMessageRule.parse("monthly first Wednesday 10:00").orElseThrow(),
                List.of("tg-alerts")));
  }

  @Test
  void aRuleItCannotReadATemplateWithBlanksAndAnUnknownChannelAreEachReportedOnTheirLine() {
    SeedFileInvalid invalid =
        catchThrowableOfType(
            SeedFileInvalid.class,
            () ->
                parser.parse(
                    "seed.yml",
                    new StringReader(
                        HEAD
                            + """
                            test_messages:
                              - id: monthly
                                template: road_closure
                                rule: "every month on the 1st"
                                channels: [tg-nowhere]
                            """)));

    assertThat(invalid).as("the file is refused").isNotNull();
    assertThat(invalid.problems()).extracting(SeedProblem::line).containsExactly(26, 27, 28);
    assertThat(invalid.problems().get(0).message()).contains("has blanks to fill in");
    assertThat(invalid.problems().get(1).message())
        .contains("'every month on the 1st'")
        .contains("monthly first Wednesday 10:00");
    assertThat(invalid.problems().get(2).message())
        .isEqualTo("channel 'tg-nowhere' is not in the channels list");
  }
}
