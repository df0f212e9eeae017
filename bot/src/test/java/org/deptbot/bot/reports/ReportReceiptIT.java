package org.deptbot.bot.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ChatAdapter;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.ChatUser;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.reports.Report;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
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

  /** Officer Luis Ortega: no other test reports as him, so the five-an-hour limit stays far. */
  private static final String OFFICER = "s-032";

  @Autowired ChatIngress ingress;
  @Autowired ChatLinks links;
  @Autowired MongoOperations mongo;
  @Autowired Clock clock;

  private Chat chat;

  @BeforeEach
  void setUp() {
    chat = new Chat("receipt-" + UUID.randomUUID());
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

    // AND the reporter pressing Submit once more, having seen nothing, gets the same receipt
    chat.press(chat.lastPress.buttonId());
    assertThat(caseIn(chat.text())).isEqualTo(id);
    assertThat(casesAbout(marker)).hasSize(1);
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
    chat.say("/report");
    chat.say("https://social.example/p/1");
    chat.press("Facebook");
    chat.press("Shows department logos");
    chat.press("Someone else");
    chat.say("@riverton_hot_takes");
    chat.say("A photo in uniform, " + marker);
    chat.press("No files");
    chat.press("Confidential");
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

  /** A private training chat whose delivery can fail once, as a crash before sending would. */
  private final class Chat implements ChatAdapter {

    final ChatIdentity identity;
    final ChatUser user;
    final ChatTarget target;
    final List<Outgoing> delivered = new ArrayList<>();
    boolean failNextDelivery;
    Incoming.ButtonPress lastPress;

    Chat(String userId) {
      identity = new ChatIdentity(ChatPlatform.TRAINING, userId);
      user = new ChatUser(identity, "Luis Ortega");
      target = new ChatTarget(ChatPlatform.TRAINING, userId, true);
    }

    @Override
    public ChatPlatform platform() {
      return ChatPlatform.TRAINING;
    }

    @Override
    public void deliver(Incoming cause, List<Outgoing> replies) {
      if (failNextDelivery) {
        failNextDelivery = false;
        throw new IllegalStateException("the bot died before sending");
      }
      delivered.addAll(replies);
    }

    void say(String text) {
      send(new Incoming.TextMessage(key(), user, target, text));
    }

    /** Presses the last reply's button whose label starts so, or the button with that id. */
    String press(String labelOrId) {
      String id =
          delivered.stream()
              .filter(Outgoing.Send.class::isInstance)
              .flatMap(r -> ((Outgoing.Send) r).buttons().stream())
              .flatMap(List::stream)
              .filter(b -> b.label().startsWith(labelOrId))
              .map(Button::id)
              .reduce((a, b) -> b)
              .orElse(labelOrId);
      lastPress = new Incoming.ButtonPress(key(), user, target, id, "m-1", key());
      send(lastPress);
      return lastPress.updateKey();
    }

    void send(Incoming incoming) {
      delivered.clear();
      ingress.receiveAndProcess(incoming, this);
    }

    String text() {
      StringBuilder text = new StringBuilder();
      delivered.stream()
          .filter(Outgoing.Send.class::isInstance)
          .forEach(s -> text.append(((Outgoing.Send) s).text().plainText()).append('\n'));
      return text.toString();
    }

    private String key() {
      return "training:receipt-" + UUID.randomUUID();
    }
  }
}
