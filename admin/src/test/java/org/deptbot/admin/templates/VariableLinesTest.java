package org.deptbot.admin.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.TimeDirection;
import org.junit.jupiter.api.Test;

class VariableLinesTest {

  @Test
  void aDateTimeBlankTypedAsLookingBackKeepsItsDirectionBothWays() {
    var blanks =
        VariableLines.parse(
            "last_seen | Last seen when? | DATETIME past\nuntil | Until | datetime");

    assertThat(blanks)
        .extracting(TemplateVariable::when)
        .containsExactly(TimeDirection.PAST, TimeDirection.FUTURE);
    assertThat(VariableLines.format(blanks))
        .startsWith("last_seen | Last seen when? | DATETIME past | required")
        .contains("until | Until | DATETIME | required");
    assertThat(VariableLines.parse(VariableLines.format(blanks))).isEqualTo(blanks);
  }

  @Test
  void anUnknownDirectionIsRefusedWithItsLine() {
    assertThatThrownBy(() -> VariableLines.parse("last_seen | Last seen | DATETIME yesterday"))
        .hasMessageStartingWith("Blank on line 1");
  }
}
