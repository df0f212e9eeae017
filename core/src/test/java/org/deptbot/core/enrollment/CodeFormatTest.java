package org.deptbot.core.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeFormatTest {

  private final CodeFormat format = new CodeFormat(new SecureRandom());

  @Test
  void newCodesAreTenCharactersInTwoGroupsAndDiffer() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String code = format.newCode();
      assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
      seen.add(code);
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void typingIsForgivingAboutCaseSpacesDashesAndLookAlikes() {
    assertThat(CodeFormat.normalize(" k7qm3-xpd9r ")).isEqualTo("K7QM3XPD9R");
    assertThat(CodeFormat.normalize("K7QM3 XPD9R")).isEqualTo("K7QM3XPD9R");
    assertThat(CodeFormat.normalize("O1IL0-00000")).isEqualTo("0111000000");
  }

  @Test
  void rejectsWhatCannotBeACode() {
    assertThat(CodeFormat.normalize("K7QM3")).isNull();
    assertThat(CodeFormat.normalize("K7QM3-XPD9R-X")).isNull();
    assertThat(CodeFormat.normalize("K7QM3-XPD9U")).isNull(); // U is not in the alphabet
    assertThat(CodeFormat.normalize(null)).isNull();
  }

  @Test
  void hashesTheNormalizedFormOnly() {
    assertThat(CodeFormat.hash("K7QM3XPD9R"))
        .hasSize(64)
        .isEqualTo(CodeFormat.hash(CodeFormat.normalize("k7qm3-xpd9r")));
  }
}
