package org.deptbot.bot.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.deptbot.bot.training.TrainingTalk.button;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.bot.reports.CaseRounds;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.ChainVerifier;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.reports.SocialPlatform;
import org.deptbot.core.templates.TimeShown;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

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
  // reports too, where a test needs more than the officer's hourly limit leaves
  private static final String DISPATCHER = "s-050"; // Kelly Brennan (Dispatch)
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
  @Autowired ApplicationContext context;
  @Autowired AuditLog audit;
  @Autowired ChainVerifier verifier;
  @Autowired TimeShown times;

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
    talk.await(
        TrainingPersonas.PUBLIC,
        e -> e.html().contains(id + " (") && e.html().contains("Status: "));
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
    // the round that sent the card is over, and one more changes nothing: had the card gone to
    // the sergeant too, it would be there
    await()
        .atMost(TrainingTalk.WAIT)
        .until(() -> !reports.byId(id).orElseThrow().handlerToNotify());
    CaseRounds.sendOwed(context);
    assertThat(chat.transcript(SERGEANT).after(0)).noneMatch(e -> e.html().contains(id));
  }

  @Test
  void theLinkTellsThePlatformSoItIsNotAskedAndMyCasesSaysWhatTheCaseIsAboutInPlainWords()
      throws Exception {
    talk.say(DISPATCHER, "/report");
    talk.await(DISPATCHER, e -> e.html().contains("Send the link"));
    talk.say(DISPATCHER, "https://www.instagram.com/p/Cx1abc/");
    Transcript.Entry next =
        talk.await(DISPATCHER, e -> button(e, "Shows department logos") != null);
    assertThat(next.html()).contains("On Instagram, from the link");
    assertThat(talk.botSince(DISPATCHER)).noneMatch(e -> button(e, "Facebook") != null);
    talk.say(DISPATCHER, "/cancel");

    String id = report(DISPATCHER, "https://m.facebook.com/story.php?id=42", null, "Confidential");
    assertThat(reports.byId(id).orElseThrow().platform()).isEqualTo(SocialPlatform.FACEBOOK);

    talk.say(DISPATCHER, "/mycases");
    Transcript.Entry line = talk.await(DISPATCHER, e -> e.html().contains(id));
    assertThat(line.html())
        .contains("Shows department logos, uniforms or badges (V.A.4.a)")
        .contains("Status: received, waiting for a supervisor to open it")
        .doesNotContain("NEW", "DEPARTMENT_IDENTIFIERS");
  }

  @Test
  void theReporterAnswersJustByReplyingAndPicksTheCaseWhenTwoQuestionsWait() throws Exception {
    String first = report(DISPATCHER, "https://social.example/p/1", null, "Anonymous");
    String second = report(DISPATCHER, "https://social.example/p/2", null, "Anonymous");
    Transcript.Entry firstCard =
        talk.await(INTERNAL_AFFAIRS, e -> e.html().contains("Case " + first));
    Transcript.Entry secondCard =
        talk.await(INTERNAL_AFFAIRS, e -> e.html().contains("Case " + second));

    ask(firstCard, "Which account posted it?");
    talk.await(DISPATCHER, e -> e.html().contains("A question about your report " + first));
    talk.say(DISPATCHER, "It was @riverton_hot_takes.");
    talk.await(DISPATCHER, e -> e.html().contains("Added to " + first));
    talk.await(
        INTERNAL_AFFAIRS,
        e -> e.html().contains("The reporter answered: It was @riverton_hot_takes."));
    assertThat(reports.byId(first).orElseThrow().status()).isEqualTo(CaseStatus.ACKNOWLEDGED);

    // answered: the next plain message is not taken as another answer
    talk.say(DISPATCHER, "Thanks");
    talk.await(DISPATCHER, e -> e.html().contains("I didn’t understand that"));
    assertThat(reports.byId(first).orElseThrow().events())
        .noneMatch(e -> e.note().equals("Thanks"));

    // two questions wait: the reporter is asked which one, and the answer is not typed again
    ask(firstCard, "When was it posted?");
    talk.await(DISPATCHER, e -> e.html().contains("A question about your report " + first));
    ask(secondCard, "Is the account still up?");
    talk.await(DISPATCHER, e -> e.html().contains("A question about your report " + second));
    talk.say(DISPATCHER, "Yes, still up this morning.");
    Transcript.Entry which =
        talk.await(DISPATCHER, e -> e.html().contains("Which is this the answer to?"));
    assertThat(button(which, first)).isNotNull();
    talk.press(DISPATCHER, which, second);
    talk.await(DISPATCHER, e -> e.html().contains("Added to " + second));
    assertThat(reports.byId(second).orElseThrow().events())
        .anyMatch(e -> e.note().equals("Yes, still up this morning."));
    assertThat(reports.byId(first).orElseThrow().events())
        .noneMatch(e -> e.note().equals("Yes, still up this morning."));

    talk.say(DISPATCHER, "Friday around 22:10.");
    talk.await(DISPATCHER, e -> e.html().contains("Added to " + first));
    assertThat(reports.byId(first).orElseThrow().status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
  }

  @Test
  void escalatingAssigningAndDecidingAskWhyShowWhereItGoesAndWaitForYes() throws Exception {
    String id = report(null, "Confidential");
    Transcript.Entry card = talk.await(SERGEANT, e -> e.html().contains("Case " + id));

    // No changes nothing
    talk.press(SERGEANT, card, "Escalate");
    talk.await(SERGEANT, e -> e.html().contains("Why escalate " + id));
    talk.say(SERGEANT, "It names a lieutenant; above my rank.");
    Transcript.Entry confirm =
        talk.await(SERGEANT, e -> e.html().contains("Escalate " + id + " to"));
    assertThat(confirm.html())
        .contains("Escalate " + id + " to Deputy Chief Maria Alvarez?")
        .contains("Reason: It names a lieutenant; above my rank.");
    talk.press(SERGEANT, confirm, "No");
    talk.await(SERGEANT, e -> e.html().contains("Nothing was changed"));
    assertThat(reports.byId(id).orElseThrow().handlerId()).isEqualTo(SERGEANT);

    talk.press(SERGEANT, card, "Escalate");
    talk.say(SERGEANT, "It names a lieutenant; above my rank.");
    confirm = talk.await(SERGEANT, e -> button(e, "Yes") != null);
    talk.press(SERGEANT, confirm, "Yes");
    talk.await(SERGEANT, e -> e.html().contains(id + " is now with Deputy Chief Maria Alvarez"));
    int version = reports.byId(id).orElseThrow().version();
    // the same Yes again does nothing a second time, and says so
    talk.press(SERGEANT, confirm, "Yes");
    talk.await(SERGEANT, e -> e.html().contains("This button has expired"));
    assertThat(reports.byId(id).orElseThrow().version()).isEqualTo(version);

    Transcript.Entry deputyCard = talk.await(DEPUTY, e -> e.html().contains("Case " + id));
    assertThat(deputyCard.html())
        .contains(
            "Sgt. Tom Reyes escalated it to Deputy Chief Maria Alvarez: It names a lieutenant;");
    talk.press(DEPUTY, deputyCard, "Assign to");
    talk.press(DEPUTY, talk.await(DEPUTY, e -> button(e, "Lt. Grace Kim") != null), "Lt. Grace");
    talk.await(DEPUTY, e -> e.html().contains("Why hand " + id + " to Lt. Grace Kim"));
    talk.say(DEPUTY, "Internal affairs should look at this one.");
    confirm = talk.await(DEPUTY, e -> e.html().contains("Assign " + id + " to Lt. Grace Kim?"));
    talk.press(DEPUTY, confirm, "Yes");
    talk.await(DEPUTY, e -> e.html().contains(id + " is now with Lt. Grace Kim"));
    assertThat(reports.byId(id).orElseThrow().handlerId()).isEqualTo(INTERNAL_AFFAIRS);

    Transcript.Entry iaCard = talk.await(INTERNAL_AFFAIRS, e -> e.html().contains("Case " + id));
    // a case is closed by a finding on each allegation now: "Resolve" is for cases stored before
    assertThat(button(iaCard, "Resolve")).isNull();
    talk.press(INTERNAL_AFFAIRS, iaCard, "Acknowledge");
    Transcript.Entry acknowledged =
        talk.await(
            INTERNAL_AFFAIRS,
            e -> e.id().equals(iaCard.id()) && button(e, "Record a finding") != null);
    talk.press(INTERNAL_AFFAIRS, acknowledged, "Record a finding");
    talk.press(
        INTERNAL_AFFAIRS,
        talk.await(INTERNAL_AFFAIRS, e -> button(e, "Sustained") != null),
        "Sustained");
    talk.say(INTERNAL_AFFAIRS, "The post was taken down.");
    confirm = talk.await(INTERNAL_AFFAIRS, e -> e.html().contains("Record allegation A1 of " + id));
    assertThat(confirm.html()).contains("Sustained", "last open allegation");
    assertThat(reports.byId(id).orElseThrow().status()).isNotEqualTo(CaseStatus.RESOLVED);
    talk.press(INTERNAL_AFFAIRS, confirm, "Yes");
    talk.await(INTERNAL_AFFAIRS, e -> e.html().contains(id + " is closed"));
    assertThat(reports.byId(id).orElseThrow().status()).isEqualTo(CaseStatus.RESOLVED);
    talk.await(OFFICER, e -> e.html().contains("Your report " + id + " is closed"));
  }

  @Test
  void theCardIsRedrawnInPlaceAfterEachChangeAndItsOldButtonsNoLongerAct() throws Exception {
    String id = report(DISPATCHER, "https://social.example/p/card", null, "Confidential");
    Transcript.Entry card = talk.await(DEPUTY, e -> e.html().contains("Case " + id));
    assertThat(card.html()).contains("With: Deputy Chief Maria Alvarez");

    talk.press(DEPUTY, card, "Acknowledge");
    Transcript.Entry acknowledged =
        talk.await(DEPUTY, e -> e.id().equals(card.id()) && e.html().contains("· acknowledged"));
    assertThat(button(acknowledged, "Acknowledge")).isNull();
    assertThat(button(acknowledged, "Escalate")).isNotNull();

    // the Acknowledge of the card as it first came: a clear answer, and nothing changes
    int version = reports.byId(id).orElseThrow().version();
    talk.press(DEPUTY, card, "Acknowledge");
    talk.await(DEPUTY, e -> e.html().contains(id + " is acknowledged, so that cannot be done now"));
    assertThat(reports.byId(id).orElseThrow().version()).isEqualTo(version);

    talk.press(DEPUTY, acknowledged, "Escalate");
    talk.say(DEPUTY, "The chief asked to see these.");
    talk.press(DEPUTY, talk.await(DEPUTY, e -> button(e, "Yes") != null), "Yes");
    Transcript.Entry handedOver =
        talk.await(
            DEPUTY,
            e -> e.id().equals(card.id()) && e.html().contains("With: Chief Raymond Okafor"));
    assertThat(handedOver.html()).contains("· escalated");
    assertThat(handedOver.buttons()).isEmpty();

    talk.press(DEPUTY, acknowledged, "Ask reporter");
    talk.await(DEPUTY, e -> e.html().contains(id + " is with Chief Raymond Okafor now"));
    assertThat(reports.byId(id).orElseThrow().events())
        .noneMatch(e -> e.kind() == org.deptbot.core.reports.CaseEvent.Kind.QUESTION_ASKED);
  }

  @Test
  void aCaseAboutAnUrgentProvisionSaysWhenToAcknowledgeItAndComesFirstInTheQueue()
      throws Exception {
    // the example seed gives exposing an officer in undercover work 1 h to be acknowledged
    String ordinary = report(SERGEANT, "https://social.example/p/ordinary", null, "Confidential");
    String urgent =
        report(
            DISPATCHER,
            "https://social.example/p/undercover",
            "Identifies an officer in undercover work",
            null,
            "Confidential");
    String by =
        "Urgent: acknowledge by "
            + times.deadline(
                reports.byId(urgent).orElseThrow().routedAt().plus(Duration.ofHours(1)));

    Transcript.Entry card = talk.await(DEPUTY, e -> e.html().contains("Case " + urgent));
    assertThat(card.html())
        .contains(by)
        .containsPattern("by (\\w{3} \\d+ \\w{3}, )?\\d\\d:\\d\\d UTC");
    Transcript.Entry other = talk.await(DEPUTY, e -> e.html().contains("Case " + ordinary));
    assertThat(other.html()).doesNotContain("Urgent");

    talk.say(DEPUTY, "/queue");
    Transcript.Entry queue = talk.await(DEPUTY, e -> e.html().contains("Your open cases"));
    assertThat(queue.html()).contains(by);
    // submitted last, listed first, its deadline on its own line
    assertThat(queue.html().indexOf(urgent)).isLessThan(queue.html().indexOf(by));
    assertThat(queue.html().indexOf(by)).isLessThan(queue.html().indexOf(ordinary));
    assertThat(queue.buttons().get(0).get(0).label()).isEqualTo(urgent);

    // once acknowledged it is still urgent, but nobody has to beat the deadline any more
    talk.press(DEPUTY, card, "Acknowledge");
    Transcript.Entry redrawn =
        talk.await(DEPUTY, e -> e.id().equals(card.id()) && e.html().contains("· acknowledged"));
    assertThat(redrawn.html()).contains("<b>Urgent</b>").doesNotContain("acknowledge by");
  }

  private void ask(Transcript.Entry card, String question) throws InterruptedException {
    talk.press(INTERNAL_AFFAIRS, card, "Ask reporter");
    talk.await(INTERNAL_AFFAIRS, e -> e.html().contains("What would you like to ask"));
    talk.say(INTERNAL_AFFAIRS, question);
    talk.await(INTERNAL_AFFAIRS, e -> e.html().contains("on its way"));
  }

  private String lastReceiptKey() throws InterruptedException {
    Transcript.Entry receipt = talk.await(OFFICER, e -> RECEIPT_KEY.matcher(e.html()).find());
    Matcher m = RECEIPT_KEY.matcher(receipt.html());
    assertThat(m.find()).isTrue();
    return m.group();
  }

  // --- the officer's intake -------------------------------------------------------------------

  private String report(String colleague, String mode) throws Exception {
    return report(OFFICER, "https://social.example/p/123", colleague, mode);
  }

  /**
   * A report of {@code link} by {@code reporter}; the platform is picked (Facebook) only when the
   * bot asks for it.
   */
  private String report(String reporter, String link, String colleague, String mode)
      throws Exception {
    return report(reporter, link, "Shows department logos", colleague, mode);
  }

  /** As above, about the provision whose button starts with {@code clause}. */
  private String report(String reporter, String link, String clause, String colleague, String mode)
      throws Exception {
    talk.say(reporter, "/report");
    talk.await(reporter, e -> e.html().contains("Send the link"));
    talk.say(reporter, link);
    Transcript.Entry next =
        talk.await(reporter, e -> button(e, "Facebook") != null || button(e, clause) != null);
    if (button(next, "Facebook") != null) {
      talk.press(reporter, next, "Facebook");
    }
    talk.press(reporter, talk.await(reporter, e -> button(e, clause) != null), clause);
    if (colleague == null) {
      talk.press(
          reporter, talk.await(reporter, e -> button(e, "Someone else") != null), "Someone else");
      talk.await(reporter, e -> e.html().contains("Who posted it, as far as you know"));
      talk.say(reporter, "@riverton_hot_takes");
    } else {
      talk.press(
          reporter, talk.await(reporter, e -> button(e, "A colleague") != null), "A colleague");
      talk.await(reporter, e -> e.html().contains("Type part of their name"));
      talk.say(reporter, colleague);
      talk.press(
          reporter,
          talk.await(reporter, e -> button(e, "Sgt. Tom Reyes") != null),
          "Sgt. Tom Reyes");
    }
    talk.await(reporter, e -> e.html().contains("What happened?"));
    talk.say(reporter, "A photo in uniform with the badge number readable, posted last night.");
    talk.press(reporter, talk.await(reporter, e -> button(e, "No files") != null), "No files");
    talk.press(reporter, talk.await(reporter, e -> button(e, mode) != null), mode);
    talk.press(
        reporter,
        talk.await(reporter, e -> button(e, "Submit the report") != null),
        "Submit the report");
    Transcript.Entry receipt = talk.await(reporter, e -> e.html().contains("Thank you"));
    Matcher m = CASE_ID.matcher(receipt.html());
    assertThat(m.find()).isTrue();
    return m.group();
  }
}
