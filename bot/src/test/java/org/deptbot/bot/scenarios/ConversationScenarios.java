package org.deptbot.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.deptbot.bot.scenarios.ChatDriver.Person;
import org.deptbot.bot.scenarios.ChatDriver.Reply;
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
