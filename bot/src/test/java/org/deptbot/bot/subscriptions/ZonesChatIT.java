package org.deptbot.bot.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ChatEngine;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.ChatUser;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.subscribers.Subscriber;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.testing.NoticeNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Zones in chat, with the example department's Downtown and Riverside: the dispatcher picks a
 * notice's zones in the preview (the template's default ticked), and a subscriber follows zones
 * from /subscribe.
 */
@BotIntegrationTest
class ZonesChatIT {

  private static final String DISPATCHER = "700000050"; // s-050, pre-linked in the seed

  @Autowired ChatEngine engine;
  @Autowired Notices notices;
  @Autowired Subscribers subscribers;

  @Test
  void theDispatcherPicksTheNoticesZonesStartingFromTheTemplatesDefault() {
    // GIVEN a special event, whose template names Downtown by default
    Outgoing.Send control =
        control(
            engine.handle(
                text(
                    DISPATCHER,
                    "/notice special_event event=\"Zone Fair\" location=\"Main St\""
                        + " starts=\"in 2 hours\"")));
    assertThat(control.text().plainText()).contains("Where: Downtown");
    assertThat(labels(control)).contains("[x] Downtown", "[ ] Riverside", "[ ] The whole area");

    // WHEN they tick Riverside and untick Downtown
    Outgoing.Edit both = edit(engine.handle(press(DISPATCHER, button(control, "[ ] Riverside"))));
    assertThat(both.text().plainText()).contains("Where: Downtown, Riverside");
    Outgoing.Edit riverside =
        edit(engine.handle(press(DISPATCHER, button(both.buttons(), "[x] Downtown"))));
    assertThat(riverside.text().plainText()).contains("Where: Riverside");

    // AND confirm
    String receipt =
        sends(engine.handle(press(DISPATCHER, button(riverside.buttons(), "Confirm"))))
            .get(0)
            .text()
            .plainText();

    // THEN the notice is about Riverside alone, and /notices says so
    String id = NoticeNumbers.in(receipt);
    assertThat(notices.byId(id).orElseThrow().zoneIds()).containsExactly("riverside");
    assertThat(
            sends(engine.handle(text(DISPATCHER, "/notices"))).stream()
                .map(s -> s.text().plainText())
                .filter(t -> t.contains(id)))
        .hasSize(1)
        .allSatisfy(t -> assertThat(t).contains("Where: Riverside"));
    assertThat(
            sends(engine.handle(text(DISPATCHER, "/notice_status " + id)))
                .get(0)
                .text()
                .plainText())
        .contains("Where: Riverside");
  }

  @Test
  void theWholeAreaClearsThePickedZones() {
    Outgoing.Send control =
        control(
            engine.handle(
                text(
                    DISPATCHER,
                    "/notice special_event event=\"Citywide Run\" location=\"All over\""
                        + " starts=\"in 3 hours\"")));

    Outgoing.Edit whole =
        edit(engine.handle(press(DISPATCHER, button(control, "[ ] The whole area"))));

    assertThat(whole.text().plainText()).contains("Where: the whole area");
    assertThat(labelsOf(whole.buttons()))
        .contains("[ ] Downtown", "[ ] Riverside", "[x] The whole area");
    engine.handle(press(DISPATCHER, button(whole.buttons(), "Discard")));
  }

  @Test
  void aSubscriberFollowsOnlySomeAreasAndCanGoBackToEvery() {
    String user = newUser();
    Outgoing.Send saved = sends(engine.handle(text(user, "/subscribe road_closure"))).get(0);
    assertThat(labels(saved)).contains("Only some areas (optional)…");

    Outgoing.Send menu =
        sends(engine.handle(press(user, button(saved, "Only some areas (optional)…")))).get(0);
    assertThat(menu.text().plainText()).contains("You get notices about every area");

    Outgoing.Edit following = edit(engine.handle(press(user, button(menu, "[ ] Riverside"))));
    assertThat(following.text().plainText())
        .contains("You get notices about: Riverside, and those for the whole area");
    assertThat(subscriber(user).zones()).containsExactly("riverside");

    Outgoing.Edit every =
        edit(engine.handle(press(user, button(following.buttons(), "[ ] Every area"))));
    assertThat(every.text().plainText()).contains("You get notices about every area");
    assertThat(subscriber(user).zones()).isEmpty();
    assertThat(subscriber(user).categories()).isNotEmpty();
  }

  @Test
  void areasWaitUntilThereIsASubscription() {
    String user = newUser();

    String reply = sends(engine.handle(text(user, "/zones"))).get(0).text().plainText();

    assertThat(reply).contains("Pick which notices you want first: send /subscribe.");
  }

  private Subscriber subscriber(String user) {
    return subscribers.byId(Subscriber.idOf(ChatPlatform.TELEGRAM, user)).orElseThrow();
  }

  private static Outgoing.Send control(List<Outgoing> out) {
    return sends(out).stream()
        .filter(s -> s.text().plainText().contains("Posting to"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no preview controls in " + out));
  }

  private static Outgoing.Edit edit(List<Outgoing> out) {
    return out.stream()
        .filter(Outgoing.Edit.class::isInstance)
        .map(Outgoing.Edit.class::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no edit in " + out));
  }

  private static List<String> labels(Outgoing.Send send) {
    return labelsOf(send.buttons());
  }

  private static List<String> labelsOf(List<List<Button>> rows) {
    return rows.stream().flatMap(List::stream).map(Button::label).toList();
  }

  private static String button(Outgoing.Send send, String labelStart) {
    return button(send.buttons(), labelStart);
  }

  private static String button(List<List<Button>> rows, String labelStart) {
    return rows.stream()
        .flatMap(List::stream)
        .filter(b -> b.label().startsWith(labelStart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no button " + labelStart + " in " + rows))
        .id();
  }

  private static String newUser() {
    return String.valueOf(810_000_000L + (UUID.randomUUID().getLeastSignificantBits() & 0xffffff));
  }

  private static ChatUser user(String id) {
    return new ChatUser(new ChatIdentity(ChatPlatform.TELEGRAM, id), "Sam");
  }

  private static Incoming text(String user, String text) {
    return new Incoming.TextMessage(
        "test:" + UUID.randomUUID(),
        user(user),
        new ChatTarget(ChatPlatform.TELEGRAM, user, true),
        text);
  }

  private static Incoming press(String user, String buttonId) {
    return new Incoming.ButtonPress(
        "test:" + UUID.randomUUID(),
        user(user),
        new ChatTarget(ChatPlatform.TELEGRAM, user, true),
        buttonId,
        "1",
        "press-" + UUID.randomUUID());
  }

  private static List<Outgoing.Send> sends(List<Outgoing> out) {
    return out.stream()
        .filter(Outgoing.Send.class::isInstance)
        .map(Outgoing.Send.class::cast)
        .toList();
  }
}
