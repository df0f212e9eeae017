package org.deptbot.core.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.deptbot.core.testing.MutableClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariableRulesTest {

  // 16:00 UTC is 11:00 in Riverton (America/New_York, November)
  private final VariableRules rules =
      new VariableRules(
          new MutableClock(Instant.parse("2026-11-21T16:00:00Z")), ZoneId.of("America/New_York"));

  @ParameterizedTest(name = "{0} ''{1}'' is accepted as ''{2}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "TEXT     | '  Parade   on Main  ' | Parade on Main",
        "LOCATION | Main St & 3rd Ave      | Main St & 3rd Ave",
        "PHONE    | (555) 010-4400         | (555) 010-4400",
        "PHONE    | 911                    | 911",
        "URL      | https://police.example/closures | https://police.example/closures",
        "DATETIME | 18:30                  | today 18:30 EST",
        "DATETIME | 09:15                  | Sun 22 Nov, 09:15 EST",
        "DATETIME | 2026-12-01 07:00       | Tue 1 Dec, 07:00 EST",
      })
  void acceptsWhatEachTypeAllowsAndTidiesIt(VariableType type, String typed, String posted) {
    var variable = TemplateVariable.required("v", "Value", type);

    assertThat(variable.check(typed, rules))
        .isInstanceOfSatisfying(
            VariableCheck.Valid.class, v -> assertThat(v.value()).isEqualTo(posted));
  }

  @ParameterizedTest(name = "{0} ''{1}'' is refused as {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PHONE    | call me             | NOT_A_PHONE",
        "URL      | police.example      | NOT_A_URL",
        "URL      | javascript:alert(1) | NOT_A_URL",
        "DATETIME | tomorrow-ish        | NOT_A_TIME",
        "TEXT     | ''                  | REQUIRED",
      })
  void refusesWhatATypeCannotHoldAndSaysWhy(
      VariableType type, String typed, VariableCheck.Problem problem) {
    var variable = TemplateVariable.required("v", "Value", type);

    assertThat(variable.check(typed, rules))
        .isInstanceOfSatisfying(
            VariableCheck.Invalid.class, i -> assertThat(i.problem()).isEqualTo(problem));
  }

  @ParameterizedTest
  @CsvSource({"heavy snow,Heavy snow", "HEAVY SNOW,Heavy snow"})
  void choicesMatchIgnoringCaseAndPostTheWordingAsWritten(String typed, String posted) {
    var variable =
        new TemplateVariable(
            "kind", "Kind", VariableType.TEXT, true, 0, List.of("Heavy snow", "Ice storm"));

    assertThat(variable.check(typed, rules))
        .isInstanceOfSatisfying(
            VariableCheck.Valid.class, v -> assertThat(v.value()).isEqualTo(posted));
    assertThat(variable.check("tornado", rules))
        .isEqualTo(
            new VariableCheck.Invalid(
                VariableCheck.Problem.NOT_A_CHOICE, List.of("Heavy snow, Ice storm")));
  }

  @ParameterizedTest
  @CsvSource({"torn,Tornado warning", "TORNADO,Tornado warning", "ice,Ice storm", "hea,Heavy snow"})
  void theFirstLettersOfOneChoiceAreEnough(String typed, String posted) {
    var variable =
        new TemplateVariable(
            "hazard",
            "Hazard",
            VariableType.TEXT,
            true,
            0,
            List.of("Heavy snow", "Ice storm", "High winds", "Tornado warning"));

    assertThat(variable.check(typed, rules))
        .isInstanceOfSatisfying(
            VariableCheck.Valid.class, v -> assertThat(v.value()).isEqualTo(posted));
    assertThat(variable.check("h", rules))
        .as("letters that start several choices are answered with those choices")
        .isEqualTo(
            new VariableCheck.Invalid(
                VariableCheck.Problem.AMBIGUOUS_CHOICE, List.of("h", "Heavy snow, High winds")));
    assertThat(variable.check("snow", rules))
        .isInstanceOfSatisfying(
            VariableCheck.Invalid.class,
            i -> assertThat(i.problem()).isEqualTo(VariableCheck.Problem.NOT_A_CHOICE));
  }

  @ParameterizedTest
  @CsvSource({"5,123456", "3,abcd"})
  void tooLongValuesSayByHowMuch(int max, String typed) {
    var variable = new TemplateVariable("v", "Street", VariableType.TEXT, true, max, List.of());

    assertThat(variable.check(typed, rules))
        .isEqualTo(
            new VariableCheck.Invalid(
                VariableCheck.Problem.TOO_LONG, List.of("Street", typed.length(), max)));
  }

  @ParameterizedTest
  @CsvSource({"''", "'   '"})
  void anOptionalBlankMayBeLeftEmpty(String typed) {
    var variable = TemplateVariable.optional("detour", "Detour", VariableType.TEXT);

    assertThat(variable.check(typed, rules))
        .isInstanceOfSatisfying(
            VariableCheck.Valid.class, v -> assertThat(v.value()).isEqualTo(""));
  }
}
