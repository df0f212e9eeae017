package org.deptbot.bot.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.core.access.Actor;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.NoticeOutcome;
import org.deptbot.core.notices.NoticeStatus;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.testing.NoticeNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A dispatcher issues, updates and cancels a notice in the training chat, and the department's
 * channels (shown in the training page while Telegram and Discord are off) get the post, then see
 * it edited in place. Everything goes through the real engine, delivery workers and MongoDB.
 */
@BotIntegrationTest
class TrainingNoticesIT {

  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final Duration POLL = Duration.ofMillis(50);
  private static final String DISPATCHER = "s-050";
  private static final String DISCLAIMER =
      "This account is not monitored around the clock. For emergencies dial 911.";

  @Autowired TrainingChat chat;
  @Autowired TrainingPersonas personas;
  @Autowired Notices notices;
  @Autowired AuditLog audit;
  @Autowired NoticeDesk desk;

  @Test
  void issueThenUpdateThenCancelEditsEveryChannelPostInPlace() throws Exception {
    say("/notice road_closure street=\"Elm St at 4th\" reason=\"due to a crash\"");
    Transcript.Entry control = awaitBot(e -> button(e, "Confirm") != null);
    assertThat(posts()).as("nothing is posted before Confirm").noneMatch(p -> p.contains("Elm St"));

    press(control, "Confirm");
    String id = awaitNoticeId();
    Map<String, String> posted = awaitPosts(id, 3, p -> p.contains("Elm St at 4th"));
    assertThat(posted.values())
        .allSatisfy(
            p ->
                assertThat(p)
                    .contains("Road closure: Elm St at 4th", "Riverton Police Department")
                    .contains(DISCLAIMER));
    assertThat(String.join("\n", posted.values()))
        .contains(
            "Riverton PD Alerts (Telegram channel)",
            "Riverton Traffic &amp; Weather (Telegram group)",
            "#announcements");
    awaitBot(e -> e.html().contains("Delivery of " + id) && e.html().contains("posted"));

    say("/notice_update " + id + " street=\"Oak Ave at 4th\"");
    press(awaitBot(e -> button(e, "Confirm: edit every post") != null), "Confirm: edit every post");
    Map<String, String> updated = awaitPosts(id, 3, p -> p.contains("UPDATED"));
    assertThat(updated.keySet()).as("edited in place").isEqualTo(posted.keySet());
    assertThat(updated.values()).allSatisfy(p -> assertThat(p).contains("Oak Ave at 4th"));

    say("/notice_cancel " + id);
    press(awaitBot(e -> button(e, "Cancel the notice") != null), "Cancel the notice");
    Map<String, String> cancelled = awaitPosts(id, 3, p -> p.contains("CANCELLED"));
    assertThat(cancelled.keySet()).isEqualTo(posted.keySet());
    assertThat(notices.byId(id).orElseThrow().status()).isEqualTo(NoticeStatus.CANCELLED);
    assertThat(audit.about("notice:" + id))
        .extracting(AuditEntry::action, AuditEntry::actor)
        .containsExactly(
            tuple("notice.issued", DISPATCHER),
            tuple("notice.updated", DISPATCHER),
            tuple("notice.cancelled", DISPATCHER));
  }

  @Test
  void anExerciseIsMarkedOnEveryPost() throws Exception {
    say("/notice special_event event=\"Drill\" location=\"City Park\" starts=\"18:00\"");
    Transcript.Entry control = awaitBot(e -> button(e, "Exercise / test") != null);
    press(control, "Exercise / test");
    press(awaitBot(e -> button(e, "Confirm: post EXERCISE") != null), "Confirm: post EXERCISE");
    String id = awaitNoticeId();

    assertThat(awaitPosts(id, 4, p -> p.contains("Drill")).values())
        .allSatisfy(p -> assertThat(p).contains("EXERCISE – TEST ONLY"));
  }

  @Test
  void aGuardrailRefusalOffersNoConfirm() throws Exception {
    say(
        "/notice tip_solicitation incident=\"a robbery, SSN 123-45-6789\" location=\"5th and Main\""
            + " when=\"18:00\" phone=\"555-0100\"");

    Transcript.Entry control = awaitBot(e -> e.html().contains("Cannot post"));

    assertThat(button(control, "Confirm")).isNull();
    assertThat(control.html()).doesNotContain("123-45-6789");
  }

  @Test
  void aFoundPersonsPostsAreReplacedWithoutTheirDetails() throws Exception {
    say(
        "/notice missing_person name=\"Jordan Avery\" age=\"14\" last_seen=\"14:30\""
            + " location=\"Riverside Park\" description=\"5 ft, red jacket\" phone=\"555-0100\"");
    press(awaitBot(e -> button(e, "Confirm") != null), "Confirm");
    String id = awaitNoticeId();
    Map<String, String> posted = awaitPosts(id, 3, p -> p.contains("Jordan Avery"));
    assertThat(posted.values())
        .as("last seen is a time gone by, shown with the zone (and the date when not today)")
        .allSatisfy(
            p ->
                assertThat(p)
                    .containsPattern("(today|[A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2},) 14:30 UTC"));

    say("/notice_found " + id);
    press(awaitBot(e -> button(e, "Person found") != null), "Person found");

    Map<String, String> now = awaitPosts(id, 3, p -> p.contains("FOUND"));
    assertThat(now.keySet())
        .as("a new post in place of the old")
        .doesNotContainAnyElementsOf(posted.keySet());
    assertThat(now.values()).allSatisfy(p -> assertThat(p).doesNotContain("Jordan", "red jacket"));
    assertThat(
            chat.transcript(TrainingPersonas.CHANNELS).after(0).stream()
                .filter(e -> posted.containsKey(e.id()))
                .reduce((a, b) -> b)
                .orElseThrow()
                .html())
        .as("the old post is removed")
        .contains("This post was removed");
  }

  @Test
  void anUpdateConfirmedAfterSomeoneElseChangedTheNoticeIsNotSavedAndSaysSo() throws Exception {
    say("/notice road_closure street=\"Pine St at 5th\" reason=\"due to a crash\"");
    press(awaitBot(e -> button(e, "Confirm") != null), "Confirm");
    String id = awaitNoticeId();
    say("/notice_update " + id + " street=\"Pine St at 6th\"");
    Transcript.Entry preview = awaitBot(e -> button(e, "Confirm: edit every post") != null);

    // meanwhile another dispatcher (in the console, say) updates the same notice
    Actor other =
        Actor.staff(
            new StaffMember("s-059", "Other Dispatcher", Set.of(Role.DISPATCHER), null, true),
            null);
    Map<String, String> theirs = new HashMap<>(notices.byId(id).orElseThrow().latest().values());
    theirs.put("street", "Pine St at 7th");
    assertThat(desk.update(other, new NoticeDesk.Update(id, 1, theirs, null, null, null)))
        .isInstanceOf(NoticeOutcome.Stored.class);

    press(preview, "Confirm: edit every post");

    assertThat(awaitBot(e -> e.html().contains("not saved")).html())
        .contains("Your change was not saved: " + id + " changed a moment ago");
    assertThat(notices.byId(id).orElseThrow().latest().values())
        .containsEntry("street", "Pine St at 7th");
    assertThat(audit.about("notice:" + id))
        .extracting(AuditEntry::action, AuditEntry::actor)
        .containsExactly(tuple("notice.issued", DISPATCHER), tuple("notice.updated", "s-059"));
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

  private Transcript.Entry awaitBot(Predicate<Transcript.Entry> wanted) {
    try {
      return await()
          .atMost(WAIT)
          .pollDelay(Duration.ZERO)
          .pollInterval(POLL)
          .until(
              () ->
                  chat.transcript(DISPATCHER).after(seen).stream()
                      .filter(e -> e.from().equals("bot"))
                      .filter(wanted)
                      .reduce((a, b) -> b),
              Optional::isPresent)
          .orElseThrow();
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(
          "the bot did not answer as expected; it said: " + chat.transcript(DISPATCHER).after(seen),
          e);
    }
  }

  private String awaitNoticeId() {
    Transcript.Entry posted =
        awaitBot(e -> e.html().contains("Posted as") || e.html().contains("Exercise N-"));
    return NoticeNumbers.in(posted.html());
  }

  /** The channel posts of notice {@code id}, newest version of each, once {@code count} match. */
  private Map<String, String> awaitPosts(String id, int count, Predicate<String> wanted) {
    try {
      return await()
          .atMost(WAIT)
          .pollDelay(Duration.ZERO)
          .pollInterval(POLL)
          .until(
              () -> channelPosts(id),
              latest -> latest.size() == count && latest.values().stream().allMatch(wanted));
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("channel posts of " + id + " were " + channelPosts(id), e);
    }
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
