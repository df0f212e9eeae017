package org.deptbot.bot.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.core.reports.ReceiptKeys;
import org.deptbot.core.reports.Report;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * A crash between storing a report and sending its receipt: the report is kept once, and the
 * receipt, when the Submit is handled again, names the same case.
 */
@BotIntegrationTest
class ReportReceiptIT {

  private static final Pattern CASE_ID = Pattern.compile("R-\\d{4}-\\d{6}");
  private static final Pattern RECEIPT_KEY = Pattern.compile("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");

  /** Officer Luis Ortega: no other test reports as him, so the five-an-hour limit stays far. */
  private static final String OFFICER = "s-032";

  @Autowired ChatIngress ingress;
  @Autowired Conversations conversations;
  @Autowired ChatLinks links;
  @Autowired MongoOperations mongo;
  @Autowired Clock clock;

  private IngressChat chat;

  @BeforeEach
  void setUp() {
    chat = new IngressChat(ingress, "receipt-" + UUID.randomUUID(), "Luis Ortega");
    links.relink(ChatLink.of(chat.identity, OFFICER, clock.instant(), ChatLink.Source.TRAINING));
  }

  @Test
  void aReceiptLostInACrashIsSentWhenTheSubmitIsHandledAgainAndTheCaseIsStoredOnce() {
    String marker = "receipt test " + UUID.randomUUID();
    fillInAReport(marker);

    // GIVEN the bot stores the report, then dies before the receipt leaves
    chat.failNextDelivery = true;
    String submit = chat.press("Submit the report");
    assertThat(chat.delivered).isEmpty();
    assertThat(casesAbout(marker)).hasSize(1);

    // WHEN the platform delivers the same update again: it was stored, so it is not handled twice
    chat.send(chat.lastPress);
    assertThat(chat.delivered).isEmpty();

    // AND the restarted bot handles what it had stored but not finished (ChatIngress.resume)
    ingress.process(submit, chat);

    // THEN the receipt names the one stored case
    String id = casesAbout(marker).get(0).id();
    assertThat(casesAbout(marker)).hasSize(1);
    assertThat(chat.text()).startsWith("Thank you.").contains(id);

    // AND once it is delivered the draft is gone: Submit pressed once more stores nothing
    assertThat(conversations.current(chat.identity)).isEmpty();
    chat.press(chat.lastPress.buttonId());
    assertThat(casesAbout(marker)).hasSize(1);
  }

  @Test
  void anAnonymousReceiptLostInACrashGivesTheSameReceiptKeyAndThenNothingOfTheDraftIsLeft() {
    String marker = "receipt test " + UUID.randomUUID();
    fillInAReport(marker, "Anonymous");

    chat.failNextDelivery = true;
    String submit = chat.press("Submit the report");
    assertThat(conversations.current(chat.identity))
        .as("kept until the receipt is delivered")
        .isPresent();
    ingress.process(submit, chat);

    Report stored = casesAbout(marker).get(0);
    Matcher key = RECEIPT_KEY.matcher(chat.text());
    assertThat(key.find()).isTrue();
    assertThat(stored.receiptHash()).isEqualTo(ReceiptKeys.hash(key.group()));
    assertThat(conversations.current(chat.identity)).isEmpty();
  }

  @Test
  void afterTheReceiptTheFlowIsOverForAnythingButTheSubmit() {
    String marker = "receipt test " + UUID.randomUUID();
    fillInAReport(marker);
    chat.press("Submit the report");

    chat.say("one more thing");

    assertThat(chat.text()).contains("I didn’t understand that");
    assertThat(casesAbout(marker)).hasSize(1);
  }

  private void fillInAReport(String marker) {
    fillInAReport(marker, "Confidential");
  }

  private void fillInAReport(String marker, String mode) {
    chat.say("/report");
    chat.say("https://social.example/p/1");
    chat.press("Facebook");
    chat.press("Shows department logos");
    chat.press("Someone else");
    chat.say("@riverton_hot_takes");
    chat.say("A photo in uniform, " + marker);
    chat.press("No files");
    chat.press(mode);
    assertThat(chat.text()).contains("Please check your report");
  }

  private List<Report> casesAbout(String marker) {
    return mongo.find(
        query(where("description").is("A photo in uniform, " + marker)), Report.class);
  }

  private static String caseIn(String text) {
    Matcher m = CASE_ID.matcher(text);
    return m.find() ? m.group() : null;
  }
}
