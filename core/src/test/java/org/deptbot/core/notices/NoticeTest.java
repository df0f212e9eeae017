package org.deptbot.core.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.deptbot.core.department.Department;
import org.deptbot.core.notices.cap.CapAlert;
import org.deptbot.core.notices.cap.CapDocument;
import org.deptbot.core.notices.cap.CapMsgType;
import org.deptbot.core.notices.cap.CapStatus;
import org.deptbot.core.templates.Template;
import org.junit.jupiter.api.Test;

class NoticeTest {

  private static final Instant T0 = NoticeFixtures.T0;
  private static final Department RIVERTON =
      Department.of(
          "Riverton Police Department",
          "Non-emergency (555) 010-4400",
          "https://police.riverton.example",
          "Not monitored around the clock.");
  private final NoticeCapMessages cap =
      new NoticeCapMessages("police.riverton.example", ZoneId.of("America/New_York"));

  @Test
  void issuesFromAnApprovedTemplateWithTheValuesFilledIn() {
    Notice notice = issue(NoticeMode.LIVE);

    assertThat(notice.status()).isEqualTo(NoticeStatus.ISSUED);
    assertThat(notice.latest().title()).isEqualTo("Road closure: Main St");
    assertThat(notice.latest().body()).isEqualTo("Main St is closed.");
    assertThat(notice.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(12)));
  }

  @Test
  void refusesAnUnapprovedTemplateAndANoticeWithNowhereToGo() {
    Template draft = template().reject("s-010", "wording", T0);

    assertThatThrownBy(
            () ->
                Notice.issue(
                    "N-1",
                    draft,
                    Map.of("street", "Main St"),
                    List.of("tg-alerts"),
                    NoticeMode.LIVE,
                    "s-050",
                    T0))
        .isInstanceOfSatisfying(
            NoticeTransitionRefused.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(NoticeTransitionRefused.Reason.TEMPLATE_NOT_USABLE));
    assertThatThrownBy(
            () ->
                Notice.issue(
                    "N-1",
                    approved(),
                    Map.of("street", "Main St"),
                    List.of(),
                    NoticeMode.LIVE,
                    "s-050",
                    T0))
        .isInstanceOfSatisfying(
            NoticeTransitionRefused.class,
            e -> assertThat(e.reason()).isEqualTo(NoticeTransitionRefused.Reason.NO_TARGETS));
  }

  @Test
  void updatesThenCancelsAndRefusesEverythingAfterwards() {
    Notice updated =
        issue(NoticeMode.LIVE)
            .update(
                approved(),
                Map.of("street", "Main St and 3rd Ave"),
                "Closure extended",
                "s-050",
                T0.plusSeconds(600));
    Notice cancelled = updated.cancel("The road has reopened.", "s-050", T0.plusSeconds(1200));

    assertThat(updated.status()).isEqualTo(NoticeStatus.UPDATED);
    assertThat(updated.latest().title()).isEqualTo("Road closure: Main St and 3rd Ave");
    assertThat(cancelled.status()).isEqualTo(NoticeStatus.CANCELLED);
    assertThat(cancelled.revisions())
        .extracting(NoticeRevision::kind)
        .containsExactly(
            NoticeRevision.Kind.ISSUE, NoticeRevision.Kind.UPDATE, NoticeRevision.Kind.CANCEL);
    assertThatThrownBy(() -> cancelled.update(approved(), Map.of(), null, "s-050", T0))
        .isInstanceOfSatisfying(
            NoticeTransitionRefused.class,
            e -> {
              assertThat(e.reason()).isEqualTo(NoticeTransitionRefused.Reason.NOT_ACTIVE);
              assertThat(e.arguments()).containsExactly("N-2026-000001", NoticeStatus.CANCELLED);
            });
  }

  @Test
  void expiresOnlyWhenItsTimeHasCome() {
    Notice notice = issue(NoticeMode.LIVE);

    assertThatThrownBy(() -> notice.expire(T0.plusSeconds(60)))
        .isInstanceOfSatisfying(
            NoticeTransitionRefused.class,
            e -> assertThat(e.reason()).isEqualTo(NoticeTransitionRefused.Reason.NOT_DUE));
    assertThat(notice.expire(notice.expiresAt()).status()).isEqualTo(NoticeStatus.EXPIRED);
  }

  @Test
  void eachRevisionIsACapMessageReferringToAllEarlierOnes() {
    Notice notice =
        issue(NoticeMode.LIVE)
            .update(
                approved(),
                Map.of("street", "Main St and 3rd Ave"),
                "Extended",
                "s-050",
                T0.plusSeconds(600))
            .cancel("Reopened.", "s-050", T0.plusSeconds(1200));

    CapAlert first = cap.alert(notice, 1, approved(), RIVERTON);
    CapAlert third = cap.alert(notice, 3, approved(), RIVERTON);

    assertThat(first.msgType()).isEqualTo(CapMsgType.ALERT);
    assertThat(first.references()).isEmpty();
    assertThat(first.identifier()).isEqualTo("police.riverton.example.N-2026-000001.1");
    assertThat(first.info().areaDesc()).isEqualTo("Main St");
    assertThat(third.msgType()).isEqualTo(CapMsgType.CANCEL);
    assertThat(third.references())
        .extracting(r -> r.identifier())
        .containsExactly(
            "police.riverton.example.N-2026-000001.1", "police.riverton.example.N-2026-000001.2");
    String xml = CapDocument.render(third);
    assertThat(xml)
        .contains("<sent>2026-11-21T17:09:00-05:00</sent>", "<msgType>Cancel</msgType>")
        .contains(
            "police.riverton.example,police.riverton.example.N-2026-000001.1,2026-11-21T16:49:00-05:00");
  }

  @Test
  void anExerciseIsAnExerciseInCapToo() {
    assertThat(cap.alert(issue(NoticeMode.EXERCISE), 1, approved(), RIVERTON).status())
        .isEqualTo(CapStatus.EXERCISE);
  }

  @Test
  void aFoundPersonsRevisionKeepsNoValuesAndOnlyPersonNoticesCanBeMarkedFound() {
    Notice road = issue(NoticeMode.LIVE);

    assertThatThrownBy(() -> road.found("Found", "Found safe.", "s-050", T0))
        .isInstanceOfSatisfying(
            NoticeTransitionRefused.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(NoticeTransitionRefused.Reason.NOT_ABOUT_A_PERSON));
  }

  private Notice issue(NoticeMode mode) {
    return NoticeFixtures.roadClosure("N-2026-000001", mode);
  }

  private static Template template() {
    return NoticeFixtures.pendingRoadClosure();
  }

  private static Template approved() {
    return NoticeFixtures.approvedRoadClosure();
  }
}
