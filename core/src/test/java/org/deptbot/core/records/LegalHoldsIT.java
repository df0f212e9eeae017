package org.deptbot.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deptbot.core.records.RecordsWorld.console;

import org.deptbot.core.access.Actor;
import org.deptbot.core.access.NotPermitted;
import org.deptbot.core.audit.AuditChannel;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LegalHoldsIT {

  private RecordsWorld world;
  private final RecordScope aCase = RecordScope.ofCase("R-2026-000001");

  @BeforeEach
  void setUp() {
    world = new RecordsWorld();
    world.resolvedCase("R-2026-000001", null, "s-dispatch");
  }

  @Test
  void aHoldOnACaseTipNoticeOrMemberNobodyStoredIsRefusedWithTheNumberAndNothingIsKept() {
    world.closedTip("T-2026-000001", null, null, null);
    var typos =
        java.util.Map.of(
            RecordScope.ofCase("R-2026-0042"), HoldRefused.Reason.NO_SUCH_CASE,
            RecordScope.ofCase("T-2026-000009"), HoldRefused.Reason.NO_SUCH_TIP,
            RecordScope.ofNotice("N-2026-000001"), HoldRefused.Reason.NO_SUCH_NOTICE,
            RecordScope.ofStaff("s-060"), HoldRefused.Reason.NO_SUCH_MEMBER);

    typos.forEach(
        (scope, reason) ->
            assertThatThrownBy(
                    () -> world.holds.place(console(world.admin), new HoldRequest(scope, "suit")))
                .isInstanceOfSatisfying(
                    HoldRefused.class,
                    e -> {
                      assertThat(e.reason()).isEqualTo(reason);
                      assertThat(e.arguments()).containsExactly(scope.target());
                    }));

    assertThat(world.holds.all()).isEmpty();
    assertThat(world.auditAbout("hold:H-2026-000001")).isEmpty();
    assertThat(
            world.holds.place(
                console(world.admin), new HoldRequest(RecordScope.ofCase("T-2026-000001"), "suit")))
        .isNotNull();
    assertThat(
            world.holds.place(
                console(world.admin),
                new HoldRequest(RecordScope.ofStaff(world.supervisor.id()), "suit")))
        .isNotNull();
  }

  @Test
  void internalAffairsPlacesAHoldWithAReasonAndTheConsoleIsAudited() {
    LegalHold hold =
        world.holds.place(
            console(world.internalAffairs), new HoldRequest(aCase, " Smith v. City "));

    assertThat(hold.id()).isEqualTo("H-2026-000001");
    assertThat(hold.reason()).isEqualTo("Smith v. City");
    assertThat(hold.placedBy()).isEqualTo("s-ia");
    assertThat(world.holds.active()).containsExactly(hold);
    AuditEntry entry = world.auditAbout("hold:H-2026-000001").get(0);
    assertThat(entry.action()).isEqualTo("hold.placed");
    assertThat(entry.actor()).isEqualTo("s-ia");
    assertThat(entry.channel()).isEqualTo(AuditChannel.CONSOLE);
    assertThat(entry.details())
        .containsEntry("scope", "case R-2026-000001")
        .containsEntry("reason", "Smith v. City");
  }

  @Test
  void anAdminMayPlaceOneFromChatToo() {
    Actor inChat = Actor.staff(world.admin, new ChatIdentity(ChatPlatform.TELEGRAM, "700000001"));

    world.holds.place(inChat, new HoldRequest(aCase, "preservation letter"));

    assertThat(world.auditAbout("hold:H-2026-000001").get(0).channel())
        .isEqualTo(AuditChannel.TELEGRAM);
  }

  @Test
  void othersMayNotPlaceOrLiftHolds() {
    for (var member : java.util.List.of(world.dispatcher, world.supervisor, world.approver)) {
      assertThatThrownBy(
              () -> world.holds.place(console(member), new HoldRequest(aCase, "because")))
          .isInstanceOf(NotPermitted.class);
    }
    LegalHold hold = world.holds.place(console(world.admin), new HoldRequest(aCase, "because"));
    assertThatThrownBy(() -> world.holds.lift(console(world.supervisor), hold.id(), "done"))
        .isInstanceOf(NotPermitted.class);
    assertThatThrownBy(
            () -> world.holds.place(Actor.publicUser(null), new HoldRequest(aCase, "because")))
        .isInstanceOf(NotPermitted.class);
    assertThat(world.holds.active()).containsExactly(hold);
  }

  @Test
  void placingOrLiftingWithoutAReasonIsRefused() {
    assertThatThrownBy(() -> world.holds.place(console(world.admin), new HoldRequest(aCase, "  ")))
        .isInstanceOfSatisfying(
            HoldRefused.class,
            e -> assertThat(e.reason()).isEqualTo(HoldRefused.Reason.REASON_NEEDED));
    LegalHold hold = world.holds.place(console(world.admin), new HoldRequest(aCase, "because"));
    assertThatThrownBy(() -> world.holds.lift(console(world.admin), hold.id(), null))
        .isInstanceOfSatisfying(
            HoldRefused.class,
            e -> assertThat(e.reason()).isEqualTo(HoldRefused.Reason.REASON_NEEDED));
    assertThat(world.holds.active()).containsExactly(hold);
  }

  @Test
  void liftingKeepsTheHoldOnRecordWithWhoWhenAndWhy() {
    LegalHold hold =
        world.holds.place(console(world.internalAffairs), new HoldRequest(aCase, "because"));
    world.clock.advance(java.time.Duration.ofDays(10));

    LegalHold lifted = world.holds.lift(console(world.admin), hold.id(), "case settled");

    assertThat(world.holds.active()).isEmpty();
    assertThat(world.holds.all()).containsExactly(lifted);
    assertThat(lifted.liftedBy()).isEqualTo("s-admin");
    assertThat(lifted.liftedAt()).isEqualTo(world.clock.instant());
    assertThat(lifted.liftReason()).isEqualTo("case settled");
    assertThat(world.auditAbout("hold:" + hold.id()))
        .extracting(AuditEntry::action)
        .containsExactly("hold.placed", "hold.lifted");
  }

  @Test
  void aHoldIsLiftedOnceAndAnUnknownOneNotAtAll() {
    LegalHold hold = world.holds.place(console(world.admin), new HoldRequest(aCase, "because"));
    world.holds.lift(console(world.admin), hold.id(), "done");

    assertThatThrownBy(() -> world.holds.lift(console(world.internalAffairs), hold.id(), "again"))
        .isInstanceOfSatisfying(
            HoldRefused.class,
            e -> {
              assertThat(e.reason()).isEqualTo(HoldRefused.Reason.ALREADY_LIFTED);
              assertThat(e.arguments()).containsExactly(hold.id(), "s-admin");
            });
    assertThatThrownBy(() -> world.holds.lift(console(world.admin), "H-2026-999999", "x"))
        .isInstanceOfSatisfying(
            HoldRefused.class,
            e -> assertThat(e.reason()).isEqualTo(HoldRefused.Reason.NO_SUCH_HOLD));
  }
}
