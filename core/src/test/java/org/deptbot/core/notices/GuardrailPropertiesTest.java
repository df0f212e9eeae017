package org.deptbot.core.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuardrailPropertiesTest {

  @Test
  void byDefaultWordingThatPresumesGuiltIsAWarningTheDispatcherMayAcknowledge() {
    Guardrails rules = new GuardrailProperties(false, List.of(), List.of(), "No.").guardrails();

    var findings = rules.check("Police are looking for the perpetrator.");

    assertThat(Guardrails.warns(findings)).isTrue();
    assertThat(Guardrails.refuses(findings)).isFalse();
  }

  @Test
  void aStrictDepartmentRefusesWhatWouldOtherwiseBeAWarning() {
    Guardrails rules = new GuardrailProperties(true, List.of(), List.of(), "No.").guardrails();

    assertThat(Guardrails.refuses(rules.check("Police are looking for the perpetrator."))).isTrue();
  }

  @Test
  void theDepartmentsOwnPhrasesAreRefusedOrWarnedWithItsReason() {
    Guardrails rules =
        new GuardrailProperties(
                false, List.of("gang member"), List.of("  ", "thug"), "Not our words.")
            .guardrails();

    var refused = rules.check("A gang member was seen");
    var warned = rules.check("A Thug was seen");

    assertThat(Guardrails.refuses(refused)).isTrue();
    assertThat(refused.get(0).rule().reason()).isEqualTo("Not our words.");
    assertThat(Guardrails.warns(warned)).isTrue();
    assertThat(Guardrails.refuses(warned)).isFalse();
  }
}
