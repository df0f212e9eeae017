package org.deptbot.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.deptbot.core.audit.AuditVerification.Broken;
import org.deptbot.core.audit.AuditVerification.Intact;
import org.deptbot.core.audit.ChainProblem;
import org.junit.jupiter.api.Test;

class VerifyAuditCommandTest {

  @Test
  void countsEntriesWithThousandsSeparators() {
    assertThat(VerifyAuditCommand.describe(new Intact(1234, "ab12")))
        .startsWith("Audit log intact: 1,234 entries, head sha256 ab12");
  }

  @Test
  void explainsEachProblemInPlainWords() {
    assertThat(VerifyAuditCommand.describe(new Broken(57, ChainProblem.EDITED)))
        .isEqualTo("Audit log BROKEN at entry 57: the entry was changed after it was written");
    for (ChainProblem problem : ChainProblem.values()) {
      assertThat(VerifyAuditCommand.describe(new Broken(3, problem)))
          .startsWith("Audit log BROKEN at entry 3: the entry ");
    }
  }

  @Test
  void isAskedForOnlyByItsOption() {
    assertThat(VerifyAuditCommand.requested("--server.port=0", "--verify-audit")).isTrue();
    assertThat(VerifyAuditCommand.requested("--server.port=0")).isFalse();
  }
}
