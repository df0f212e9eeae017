package org.deptbot.bot.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.bot.chat.Image;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.testing.NoticeNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a dispatcher reads around a notice, through the training chat and the real engine: every
 * time with the department's zone abbreviation (the example department is on UTC), when the notice
 * expires, choices as buttons, and the exercise marker in the preview.
 */
@BotIntegrationTest
class TrainingNoticeDetailsIT {

  private static final String DISPATCHER = "s-050";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

  /** A moment as posts and receipts show it: {@code Tue 1 Dec, 14:05 UTC}. */
  private static final String STAMP =
      "[A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2}(?: \\d{4})?, \\d{2}:\\d{2} UTC";

  @Autowired TrainingChat chat;
  @Autowired TrainingPersonas personas;
  @Autowired Notices notices;
  TrainingTalk talk;

  @BeforeEach
  void setUp() {
    talk = new TrainingTalk(chat, personas);
    talk.say(DISPATCHER, "/cancel");
  }

  @Test
  void theUpdatedLineTheListAndTheReceiptsCarryTheZone() throws Exception {
    String id = issue("/notice road_closure street=\"Birch Rd\" reason=\"for utility work\"");
    talk.await(
        DISPATCHER,
        e -> e.html().matches("(?s).*Delivery of " + id + " \\(revision 1, " + STAMP + "\\).*"));

    talk.say(DISPATCHER, "/notice_update " + id + " street=\"Birch Rd and 9th\"");
    talk.press(
        DISPATCHER,
        talk.await(DISPATCHER, e -> TrainingTalk.button(e, "Confirm: edit every post") != null),
        "Confirm: edit every post");
    await()
        .atMost(TrainingTalk.WAIT)
        .untilAsserted(
            () ->
                assertThat(channelPosts(id))
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p).containsPattern("UPDATED " + STAMP)));

    talk.say(DISPATCHER, "/notices");
    assertThat(talk.await(DISPATCHER, e -> e.html().contains(id)).html())
        .containsPattern("issued " + STAMP + " · expires " + STAMP);

    talk.say(DISPATCHER, "/notice_status " + id);
    assertThat(talk.await(DISPATCHER, e -> e.html().contains("Delivery of " + id)).html())
        .containsPattern("revision 2, " + STAMP);
  }

  @Test
  void thePreviewSaysWhenItExpiresAndAnUpdatePastThatMovesTheExpiry() throws Exception {
    talk.say(
        DISPATCHER,
        "/notice road_closure street=\"Cedar Ln\" reason=\"for tree work\" until=\"in 2 hours\"");
    Transcript.Entry control =
        talk.await(DISPATCHER, e -> TrainingTalk.button(e, "Confirm") != null);
    assertThat(control.html()).containsPattern("Expires " + STAMP + "\\.");
    talk.press(DISPATCHER, control, "Confirm");
    String id = noticeId();
    Notice issued = notices.byId(id).orElseThrow();
    assertThat(issued.expiresAt())
        .as("the template's 12 hours outlast a reopening in 2 hours")
        .isEqualTo(issued.latest().at().plus(Duration.ofHours(12)));

    talk.say(DISPATCHER, "/notice_update " + id + " until=\"in 20 hours\"");
    Transcript.Entry update =
        talk.await(DISPATCHER, e -> TrainingTalk.button(e, "Confirm: edit every post") != null);
    assertThat(update.html())
        .containsPattern("Expires " + STAMP + ": moved from " + STAMP + ", so it stays up");
    talk.press(DISPATCHER, update, "Confirm: edit every post");

    await()
        .atMost(TrainingTalk.WAIT)
        .until(() -> notices.byId(id).orElseThrow().revisions().size() == 2);
    Notice updated = notices.byId(id).orElseThrow();
    assertThat(updated.expiresAt())
        .as("kept up until the road reopens, 20 hours after the update")
        .isAfter(issued.expiresAt());
    assertThat(Duration.between(updated.latest().at(), updated.expiresAt()))
        .isBetween(Duration.ofHours(19).plusMinutes(59), Duration.ofHours(20));
  }

  @Test
  void aChoiceIsOfferedAsButtonsAndTheFirstLettersAreEnoughWhenTyped() throws Exception {
    talk.say(DISPATCHER, "/notice weather_emergency");
    Transcript.Entry question =
        talk.await(DISPATCHER, e -> e.html().contains("What is happening?"));
    assertThat(question.buttons().stream().flatMap(List::stream).map(Transcript.PageButton::label))
        .contains(
            "Heavy snow", "Ice storm", "Flooding", "High winds", "Extreme heat", "Tornado warning");
    talk.press(DISPATCHER, question, "Flooding");
    talk.await(DISPATCHER, e -> e.html().contains("Which area?"));
    talk.say(DISPATCHER, "/cancel");

    talk.say(DISPATCHER, "/notice weather_emergency hazard=\"torn\" area=\"the east side\"");
    talk.await(DISPATCHER, e -> e.html().contains("Weather emergency: Tornado warning"));
    talk.say(DISPATCHER, "/cancel");

    talk.say(DISPATCHER, "/notice weather_emergency hazard=\"h\" area=\"the east side\"");
    assertThat(talk.await(DISPATCHER, e -> e.html().contains("could be")).html())
        .contains("“h” could be Heavy snow, High winds.");
  }

  @Test
  void anExercisePreviewShowsTheMarkerThePublicWillSee() throws Exception {
    talk.say(
        DISPATCHER,
        "/notice special_event event=\"Fire drill\" location=\"City Hall\" starts=\"in 3 hours\"");
    Transcript.Entry control =
        talk.await(DISPATCHER, e -> TrainingTalk.button(e, "Exercise / test") != null);
    assertThat(talk.botSince(DISPATCHER)).noneMatch(e -> e.html().contains("EXERCISE"));

    talk.press(DISPATCHER, control, "Exercise / test");

    Transcript.Entry preview =
        talk.await(DISPATCHER, e -> e.html().contains("Fire drill") && e.buttons().isEmpty());
    assertThat(preview.html()).contains("EXERCISE – TEST ONLY");
    talk.say(DISPATCHER, "/cancel");
  }

  @Test
  void helpListsNoticeStatusForADispatcherButNotForThePublic() throws Exception {
    talk.say(DISPATCHER, "/help");
    assertThat(talk.await(DISPATCHER, e -> e.html().contains("/notices")).html())
        .contains("/notice_status");

    String member = TrainingPersonas.PUBLIC;
    talk.say(member, "/help");
    assertThat(talk.await(member, e -> e.html().contains("/help")).html())
        .doesNotContain("/notice_status");
  }

  @Test
  void aPhotoSentFromThePageIsTakenForAMissingPersonAndShownInThePreview() throws Exception {
    talk.say(
        DISPATCHER,
        "/notice missing_person name=\"Robin Lake\" age=\"12\" last_seen=\"20 min ago\""
            + " location=\"near the library\" description=\"blue coat\" phone=\"555-0100\"");
    talk.press(
        DISPATCHER,
        talk.await(DISPATCHER, e -> TrainingTalk.button(e, "Change a value") != null),
        "Change a value");
    talk.press(
        DISPATCHER,
        talk.await(DISPATCHER, e -> TrainingTalk.button(e, "Photo (optional)") != null),
        "Photo (optional)");
    talk.await(DISPATCHER, e -> e.html().contains("Send the photo as a picture"));

    talk.newTurn(DISPATCHER);
    chat.send(personas.byId(DISPATCHER).orElseThrow(), new Image("robin.png", "image/png", PNG));

    Transcript.Entry preview =
        talk.await(DISPATCHER, e -> e.html().contains("Robin Lake") && e.buttons().isEmpty());
    assertThat(preview.html())
        .as("the preview post carries the photo")
        .startsWith("<img alt=\"\" src=\"data:image/png;base64,");
    talk.say(DISPATCHER, "/cancel");
  }

  private String issue(String quickForm) throws InterruptedException {
    talk.say(DISPATCHER, quickForm);
    talk.press(
        DISPATCHER,
        talk.await(DISPATCHER, e -> TrainingTalk.button(e, "Confirm") != null),
        "Confirm");
    return noticeId();
  }

  private String noticeId() throws InterruptedException {
    Transcript.Entry posted = talk.await(DISPATCHER, e -> e.html().contains("Posted as"));
    return NoticeNumbers.in(posted.html());
  }

  /** The newest version of each channel post of notice {@code id}. */
  private List<String> channelPosts(String id) {
    var byMessage = new java.util.LinkedHashMap<String, String>();
    for (Transcript.Entry e : chat.transcript(TrainingPersonas.CHANNELS).after(0)) {
      byMessage.put(e.id(), e.html());
    }
    return byMessage.values().stream().filter(html -> html.contains("Notice " + id)).toList();
  }
}
