package org.deptbot.bot.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deptbot.bot.training.TrainingTalk.button;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.reports.Allegation;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Reports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Issue 19 in the training chat: a sergeant decides a case allegation by allegation, keeps a note
 * only handlers and internal affairs read, the reporter hears it is closed with each finding in
 * plain words (the example seed tells reporters) and never the action taken, and internal affairs
 * re-opens it with a reason.
 */
@BotIntegrationTest
class TrainingFindingsIT {

  private static final String OFFICER = "s-031"; // Officer Jamie Cole, under Sgt. Tom Reyes
  private static final String SERGEANT = "s-030"; // Sgt. Tom Reyes, under the deputy chief
  private static final String DEPUTY = "s-010"; // Deputy Chief Maria Alvarez, above the sergeant
  private static final String INTERNAL_AFFAIRS = "s-020"; // Lt. Grace Kim
  private static final Pattern CASE_ID = Pattern.compile("R-\\d{4}-\\d{6}");
  private static final String NOTE = "The subject has a cousin in dispatch; keep this quiet.";
  private static final String ACTION = "Written reprimand, post removed.";

  @Autowired TrainingChat chat;
  @Autowired TrainingPersonas personas;
  @Autowired Reports reports;
  @Autowired AuditLog audit;
  @Autowired MongoTemplate mongo;
  private TrainingTalk talk;

  /** The shared context's other report tests use the same officer: this hour's counters cleared. */
  @BeforeEach
  void talk() {
    talk = new TrainingTalk(chat, personas);
    mongo.remove(new Query(), "submission_limits");
  }

  /** And cleared again, so the other tests' reports by the same officer are not held back. */
  @AfterEach
  void clearLimits() {
    mongo.remove(new Query(), "submission_limits");
  }

  @Test
  void aCaseIsDecidedAllegationByAllegationClosedForTheReporterAndReopenedByInternalAffairs()
      throws Exception {
    String id = report();
    Transcript.Entry card = talk.await(SERGEANT, e -> e.html().contains("Case " + id));
    talk.press(SERGEANT, card, "Acknowledge");
    talk.await(OFFICER, e -> e.html().contains("Your report " + id + " has been acknowledged"));

    Transcript.Entry fresh = card(SERGEANT, id, "Record a finding");
    assertThat(fresh.html())
        .contains("Allegation A1 (V.A.4.a): A photo in uniform", "No finding yet");

    // a note, for the handlers and internal affairs only
    talk.press(SERGEANT, fresh, "Add a note");
    talk.await(SERGEANT, e -> e.html().contains("Type your note on " + id));
    talk.say(SERGEANT, NOTE);
    talk.await(SERGEANT, e -> e.html().contains("Your note is on " + id));
    talk.press(SERGEANT, card(SERGEANT, id, "Notes"), "Notes");
    assertThat(talk.await(SERGEANT, e -> e.html().contains("Notes on " + id)).html())
        .contains(NOTE, "Sgt. Tom Reyes");

    // the deputy sees the case through the chain of command, but not the notes
    Transcript.Entry deputyView = card(DEPUTY, id, null);
    assertThat(deputyView.html()).doesNotContain(NOTE);
    assertThat(button(deputyView, "Notes")).isNull();
    talk.say(DEPUTY, "/case_act " + id + " notes");
    assertThat(talk.await(DEPUTY, e -> e.html().contains("not available to you")).html())
        .doesNotContain(NOTE);

    // a second allegation
    talk.press(SERGEANT, card(SERGEANT, id, "Add an allegation"), "Add an allegation");
    talk.press(
        SERGEANT,
        talk.await(SERGEANT, e -> button(e, "Speaks for the department") != null),
        "Speaks for the department");
    talk.await(SERGEANT, e -> e.html().contains("What is alleged under"));
    talk.say(SERGEANT, "The caption speaks for the department.");
    talk.await(SERGEANT, e -> e.html().contains("Allegation A2 is added to " + id));

    // A1 sustained: which allegation, which finding, the action taken, then Yes
    talk.press(SERGEANT, card(SERGEANT, id, "Record a finding"), "Record a finding");
    talk.press(SERGEANT, talk.await(SERGEANT, e -> button(e, "A1 ") != null), "A1 ");
    talk.press(SERGEANT, talk.await(SERGEANT, e -> button(e, "Sustained") != null), "Sustained");
    talk.await(SERGEANT, e -> e.html().contains("What action was taken on allegation A1"));
    talk.say(SERGEANT, ACTION);
    Transcript.Entry confirm =
        talk.await(SERGEANT, e -> e.html().contains("Record allegation A1 of " + id));
    assertThat(confirm.html()).doesNotContain("last open allegation");
    talk.press(SERGEANT, confirm, "Yes");
    talk.await(SERGEANT, e -> e.html().contains("Allegations still without a finding: 1"));
    assertThat(reports.byId(id).orElseThrow().status()).isEqualTo(CaseStatus.ACKNOWLEDGED);

    // A2, the last one, unfounded: the case closes
    talk.press(SERGEANT, card(SERGEANT, id, "Record a finding"), "Record a finding");
    talk.press(SERGEANT, talk.await(SERGEANT, e -> button(e, "Unfounded") != null), "Unfounded");
    talk.say(SERGEANT, "None.");
    confirm = talk.await(SERGEANT, e -> e.html().contains("last open allegation"));
    talk.press(SERGEANT, confirm, "Yes");
    talk.await(SERGEANT, e -> e.html().contains(id + " is closed"));

    Report closed = reports.byId(id).orElseThrow();
    assertThat(closed.status()).isEqualTo(CaseStatus.RESOLVED);
    assertThat(closed.allegations())
        .extracting(Allegation::finding)
        .containsExactly("SUSTAINED", "UNFOUNDED");
    Transcript.Entry told =
        talk.await(OFFICER, e -> e.html().contains("Your report " + id + " is closed"));
    assertThat(told.html())
        .contains("Sustained: the policy was broken", "Unfounded: it did not happen as reported");
    assertThat(chat.transcript(OFFICER).after(0L))
        .allSatisfy(e -> assertThat(e.html()).doesNotContain(ACTION, NOTE));

    // only internal affairs re-opens it, with a reason
    talk.say(SERGEANT, "/case_act " + id + " reopen");
    talk.await(SERGEANT, e -> e.html().contains("not available to you"));
    Transcript.Entry iaView = card(INTERNAL_AFFAIRS, id, "Re-open");
    talk.press(INTERNAL_AFFAIRS, iaView, "Re-open");
    talk.await(INTERNAL_AFFAIRS, e -> e.html().contains("Why re-open " + id));
    talk.say(INTERNAL_AFFAIRS, "The subject appealed with new screenshots.");
    talk.press(
        INTERNAL_AFFAIRS,
        talk.await(INTERNAL_AFFAIRS, e -> e.html().contains("Re-open " + id + "?")),
        "Yes");
    talk.await(INTERNAL_AFFAIRS, e -> e.html().contains(id + " is open again"));
    talk.await(OFFICER, e -> e.html().contains("Your report " + id + " is open again"));
    Report reopened = reports.byId(id).orElseThrow();
    assertThat(reopened.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
    assertThat(reopened.handlerId()).isEqualTo(INTERNAL_AFFAIRS);
    assertThat(reopened.undecided()).hasSize(2);
    assertThat(audit.about("case:" + id))
        .extracting(AuditEntry::action)
        .contains("case.note_added", "case.finding_recorded", "case.closed", "case.reopened");
    assertThat(audit.about("case:" + id))
        .allSatisfy(e -> assertThat(e.details().values()).doesNotContain(NOTE, ACTION));
  }

  /** The case as {@code /case} shows it to the persona now, with a button starting so (or none). */
  private Transcript.Entry card(String persona, String id, String buttonStart) {
    talk.say(persona, "/case " + id);
    return talk.await(
        persona,
        e ->
            e.html().contains("Case " + id)
                && (buttonStart == null || button(e, buttonStart) != null));
  }

  private String report() throws Exception {
    talk.say(OFFICER, "/report");
    talk.await(OFFICER, e -> e.html().contains("Send the link"));
    talk.say(OFFICER, "https://social.example/p/findings");
    Transcript.Entry next =
        talk.await(
            OFFICER, e -> button(e, "Facebook") != null || button(e, "Shows department") != null);
    if (button(next, "Facebook") != null) {
      talk.press(OFFICER, next, "Facebook");
    }
    talk.press(
        OFFICER,
        talk.await(OFFICER, e -> button(e, "Shows department") != null),
        "Shows department");
    talk.press(
        OFFICER, talk.await(OFFICER, e -> button(e, "Someone else") != null), "Someone else");
    talk.await(OFFICER, e -> e.html().contains("Who posted it, as far as you know"));
    talk.say(OFFICER, "@riverton_hot_takes");
    talk.await(OFFICER, e -> e.html().contains("What happened?"));
    talk.say(OFFICER, "A photo in uniform with the badge number readable.");
    talk.press(OFFICER, talk.await(OFFICER, e -> button(e, "No files") != null), "No files");
    talk.press(
        OFFICER, talk.await(OFFICER, e -> button(e, "Confidential") != null), "Confidential");
    talk.press(
        OFFICER,
        talk.await(OFFICER, e -> button(e, "Submit the report") != null),
        "Submit the report");
    Transcript.Entry receipt = talk.await(OFFICER, e -> e.html().contains("Thank you"));
    Matcher m = CASE_ID.matcher(receipt.html());
    assertThat(m.find()).isTrue();
    return m.group();
  }
}
