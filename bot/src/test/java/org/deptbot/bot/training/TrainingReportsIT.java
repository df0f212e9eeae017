package org.deptbot.bot.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.ChainVerifier;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Reports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer reports a post in the training chat; the case reaches the right supervisor, who
 * acknowledges it; the officer hears back. Anonymous reports show nobody's name to the handler, and
 * a report about the officer's own sergeant goes past the sergeant.
 */
@BotIntegrationTest
class TrainingReportsIT {

  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String OFFICER = "s-031"; // Officer Jamie Cole, under Sgt. Tom Reyes
  private static final String SERGEANT = "s-030"; // Sgt. Tom Reyes, under the deputy chief
  private static final String DEPUTY = "s-010"; // Deputy Chief Maria Alvarez
  private static final Pattern CASE_ID = Pattern.compile("R-\\d{4}-\\d{6}");

  @Autowired TrainingChat chat;
  @Autowired TrainingPersonas personas;
  @Autowired Reports reports;
  @Autowired AuditLog audit;
  @Autowired ChainVerifier verifier;

  @Test
  void aConfidentialReportReachesTheSupervisorWhoAcknowledgesItAndTheReporterHearsBack()
      throws Exception {
    String id = report(null, "Confidential");

    Transcript.Entry card = await(SERGEANT, e -> e.html().contains("Case " + id));
    assertThat(card.html())
        .contains("Officer Jamie Cole (confidential)")
        .contains("the reporter’s supervisor");
    press(SERGEANT, card, "Acknowledge");

    await(OFFICER, e -> e.html().contains("Your report " + id + " has been acknowledged"));
    assertThat(reports.byId(id).orElseThrow().status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
    assertThat(audit.about("case:" + id))
        .extracting(AuditEntry::action, AuditEntry::actor)
        .contains(tuple("case.submitted", OFFICER), tuple("case.acknowledged", "system"));
  }

  @Test
  void anAnonymousReportNamesNobodyToItsHandler() throws Exception {
    String id = report(null, "Anonymous");

    Transcript.Entry card = await(SERGEANT, e -> e.html().contains("Case " + id));

    assertThat(card.html()).contains("Reported anonymously").doesNotContain("Jamie", "Cole");
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
    Transcript.Entry card = await(SERGEANT, e -> e.html().contains("Case " + id));

    press(SERGEANT, card, "Ask reporter");
    await(SERGEANT, e -> e.html().contains("What would you like to ask"));
    say(SERGEANT, "Which account posted it?");
    await(SERGEANT, e -> e.html().contains("on its way"));

    await(OFFICER, e -> e.html().contains("A question about your report " + id));
    say(OFFICER, "/mycases " + id + " It was @riverton_hot_takes, posted at 22:10.");
    await(OFFICER, e -> e.html().contains("Added to " + id));

    Transcript.Entry again =
        await(
            SERGEANT, e -> e.html().contains("The reporter answered: It was @riverton_hot_takes"));
    assertThat(again.html()).doesNotContain("Jamie", "Cole");
  }

  @Test
  void aReportAboutTheReportersOwnSergeantGoesPastTheSergeant() throws Exception {
    String id = report("Reyes", "Confidential");

    Transcript.Entry card = await(DEPUTY, e -> e.html().contains("Case " + id));

    assertThat(card.html()).contains("Routed past Sgt. Tom Reyes");
    assertThat(reports.byId(id).orElseThrow().handlerId()).isEqualTo(DEPUTY);
    Thread.sleep(
        1500); // the notifier runs every second: had it gone to the sergeant, it would be there
    assertThat(chat.transcript(SERGEANT).after(0)).noneMatch(e -> e.html().contains(id));
  }

  // --- the officer's intake -------------------------------------------------------------------

  private String report(String colleague, String mode) throws Exception {
    say(OFFICER, "/report");
    await(OFFICER, e -> e.html().contains("Send the link"));
    say(OFFICER, "https://social.example/p/123");
    press(OFFICER, await(OFFICER, e -> button(e, "Facebook") != null), "Facebook");
    press(
        OFFICER,
        await(OFFICER, e -> button(e, "Shows department logos") != null),
        "Shows department logos");
    if (colleague == null) {
      press(OFFICER, await(OFFICER, e -> button(e, "Someone else") != null), "Someone else");
      await(OFFICER, e -> e.html().contains("Who posted it, as far as you know"));
      say(OFFICER, "@riverton_hot_takes");
    } else {
      press(OFFICER, await(OFFICER, e -> button(e, "A colleague") != null), "A colleague");
      await(OFFICER, e -> e.html().contains("Type part of their name"));
      say(OFFICER, colleague);
      press(OFFICER, await(OFFICER, e -> button(e, "Sgt. Tom Reyes") != null), "Sgt. Tom Reyes");
    }
    await(OFFICER, e -> e.html().contains("What happened?"));
    say(OFFICER, "A photo in uniform with the badge number readable, posted last night.");
    press(OFFICER, await(OFFICER, e -> button(e, "No files") != null), "No files");
    press(OFFICER, await(OFFICER, e -> button(e, mode) != null), mode);
    press(
        OFFICER, await(OFFICER, e -> button(e, "Submit the report") != null), "Submit the report");
    Transcript.Entry receipt = await(OFFICER, e -> e.html().contains("Thank you"));
    Matcher m = CASE_ID.matcher(receipt.html());
    assertThat(m.find()).isTrue();
    return m.group();
  }

  // --- helpers ----------------------------------------------------------------------------------

  private final java.util.Map<String, Long> seen = new java.util.HashMap<>();

  private void say(String persona, String text) {
    seen.put(persona, chat.transcript(persona).last());
    chat.say(personas.byId(persona).orElseThrow(), text);
  }

  private void press(String persona, Transcript.Entry entry, String labelStart) {
    seen.put(persona, chat.transcript(persona).last());
    assertThat(
            chat.press(
                personas.byId(persona).orElseThrow(), entry.id(), button(entry, labelStart).id()))
        .isTrue();
  }

  private static Transcript.PageButton button(Transcript.Entry entry, String labelStart) {
    return entry.buttons().stream()
        .flatMap(List::stream)
        .filter(b -> b.label().startsWith(labelStart))
        .findFirst()
        .orElse(null);
  }

  private Transcript.Entry await(String persona, Predicate<Transcript.Entry> wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    long after = seen.getOrDefault(persona, 0L);
    while (System.nanoTime() < deadline) {
      var found =
          chat.transcript(persona).after(after).stream()
              .filter(e -> e.from().equals("bot"))
              .filter(wanted)
              .reduce((a, b) -> b);
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        persona
            + " did not get the expected message; got: "
            + chat.transcript(persona).after(after));
  }
}
