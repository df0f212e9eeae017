package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deptbot.core.testing.StaffFixtures.member;
import static org.deptbot.core.testing.StaffFixtures.memberUnder;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.staff.ChainOfCommand;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseAccessTest {

  private static final List<StaffMember> ROSTER =
      List.of(
          member("chief", Role.SUPERVISOR),
          memberUnder("deputy", "chief", Role.SUPERVISOR),
          memberUnder("ia", "chief", Role.INTERNAL_AFFAIRS),
          memberUnder("sgt", "deputy", Role.SUPERVISOR),
          memberUnder("sgt2", "deputy", Role.SUPERVISOR),
          memberUnder("officer", "sgt", Role.EMPLOYEE));
  private static final Map<String, StaffMember> BY_ID =
      ROSTER.stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));

  @ParameterizedTest(name = "{0} may see a case handled by sgt about {1}: {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "sgt,     -,      true", // the handler
        "deputy,  -,      true", // above the handler
        "chief,   -,      true",
        "ia,      -,      true", // internal affairs
        "sgt2,    -,      false", // a peer
        "officer, -,      false", // the reporter's colleague, below
        "chief,   chief,  false", // the subject, whatever the rank
        "ia,      ia,     false",
      })
  void needToKnow(String viewer, String subject, boolean allowed) {
    Report report =
        ReportFixtures.about(ReportFixtures.newCase("R-2026-000001", "intake", "sgt"), subject);
    Actor actor = Actor.staff(BY_ID.get(viewer), new ChatIdentity(ChatPlatform.TRAINING, viewer));

    assertThat(
            new CaseAccess(new Authorization()).maySee(actor, report, new ChainOfCommand(ROSTER)))
        .isEqualTo(allowed);
  }
}
