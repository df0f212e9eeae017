package org.deptbot.bot.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.bot.notices.NoticeRelease;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeStatus;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.testing.NoticeNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A dispatcher schedules a notice in the training chat: a time that has passed is refused, the
 * preview and /notices say when it goes out with the zone, nothing is posted before its time, a
 * change before then is what goes out, the release round posts it once however often it runs, and
 * one cancelled before its time never goes out. The rounds are driven at chosen moments, never by
 * waiting for the clock.
 */
@BotIntegrationTest
class TrainingScheduledNoticesIT {

  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String DISPATCHER = "s-050";

  @Autowired TrainingChat chat;
  @Autowired TrainingPersonas personas;
  @Autowired Notices notices;
  @Autowired Deliveries deliveries;
  @Autowired NoticeRelease release;
  @Autowired AuditLog audit;

  @Test
  void aScheduledNoticeWaitsCanBeChangedAndGoesOutOnceAtItsTime() throws Exception {
    say("/notice road_closure street=\"Birch Rd\" reason=\"for the parade\"");
    Transcript.Entry control = awaitBot(e -> button(e, "At a time") != null);
    assertThat(control.html()).contains("Goes out as soon as you confirm");
    press(control, "At a time");
    assertThat(awaitBot(e -> e.html().contains("When should it go out?")).html())
        .as("the question says which zone times are read in")
        .contains("in UTC");

    say("30 min ago");
    assertThat(awaitBot(e -> e.html().contains("has already passed")).html())
        .containsPattern("\\d{2}:\\d{2} UTC has already passed")
        .as("the examples are still to come, and say the zone")
        .containsPattern(
            "still to come, in UTC: like \\d{1,2}/\\d{1,2}/\\d{4} \\d{2}:00, tomorrow 07:30 or"
                + " Saturday 10:00");
    assertThat(notices.scheduled()).noneMatch(n -> n.latest().title().contains("Birch Rd"));

    say("in 3 hours");
    Transcript.Entry preview = awaitBot(e -> button(e, "Confirm: send") != null);
    assertThat(preview.html()).containsPattern("Goes out [^<]*UTC, in (2 h 59|3 h 0) min");
    press(preview, "Confirm: send");
    String id = awaitNoticeId("Scheduled as");
    Notice waiting = notices.byId(id).orElseThrow();
    assertThat(waiting.status()).isEqualTo(NoticeStatus.SCHEDULED);
    assertThat(Duration.between(Instant.now(), waiting.scheduledFor()))
        .isBetween(Duration.ofMinutes(178), Duration.ofMinutes(181));

    say("/notices");
    assertThat(awaitBot(e -> e.html().contains(id) && e.html().contains("goes out in")).html())
        .containsPattern("goes out in (2 h 5\\d|3 h 0) min \\([^)]*\\d{2}:\\d{2} UTC\\)");

    say("/notice_update " + id + " street=\"Cedar Rd\"");
    press(awaitBot(e -> button(e, "Confirm: send") != null), "Confirm: send");
    awaitNoticeId("Scheduled as");
    assertThat(notices.byId(id).orElseThrow().latest().title()).contains("Cedar Rd");

    assertThat(release.releaseDue(waiting.scheduledFor().minusSeconds(60)))
        .as("a minute early")
        .isZero();
    assertThat(posts()).noneMatch(p -> p.contains("Birch Rd") || p.contains("Cedar Rd"));
    assertThat(deliveries.ofNotice(id)).isEmpty();

    Instant due = notices.byId(id).orElseThrow().scheduledFor();
    assertThat(release.releaseDue(due)).isEqualTo(1);
    assertThat(release.releaseDue(due)).as("a second round").isZero();
    Map<String, String> posted = awaitPosts(id, 3, p -> p.contains("Cedar Rd"));
    assertThat(posted.values()).noneMatch(p -> p.contains("Birch Rd") || p.contains("UPDATED"));
    assertThat(deliveries.ofNotice(id))
        .as("one delivery per recipient, of the one revision")
        .allSatisfy(d -> assertThat(d.revision()).isEqualTo(1));
    assertThat(notices.byId(id).orElseThrow().status()).isEqualTo(NoticeStatus.ISSUED);
    assertThat(audit.about("notice:" + id))
        .extracting(AuditEntry::action, AuditEntry::actor)
        .containsExactly(
            tuple("notice.scheduled", DISPATCHER),
            tuple("notice.schedule_changed", DISPATCHER),
            tuple("notice.released", "system"));
  }

  @Test
  void aWeekdayOrTomorrowWithATimeIsTheNextSuchDayInTheDepartmentsZone() throws Exception {
    say("/notice road_closure street=\"Larch St\" reason=\"for a street fair\"");
    press(awaitBot(e -> button(e, "At a time") != null), "At a time");
    awaitBot(e -> e.html().contains("When should it go out?"));

    say("sat 10:00");
    Transcript.Entry saturday = awaitBot(e -> button(e, "Confirm: send") != null);
    // on a Saturday morning it is today, shown without the day
    assertThat(saturday.html())
        .containsPattern("Goes out (Sat \\d{1,2} [A-Z][a-z]{2}[^<]*, )?10:00 UTC");
    press(saturday, "Discard");

    say("/notice road_closure street=\"Larch St\" reason=\"for a street fair\"");
    press(awaitBot(e -> button(e, "At a time") != null), "At a time");
    awaitBot(e -> e.html().contains("When should it go out?"));

    say("tomorrow 07:30");
    Transcript.Entry tomorrow = awaitBot(e -> button(e, "Confirm: send") != null);
    String day =
        java.time.LocalDate.now(java.time.ZoneOffset.UTC)
            .plusDays(1)
            .getDayOfWeek()
            .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
    assertThat(tomorrow.html()).containsPattern("Goes out " + day + " [^<]*07:30 UTC");
    press(tomorrow, "Discard");
    assertThat(notices.scheduled()).noneMatch(n -> n.latest().title().contains("Larch St"));
  }

  @Test
  void aScheduledNoticeChangedToSendNowGoesOutAtOnce() throws Exception {
    say("/notice road_closure street=\"Aspen Way\" reason=\"for paving\"");
    press(awaitBot(e -> button(e, "At a time") != null), "At a time");
    awaitBot(e -> e.html().contains("When should it go out?"));
    say("in 4 hours");
    press(awaitBot(e -> button(e, "Confirm: send") != null), "Confirm: send");
    String id = awaitNoticeId("Scheduled as");

    say("/notice_update " + id + " street=\"Poplar Way\"");
    press(awaitBot(e -> button(e, "Confirm: send") != null), "Send now");
    press(awaitBot(e -> button(e, "● Send now") != null), "Confirm");
    assertThat(awaitNoticeId("Posted as")).isEqualTo(id);

    assertThat(notices.byId(id).orElseThrow().status()).isEqualTo(NoticeStatus.ISSUED);
    Map<String, String> posted = awaitPosts(id, 3, p -> p.contains("Poplar Way"));
    assertThat(posted.values()).noneMatch(p -> p.contains("Aspen Way"));
    assertThat(audit.about("notice:" + id))
        .extracting(AuditEntry::action, AuditEntry::actor)
        .containsExactly(
            tuple("notice.scheduled", DISPATCHER),
            tuple("notice.schedule_changed", DISPATCHER),
            tuple("notice.released", "system"));
  }

  @Test
  void aNoticeCancelledBeforeItsTimeNeverGoesOut() throws Exception {
    say("/notice road_closure street=\"Spruce Ln\" reason=\"for tree work\"");
    press(awaitBot(e -> button(e, "At a time") != null), "At a time");
    awaitBot(e -> e.html().contains("When should it go out?"));
    say("in 5 hours");
    press(awaitBot(e -> button(e, "Confirm: send") != null), "Confirm: send");
    String id = awaitNoticeId("Scheduled as");

    say("/notice_cancel " + id);
    press(awaitBot(e -> button(e, "Cancel the notice") != null), "Cancel the notice");
    awaitBot(e -> e.html().contains(id) && e.html().toLowerCase().contains("cancel"));

    assertThat(release.releaseDue(Instant.now().plus(Duration.ofDays(1)))).isZero();
    assertThat(notices.byId(id).orElseThrow().status()).isEqualTo(NoticeStatus.CANCELLED);
    assertThat(deliveries.ofNotice(id)).isEmpty();
    assertThat(posts()).noneMatch(p -> p.contains("Spruce Ln"));
  }

  // --- helpers -------------------------------------------------------------------------------

  private long seen;

  private void say(String text) {
    seen = chat.transcript(DISPATCHER).last();
    chat.say(personas.byId(DISPATCHER).orElseThrow(), text);
  }

  private void press(Transcript.Entry entry, String labelStart) {
    seen = chat.transcript(DISPATCHER).last();
    assertThat(
            chat.press(
                personas.byId(DISPATCHER).orElseThrow(),
                entry.id(),
                button(entry, labelStart).id()))
        .isTrue();
  }

  private static Transcript.PageButton button(Transcript.Entry entry, String labelStart) {
    return entry.buttons().stream()
        .flatMap(List::stream)
        .filter(b -> b.label().startsWith(labelStart))
        .findFirst()
        .orElse(null);
  }

  private Transcript.Entry awaitBot(Predicate<Transcript.Entry> wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      var found =
          chat.transcript(DISPATCHER).after(seen).stream()
              .filter(e -> e.from().equals("bot"))
              .filter(wanted)
              .reduce((a, b) -> b);
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "the bot did not answer as expected; it said: " + chat.transcript(DISPATCHER).after(seen));
  }

  private String awaitNoticeId(String saying) throws InterruptedException {
    Transcript.Entry said = awaitBot(e -> e.html().contains(saying));
    return NoticeNumbers.in(said.html());
  }

  private Map<String, String> awaitPosts(String id, int count, Predicate<String> wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    Map<String, String> latest = Map.of();
    while (System.nanoTime() < deadline) {
      latest = channelPosts(id);
      if (latest.size() == count && latest.values().stream().allMatch(wanted)) {
        return latest;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("channel posts of " + id + " were " + latest);
  }

  private Map<String, String> channelPosts(String id) {
    Map<String, String> byMessage = new LinkedHashMap<>();
    for (Transcript.Entry e : chat.transcript(TrainingPersonas.CHANNELS).after(0)) {
      byMessage.put(e.id(), e.html());
    }
    byMessage.values().removeIf(html -> !html.contains("Notice " + id));
    return byMessage;
  }

  private List<String> posts() {
    return chat.transcript(TrainingPersonas.CHANNELS).after(0).stream()
        .map(Transcript.Entry::html)
        .toList();
  }
}
