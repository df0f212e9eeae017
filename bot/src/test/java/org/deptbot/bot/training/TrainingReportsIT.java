package org.deptbot.bot.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.deptbot.bot.training.TrainingTalk.button;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.ChainVerifier;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer reports a post in the training chat; the case reaches the right supervisor, who
 * acknowledges it; the officer hears back. Anonymous reports show nobody's name to the handler, and
 * a report about the officer's own sergeant goes past the sergeant.
 */
@BotIntegrationTest
class TrainingReportsIT {

  private static final String OFFICER = "s-031"; // Officer Jamie Cole, under Sgt. Tom Reyes
  private static final String SERGEANT = "s-030"; // Sgt. Tom Reyes, under the deputy chief
  private static final String DEPUTY = "s-010"; // Deputy Chief Maria Alvarez
  private static final String INTERNAL_AFFAIRS = "s-020"; // Lt. Grace Kim
  private static final Pattern RECEIPT_KEY = Pattern.compile("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
  private static final Pattern CASE_ID = Pattern.compile("R-\\d{4}-\\d{6}");

  @Autowired TrainingChat chat;
  @Autowired TrainingPersonas personas;
  private TrainingTalk talk;

  @BeforeEach
  void talk() {
    talk = new TrainingTalk(chat, personas);
  }

  @Autowired Reports reports;
  @Autowired AuditLog audit;
  @Autowired ChainVerifier verifier;

  @Test
  void aConfidentialReportReachesTheSupervisorWhoAcknowledgesItAndTheReporterHearsBack()
      throws Exception {
    String id = report(null, "Confidential");

    Transcript.Entry card = talk.await(SERGEANT, e -> e.html().contains("Case " + id));
    assertThat(card.html())
        .contains("Officer Jamie Cole (confidential)")
        .contains("the reporter’s supervisor");
    talk.press(SERGEANT, card, "Acknowledge");

    talk.await(OFFICER, e -> e.html().contains("Your report " + id + " has been acknowledged"));
    assertThat(reports.byId(id).orElseThrow().status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
    assertThat(audit.about("case:" + id))
        .extracting(AuditEntry::action, AuditEntry::actor)
        .contains(tuple("case.submitted", OFFICER), tuple("case.acknowledged", SERGEANT));
  }

  @Test
  void anAnonymousReportNamesNobodyToItsHandlerNorWhereTheReporterSits() throws Exception {
    String id = report(null, "Anonymous");

    // not to the reporter's sergeant, whose card would say whose supervisor he is
    Transcript.Entry card = talk.await(INTERNAL_AFFAIRS, e -> e.html().contains("Case " + id));

    assertThat(card.html())
        .contains("Reported anonymously")
        .doesNotContain("Jamie", "Cole", "reporter’s", "Reyes");
    Report stored = reports.byId(id).orElseThrow();
    assertThat(stored.reporterId()).isNull();
    assertThat(stored.reporterContact()).startsWith("sealed:").doesNotContain(OFFICER);
    assertThat(audit.about("case:" + id))
        .isNotEmpty()
        .allSatisfy(
            entry -> {
              assertThat(entry.actor()).isNotEqualTo(OFFICER);
              assertThat(entry.details().values()).doesNotContain(OFFICER);
            });
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void aHandlerAsksAnAnonymousReporterAQuestionAndGetsTheAnswerWithoutLearningWhoItIs()
      throws Exception {
    String id = report(null, "Anonymous");
    String key = lastReceiptKey();
    Transcript.Entry card = talk.await(INTERNAL_AFFAIRS, e -> e.html().contains("Case " + id));

    talk.press(INTERNAL_AFFAIRS, card, "Ask reporter");
    talk.await(INTERNAL_AFFAIRS, e -> e.html().contains("What would you like to ask"));
    talk.say(INTERNAL_AFFAIRS, "Which account posted it?");
    talk.await(INTERNAL_AFFAIRS, e -> e.html().contains("on its way"));

    talk.await(OFFICER, e -> e.html().contains("A question about your report " + id));
    talk.say(OFFICER, "/mycases " + key + " It was @riverton_hot_takes, posted at 22:10.");
    talk.await(OFFICER, e -> e.html().contains("Added to " + id));

    Transcript.Entry again =
        talk.await(
            INTERNAL_AFFAIRS,
            e -> e.html().contains("The reporter answered: It was @riverton_hot_takes"));
    assertThat(again.html()).doesNotContain("Jamie", "Cole");

    // the key works from an account nobody linked, the number does not
    talk.say(TrainingPersonas.PUBLIC, "/mycases " + key.toLowerCase());
    talk.await(TrainingPersonas.PUBLIC, e -> e.html().contains(id + ": "));
    talk.say(
        TrainingPersonas.PUBLIC, "/cancel"); // what the public persona types next is not for it
    talk.say(TrainingPersonas.PUBLIC, "/mycases " + id);
    talk.await(TrainingPersonas.PUBLIC, e -> e.html().contains("not available to you"));
  }

  @Test
  void aReportAboutTheReportersOwnSergeantGoesPastTheSergeant() throws Exception {
    String id = report("Reyes", "Confidential");

    Transcript.Entry card = talk.await(DEPUTY, e -> e.html().contains("Case " + id));

    assertThat(card.html()).contains("Routed past Sgt. Tom Reyes");
    assertThat(reports.byId(id).orElseThrow().handlerId()).isEqualTo(DEPUTY);
    Thread.sleep(
        1500); // the notifier runs every second: had it gone to the sergeant, it would be there
    assertThat(chat.transcript(SERGEANT).after(0)).noneMatch(e -> e.html().contains(id));
  }

  private String lastReceiptKey() throws InterruptedException {
    Transcript.Entry receipt = talk.await(OFFICER, e -> RECEIPT_KEY.matcher(e.html()).find());
    Matcher m = RECEIPT_KEY.matcher(receipt.html());
    assertThat(m.find()).isTrue();
    return m.group();
  }

  // --- the officer's intake -------------------------------------------------------------------

  private String report(String colleague, String mode) throws Exception {
    talk.say(OFFICER, "/report");
    talk.await(OFFICER, e -> e.html().contains("Send the link"));
    talk.say(OFFICER, "https://social.example/p/123");
    talk.press(OFFICER, talk.await(OFFICER, e -> button(e, "Facebook") != null), "Facebook");
    talk.press(
        OFFICER,
        talk.await(OFFICER, e -> button(e, "Shows department logos") != null),
        "Shows department logos");
    if (colleague == null) {
      talk.press(
          OFFICER, talk.await(OFFICER, e -> button(e, "Someone else") != null), "Someone else");
      talk.await(OFFICER, e -> e.html().contains("Who posted it, as far as you know"));
      talk.say(OFFICER, "@riverton_hot_takes");
    } else {
      talk.press(
          OFFICER, talk.await(OFFICER, e -> button(e, "A colleague") != null), "A colleague");
      talk.await(OFFICER, e -> e.html().contains("Type part of their name"));
      talk.say(OFFICER, colleague);
      talk.press(
          OFFICER, talk.await(OFFICER, e -> button(e, "Sgt. Tom Reyes") != null), "Sgt. Tom Reyes");
    }
    talk.await(OFFICER, e -> e.html().contains("What happened?"));
    talk.say(OFFICER, "A photo in uniform with the badge number readable, posted last night.");
    talk.press(OFFICER, talk.await(OFFICER, e -> button(e, "No files") != null), "No files");
    talk.press(OFFICER, talk.await(OFFICER, e -> button(e, mode) != null), mode);
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
