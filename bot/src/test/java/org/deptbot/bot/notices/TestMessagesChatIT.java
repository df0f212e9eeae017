package org.deptbot.bot.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ChatEngine;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.ChatUser;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.delivery.NoticePosts;
import org.deptbot.core.access.Actor;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.Delivery;
import org.deptbot.core.delivery.DeliveryPlanner;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.subscribers.Subscriber;
import org.deptbot.core.subscribers.Subscribers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The example department's monthly test message (first Wednesday, 10:00 in the department's zone):
 * a member of the public asks for it in /subscribe, the round issues it once however often it runs,
 * every post says it is a test, and it goes to the channels and to that subscriber alone.
 */
@BotIntegrationTest
class TestMessagesChatIT {

  private static final String DISPATCHER = "700000050"; // s-050, pre-linked in the seed
  private static final String LABEL = "Also send me the monthly test message";

  @Autowired ChatEngine engine;
  @Autowired TestMessageRound round;
  @Autowired Notices notices;
  @Autowired NoticeDesk desk;
  @Autowired NoticePosts posts;
  @Autowired DeliveryPlanner planner;
  @Autowired Deliveries deliveries;
  @Autowired Subscribers subscribers;
  @Autowired StaffMembers staff;

  @Test
  void aSubscriberAsksForTheTestMessageAndOnlyTheyGetItMarkedAsATestOnce() {
    // GIVEN one subscriber who ticks the test message and one who does not
    String asks = newUser();
    Outgoing.Send menu = sends(engine.handle(text(asks, "/subscribe road_closure"))).get(0);
    assertThat(labelsOf(menu.buttons())).contains("[ ] " + LABEL);
    Outgoing.Edit ticked = edit(engine.handle(press(asks, button(menu.buttons(), "[ ] " + LABEL))));
    assertThat(labelsOf(ticked.buttons())).contains("[x] " + LABEL);
    assertThat(subscriber(asks).testMessages()).isTrue();
    String doesNot = newUser();
    engine.handle(text(doesNot, "/subscribe all"));
    assertThat(subscriber(doesNot).testMessages()).isFalse();

    // WHEN the round runs five minutes after an occurrence, twice (as after a restart)
    Instant occurrence = Instant.parse("2027-01-06T10:00:00Z"); // the tests' zone is UTC
    int first = round.issueDue(occurrence.plusSeconds(300));
    int again = round.issueDue(occurrence.plusSeconds(360));

    // THEN one notice in test mode, to the channels and the subscriber who asked
    assertThat(first).isEqualTo(1);
    assertThat(again).isZero();
    List<Notice> tests =
        notices.active().stream().filter(n -> n.mode() == NoticeMode.TEST).toList();
    assertThat(tests).hasSize(1);
    Notice test = tests.get(0);
    try {
      assertThat(test.targets()).containsExactly("tg-alerts", "dc-announcements");
      String post = posts.of(test).asRichText().plainText();
      assertThat(post)
          .startsWith(
              "TEST — this is a test of Riverton Police Department's notices. No action needed.")
          .contains("Monthly test of our notices");
      assertThat(posts.of(test, test.latest(), "es").asRichText().plainText())
          .startsWith("PRUEBA — esta es una prueba de los avisos de Riverton Police Department.");
      planner.planPending();
      List<String> to =
          deliveries.ofRevision(test.id(), 1).stream().map(Delivery::recipientKey).toList();
      assertThat(to)
          .contains("tg-alerts", "dc-announcements", Subscriber.idOf(ChatPlatform.TELEGRAM, asks))
          .doesNotContain(Subscriber.idOf(ChatPlatform.TELEGRAM, doesNot));

      // AND /notices says when the next one goes out, with the zone
      assertThat(
              sends(engine.handle(text(DISPATCHER, "/notices"))).stream()
                  .map(s -> s.text().plainText()))
          .anySatisfy(t -> assertThat(t).startsWith("Next test message: ").contains("UTC"));
    } finally {
      desk.cancel(
          Actor.staff(staff.byId("s-050").orElseThrow(), null),
          new NoticeDesk.Cancel(test.id(), null, "end of the test"));
    }
  }

  private Subscriber subscriber(String user) {
    return subscribers.byId(Subscriber.idOf(ChatPlatform.TELEGRAM, user)).orElseThrow();
  }

  private static Outgoing.Edit edit(List<Outgoing> out) {
    return out.stream()
        .filter(Outgoing.Edit.class::isInstance)
        .map(Outgoing.Edit.class::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no edit in " + out));
  }

  private static List<String> labelsOf(List<List<Button>> rows) {
    return rows.stream().flatMap(List::stream).map(Button::label).toList();
  }

  private static String button(List<List<Button>> rows, String label) {
    return rows.stream()
        .flatMap(List::stream)
        .filter(b -> b.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no button " + label + " in " + rows))
        .id();
  }

  private static String newUser() {
    return String.valueOf(820_000_000L + (UUID.randomUUID().getLeastSignificantBits() & 0xffffff));
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
