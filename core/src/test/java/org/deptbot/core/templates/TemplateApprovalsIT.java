package org.deptbot.core.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deptbot.core.templates.TemplateFixtures.NOW;
import static org.deptbot.core.templates.TemplateFixtures.roadClosureDraft;
import static org.deptbot.core.testing.StaffFixtures.member;

import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.NotPermitted;
import org.deptbot.core.staff.Role;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TemplateApprovalsIT {

  private static final Actor ADMIN_AUTHOR = Actor.staff(member("s-060", Role.ADMIN), null);
  private static final Actor APPROVER = Actor.staff(member("s-010", Role.APPROVER), null);
  private static final Actor DISPATCHER = Actor.staff(member("s-050", Role.DISPATCHER), null);

  private Templates templates;
  private TemplateApprovals approvals;

  @BeforeEach
  void setUp() {
    templates = new Templates(TestMongo.newDatabase());
    approvals = new TemplateApprovals(templates, new Authorization(), new MutableClock(NOW));
  }

  @Test
  void anApproverApprovesSomeoneElsesTemplateAndNoticesCanUseIt() {
    templates.add(roadClosureDraft("s-060"));
    approvals.submit(ADMIN_AUTHOR, "road_closure:v1");

    approvals.approve(APPROVER, "road_closure:v1", "Wording checked with PIO");

    assertThat(templates.usable("road_closure"))
        .hasValueSatisfying(
            t ->
                assertThat(t.history())
                    .last()
                    .satisfies(
                        e -> {
                          assertThat(e.byStaffId()).isEqualTo("s-010");
                          assertThat(e.reason()).isEqualTo("Wording checked with PIO");
                        }));
  }

  @Test
  void theAuthorCannotApproveEvenAsAnApproverAndADispatcherNotAtAll() {
    templates.add(roadClosureDraft("s-010"));
    approvals.submit(APPROVER, "road_closure:v1");

    assertThatThrownBy(() -> approvals.approve(APPROVER, "road_closure:v1", null))
        .isInstanceOf(TemplateTransitionRefused.class);
    assertThatThrownBy(() -> approvals.approve(DISPATCHER, "road_closure:v1", null))
        .isInstanceOf(NotPermitted.class);
    assertThat(templates.usable("road_closure")).isEmpty();
  }

  @Test
  void whenTwoChangesRaceOnlyTheFirstLands() {
    Template pending = roadClosureDraft("s-060").submit("s-060", NOW);
    templates.add(pending);

    // GIVEN both approvers read the pending version; one approves, the other rejects from its stale
    // copy
    assertThat(templates.replace(pending, pending.approve("s-010", null, NOW))).isTrue();
    assertThat(templates.replace(pending, pending.reject("s-011", "No", NOW))).isFalse();

    assertThat(templates.byId("road_closure:v1").orElseThrow().status())
        .isEqualTo(TemplateStatus.APPROVED);
  }

  @Test
  void aNewVersionIsUsedOnlyOnceApprovedSupersedesTheOldOneAndARetiredOneIsNeverUsed() {
    Template v1 = roadClosureDraft("s-060").submit("s-060", NOW).approve("s-010", null, NOW);
    templates.add(v1);
    Template v2 = v1.revise("Closed: {{street}}", v1.body(), v1.variables(), "s-060", NOW);
    templates.add(v2);

    assertThat(templates.usable("road_closure")).map(Template::version).hasValue(1);

    approvals.submit(ADMIN_AUTHOR, v2.id());
    approvals.approve(APPROVER, v2.id(), null);
    assertThat(templates.usable("road_closure")).map(Template::version).hasValue(2);
    assertThat(templates.allUsable()).extracting(Template::id).containsExactly("road_closure:v2");
    assertThat(templates.byId(v1.id()).orElseThrow().status()).isEqualTo(TemplateStatus.RETIRED);

    approvals.retire(APPROVER, v2.id(), "Replaced by the detour template");
    assertThat(templates.usable("road_closure")).isEmpty();
  }
}
