package org.deptbot.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deptbot.bot.scenarios.ChatDriver.Person;
import org.deptbot.bot.scenarios.ChatDriver.Reply;
import org.deptbot.core.reports.CaseEvent;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.TipEvent;
import org.deptbot.core.tips.TipStatus;
import org.deptbot.core.tips.Tips;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Conversations that read the same on every platform, written once against the engine's behaviour:
 * each subclass runs them through one adapter of the same running bot.
 */
@ExtendWith(RunningBots.class)
abstract class ConversationScenarios {

  private static final String DISCLAIMER =
      "This account is not monitored around the clock. For emergencies dial 911.";

  private ChatDriver chat;

  /** The adapter these scenarios go through. */
  abstract ChatDriver driver(RunningBots.Running running);

  @BeforeEach
  void connect() {
    chat = driver(RunningBots.running());
  }

  @AfterEach
  void nothingWasAskedThatThePlatformWouldRefuse() {
    assertThat(chat.refusedCalls()).isEmpty();
  }

  @Test
  void startSaysWhoseBotThisIsWithTheDisclaimerAndOffersHelp() {
    Person someone = chat.newMemberOfThePublic();

    chat.say(someone, "/start");

    Reply start = chat.awaitReply(someone, r -> r.text().contains("This is the"));
    assertThat(start.text())
        .contains("Riverton Police Department", DISCLAIMER)
        .contains("Here you can get the department’s public notices");
    assertThat(start.buttons()).containsExactly("What can I do?", "I’m staff: link my account");
  }

  @Test
  void pressingAButtonRunsItsCommandAndIsAcknowledged() {
    Person someone = chat.newMemberOfThePublic();
    chat.say(someone, "/start");
    Reply start = chat.awaitReply(someone, r -> r.hasButton("What can I do?"));

    boolean acknowledged = chat.press(someone, start, "What can I do?");

    assertThat(acknowledged).as("the platform saw the press acknowledged").isTrue();
    assertThat(chat.awaitReply(someone, r -> r.text().contains("What you can do here")).text())
        .contains("/subscribe");
  }

  @Test
  void helpListsOnlyWhatTheRoleAllows() {
    Person someone = chat.newMemberOfThePublic();

    chat.say(someone, "/help");
    chat.say(chat.dispatcher(), "/help");

    Reply publicHelp = chat.awaitReply(someone, r -> r.text().contains("What you can do here"));
    Reply dispatcherHelp =
        chat.awaitReply(chat.dispatcher(), r -> r.text().contains("What you can do here"));
    assertThat(publicHelp.text()).contains("/start", "/subscribe").doesNotContain("/notice");
    assertThat(dispatcherHelp.text()).contains("/notice", "/notices", "/subscribe");
  }

  @Test
  void aSubscriptionIsSavedAndThenShownTicked() {
    Person someone = chat.newMemberOfThePublic();

    chat.say(someone, "/subscribe road_closure");
    Reply saved = chat.awaitReply(someone, r -> r.text().contains("Saved."));
    chat.say(someone, "/subscriptions");
    Reply shown = chat.awaitReply(someone, r -> r.text().contains("You get the ticked notices"));

    assertThat(saved.buttons()).contains("[x] Road closure");
    assertThat(shown.buttons()).contains("[x] Road closure", "[ ] Missing person");
    assertThat(shown.buttons())
        .as("ticked or not is told in plain characters, not by an emoji a phone may not draw")
        .allMatch(label -> label.startsWith("[x] ") || label.startsWith("[ ] "));
  }

  @Test
  void tappingACategoryTicksItInTheSameMessage() {
    Person someone = chat.newMemberOfThePublic();
    chat.say(someone, "/subscriptions");
    Reply menu = chat.awaitReply(someone, r -> r.hasButton("[ ] Tip request"));

    assertThat(chat.press(someone, menu, "[ ] Tip request")).isTrue();

    Reply ticked = chat.awaitEdited(someone, menu, r -> r.hasButton("[x] Tip request"));
    assertThat(ticked.text()).contains("Saved. You get the ticked notices");
    assertThat(chat.repliesSinceLastTurn(someone))
        .as("edited in place, not sent again")
        .noneMatch(r -> r.text().contains("ticked notices"));
  }

  @Test
  void aDispatcherPostsANoticeWithTheQuickFormAndHearsHowItWentOut() {
    Person dispatcher = chat.dispatcher();

    chat.say(
        dispatcher,
        "/notice road_closure street=\"Elm St at " + chat + "\" reason=\"due to a crash\"");
    Reply preview = chat.awaitReply(dispatcher, r -> r.hasButton("Confirm"));
    assertThat(preview.buttons()).contains("Confirm: post LIVE to 3 channels");
    assertThat(chat.press(dispatcher, preview, "Confirm")).isTrue();

    Reply posted = chat.awaitReply(dispatcher, r -> r.text().startsWith("Posted as N-"));
    String id = posted.text().substring("Posted as ".length()).split("\\.")[0];
    Reply receipt = chat.awaitReply(dispatcher, r -> r.text().contains("Delivery of " + id));
    assertThat(receipt.text())
        .contains(
            "✅ Riverton PD Alerts (Telegram channel): posted",
            "✅ Riverton Traffic & Weather (Telegram group): posted",
            "✅ #announcements (Discord): posted");
  }

  @Test
  void anOfficerReportsAPostAndTheirSergeantAcknowledgesIt() {
    Person officer = chat.officer();
    Person sergeant = chat.sergeant();
    chat.say(sergeant, "/start"); // a bot may only write to people who wrote to it first
    chat.awaitReply(sergeant, r -> r.text().contains("Hello"));

    chat.say(officer, "/report");
    chat.awaitReply(officer, r -> r.text().contains("Send the link"));
    chat.say(officer, "https://social.example/p/42");
    chat.press(officer, chat.awaitReply(officer, r -> r.hasButton("Instagram")), "Instagram");
    Reply clauses = chat.awaitReply(officer, r -> r.hasButton("Shows department logos"));
    chat.press(officer, clauses, "Shows department logos");
    chat.press(officer, chat.awaitReply(officer, r -> r.hasButton("Someone else")), "Someone else");
    chat.awaitReply(officer, r -> r.text().contains("Who posted it, as far as you know"));
    chat.say(officer, "@riverton_hot_takes");
    chat.awaitReply(officer, r -> r.text().contains("What happened?"));
    chat.say(officer, "A photo in uniform with the badge number readable.");
    chat.press(officer, chat.awaitReply(officer, r -> r.hasButton("No files")), "No files");
    chat.press(officer, chat.awaitReply(officer, r -> r.hasButton("Confidential")), "Confidential");
    chat.press(
        officer,
        chat.awaitReply(officer, r -> r.hasButton("Submit the report")),
        "Submit the report");
    Reply receipt = chat.awaitReply(officer, r -> r.text().contains("Your report is case R-"));
    String id = receipt.text().replaceAll("(?s).*(R-\\d{4}-\\d{6}).*", "$1");

    Reply card = chat.awaitReply(sergeant, r -> r.text().contains("Case " + id));
    assertThat(card.text()).contains("the reporter’s supervisor");
    assertThat(chat.press(sergeant, card, "Acknowledge")).isTrue();

    chat.awaitReply(
        officer, r -> r.text().contains("Your report " + id + " has been acknowledged"));
    // the card itself now tells the truth, and no longer offers to acknowledge it
    Reply redrawn =
        chat.awaitEdited(sergeant, card, r -> r.text().contains(id + " · acknowledged"));
    assertThat(redrawn.buttons()).noneMatch(b -> b.startsWith("Acknowledge"));
    assertThat(redrawn.hasButton("Escalate")).isTrue();
  }

  @Test
  void everyCardOfATipOnEveryChatOfTheDeskShowsItsStatusAndOnlyTheActionsLeft() {
    List<ChatDriver> everyChat = everyPlatform();
    Map<ChatDriver, Integer> refusedBefore = new LinkedHashMap<>();
    everyChat.forEach(d -> refusedBefore.put(d, d.refusedCalls().size()));
    everyChat.forEach(d -> greet(d, d.dispatcher()));
    Person tipster = chat.newMemberOfThePublic();
    Person desk = chat.dispatcher();

    String id = sendTip(tipster, "A grey van has been parked outside 12 Elm St for three nights.");

    Map<ChatDriver, Reply> cards = new LinkedHashMap<>();
    for (ChatDriver d : everyChat) {
      Reply card = d.awaitReply(d.dispatcher(), r -> r.text().contains("Tip " + id));
      assertThat(card.buttons())
          .as("on " + d)
          .containsExactly("Acknowledge", "Ask tipster", "Close");
      cards.put(d, card);
    }
    Reply mine = chat.awaitReply(desk, r -> r.text().contains("Tip " + id));
    assertThat(chat.press(desk, mine, "Acknowledge")).isTrue();
    chat.awaitReply(desk, r -> r.text().contains(id + " is acknowledged"));

    for (ChatDriver d : everyChat) {
      Reply redrawn =
          d.awaitEdited(
              d.dispatcher(),
              cards.get(d),
              r -> r.text().contains("Tip " + id + " · acknowledged"));
      assertThat(redrawn.buttons())
          .as("on " + d + ", acknowledged once: no Acknowledge any more")
          .containsExactly("Ask tipster", "Close");
      assertThat(redrawn.text()).contains("Acknowledged by Kelly Brennan");
    }
    chat.awaitReply(tipster, r -> r.text().contains("Your tip " + id + " has been received"));

    assertThat(chat.press(desk, chat.current(desk, mine.id()), "Close")).isTrue();
    chat.awaitReply(desk, r -> r.text().contains(id + " is closed"));

    for (ChatDriver d : everyChat) {
      Reply closed =
          d.awaitEdited(
              d.dispatcher(), cards.get(d), r -> r.text().contains("Tip " + id + " · closed"));
      assertThat(closed.buttons()).as("on " + d + ": a closed tip offers nothing").isEmpty();
      assertThat(d.repliesSinceLastTurn(d.dispatcher()))
          .as("on " + d + ": redrawn in place, not sent again")
          .filteredOn(r -> r.text().contains("Tip " + id))
          .hasSize(1);
      assertThat(d.refusedCalls())
          .as("on " + d + ": no edit the platform refuses (one that changes nothing)")
          .hasSize(refusedBefore.get(d));
    }
  }

  @Test
  void aReplyToOneOfTwoQuestionsAnswersThatTipNotTheLatest() {
    assumeTrue(chat.canReply(), chat + " has no replies to a particular message");
    Person tipster = chat.newMemberOfThePublic();
    Person desk = chat.dispatcher();
    greet(chat, desk);
    String first = sendTip(tipster, "Someone has been trying car doors on Oak Ave after midnight.");
    String second = sendTip(tipster, "A red bicycle was left chained to the library railings.");
    Reply firstCard = chat.awaitReply(desk, r -> r.text().contains("Tip " + first));
    Reply secondCard = chat.awaitReply(desk, r -> r.text().contains("Tip " + second));

    ask(desk, firstCard, first, "What time did you see them?");
    Reply question = chat.awaitReply(tipster, r -> r.text().contains("about your tip " + first));
    ask(desk, secondCard, second, "Is the bicycle still there?");
    chat.awaitReply(tipster, r -> r.text().contains("about your tip " + second));

    chat.replyTo(tipster, question, "Around 1 am, two nights ago.");

    Reply thanks = chat.awaitReply(tipster, r -> r.text().contains("Sent to the department"));
    assertThat(thanks.text()).contains(first).doesNotContain(second);
    assertThat(thanks.buttons()).as("no need to pick which question").isEmpty();
    Tips tips = RunningBots.running().bot().getBean(Tips.class);
    Tip answered = tips.byId(first).orElseThrow();
    assertThat(answered.status()).isEqualTo(TipStatus.ACKNOWLEDGED);
    assertThat(answered.events())
        .extracting(TipEvent::note)
        .contains("Around 1 am, two nights ago.");
    assertThat(tips.byId(second).orElseThrow().status()).isEqualTo(TipStatus.INFO_REQUESTED);
    chat.awaitReply(
        desk, r -> r.text().contains("Tip " + first) && r.text().contains("Around 1 am"));
  }

  @Test
  void aReporterWithTwoQuestionsWaitingRepliesToTheFirstAndItAnswersThatCase() {
    assumeTrue(chat.canReply(), chat + " has no replies to a particular message");
    Person officer = chat.officer();
    Person sergeant = chat.sergeant();
    greet(chat, sergeant);
    String first = report(officer, "https://social.example/p/301", "In uniform at a party.");
    String second = report(officer, "https://social.example/p/302", "Shows the duty roster.");
    Reply firstCard = chat.awaitReply(sergeant, r -> r.text().contains("Case " + first));
    Reply secondCard = chat.awaitReply(sergeant, r -> r.text().contains("Case " + second));

    askReporter(sergeant, firstCard, first, "Which day was the photo posted?");
    Reply question =
        chat.awaitReply(officer, r -> r.text().contains("A question about your report " + first));
    askReporter(sergeant, secondCard, second, "Is the roster still shown?");
    chat.awaitReply(officer, r -> r.text().contains("A question about your report " + second));

    chat.replyTo(officer, question, "Last Saturday, in the evening.");

    Reply added = chat.awaitReply(officer, r -> r.text().contains("Added to"));
    assertThat(added.text()).contains(first).doesNotContain(second);
    Reports reports = RunningBots.running().bot().getBean(Reports.class);
    assertThat(reports.byId(first).orElseThrow().events())
        .extracting(CaseEvent::note)
        .contains("Last Saturday, in the evening.");
    assertThat(reports.byId(second).orElseThrow().status()).isEqualTo(CaseStatus.INFO_REQUESTED);
  }

  /** Reports a post confidentially through the guided flow; returns the case number. */
  private String report(Person officer, String link, String what) {
    chat.say(officer, "/report");
    chat.awaitReply(officer, r -> r.text().contains("Send the link"));
    chat.say(officer, link);
    chat.press(officer, chat.awaitReply(officer, r -> r.hasButton("Instagram")), "Instagram");
    chat.press(
        officer,
        chat.awaitReply(officer, r -> r.hasButton("Shows department logos")),
        "Shows department logos");
    chat.press(officer, chat.awaitReply(officer, r -> r.hasButton("Someone else")), "Someone else");
    chat.awaitReply(officer, r -> r.text().contains("Who posted it, as far as you know"));
    chat.say(officer, "@riverton_hot_takes");
    chat.awaitReply(officer, r -> r.text().contains("What happened?"));
    chat.say(officer, what);
    chat.press(officer, chat.awaitReply(officer, r -> r.hasButton("No files")), "No files");
    chat.press(officer, chat.awaitReply(officer, r -> r.hasButton("Confidential")), "Confidential");
    chat.press(
        officer,
        chat.awaitReply(officer, r -> r.hasButton("Submit the report")),
        "Submit the report");
    Reply receipt = chat.awaitReply(officer, r -> r.text().contains("Your report is case R-"));
    return receipt.text().replaceAll("(?s).*(R-\\d{4}-\\d{6}).*", "$1");
  }

  private void askReporter(Person handler, Reply card, String id, String question) {
    chat.press(handler, chat.current(handler, card.id()), "Ask reporter");
    chat.awaitReply(
        handler, r -> r.text().contains("What would you like to ask the reporter of " + id));
    chat.say(handler, question);
    chat.awaitReply(handler, r -> r.text().contains("Your question is on its way"));
  }

  /** The same bot through each of its chats, to see what reached every one of them. */
  private static List<ChatDriver> everyPlatform() {
    RunningBots.Running running = RunningBots.running();
    return new ArrayList<>(
        List.of(
            new TelegramDriver(running.telegram()),
            new DiscordDriver(running.discord()),
            new TrainingDriver(running.port())));
  }

  /** A bot may only write to people who wrote to it first. */
  private static void greet(ChatDriver on, Person who) {
    on.say(who, "/start");
    on.awaitReply(who, r -> r.text().contains("Hello"));
  }

  /** Sends an anonymous tip without a photo through the guided flow; returns its number. */
  private String sendTip(Person tipster, String text) {
    chat.say(tipster, "/tip");
    chat.awaitReply(tipster, r -> r.text().contains("What do you know?"));
    chat.say(tipster, text);
    chat.press(tipster, chat.awaitReply(tipster, r -> r.hasButton("Skip")), "Skip");
    chat.press(
        tipster, chat.awaitReply(tipster, r -> r.hasButton("Stay anonymous")), "Stay anonymous");
    chat.press(tipster, chat.awaitReply(tipster, r -> r.hasButton("Send the tip")), "Send the tip");
    Reply receipt = chat.awaitReply(tipster, r -> r.text().contains("Your anonymous tip is T-"));
    return receipt.text().replaceAll("(?s).*(T-\\d{4}-\\d{6}).*", "$1");
  }

  private void ask(Person desk, Reply card, String id, String question) {
    chat.press(desk, chat.current(desk, card.id()), "Ask tipster");
    chat.awaitReply(
        desk, r -> r.text().contains("What would you like to ask the tipster of " + id));
    chat.say(desk, question);
    chat.awaitReply(desk, r -> r.text().contains("Your question is on its way"));
  }

  @Test
  void anUnknownCommandIsAnsweredWithWhereToLook() {
    Person someone = chat.newMemberOfThePublic();

    chat.say(someone, "/frobnicate now");

    assertThat(chat.awaitReply(someone, r -> r.text().contains("/frobnicate")).text())
        .isEqualTo("I don’t know the command /frobnicate. Send /help to see what you can do.");
  }

  @Test
  void plainTextOutsideAConversationIsAnsweredWithWhereToLook() {
    Person someone = chat.newMemberOfThePublic();

    chat.say(someone, "hello, is anyone there?");

    assertThat(chat.awaitReply(someone, r -> r.text().contains("understand")).text())
        .isEqualTo("I didn’t understand that. Send /help to see what you can do.");
  }
}
