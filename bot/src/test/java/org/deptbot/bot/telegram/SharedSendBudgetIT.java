package org.deptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.bot.chat.SendOutcome;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.bot.telegram.fake.RateLimits;
import org.deptbot.core.delivery.Delivery;
import org.deptbot.core.delivery.DeliveryState;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two bots on one database and one Telegram bot token: together they keep the bot's limit as the
 * fake counts it (one count per token, whichever connection a call comes on), and when the one
 * sending stops, the other sends the rest, each delivery once.
 */
class SharedSendBudgetIT {

  private static final long CHANNEL = -1002000000001L;
  private static final long OTHER_CHANNEL = -1002000000002L;
  private static final long FIRST_SUBSCRIBER = 9001;
  private static final long PERSON = 7001;

  private FakeTelegram telegram;
  private DeliveryRig rig;
  private final List<Long> chats = new ArrayList<>(List.of(CHANNEL, OTHER_CHANNEL));

  @BeforeEach
  void setUp() {
    telegram = FakeTelegram.start("123456:TEST-token", "riverton_pd_bot");
    telegram.enforceRateLimits(RateLimits.telegram());
    telegram.createGroup(CHANNEL, "Alerts");
    telegram.createGroup(OTHER_CHANNEL, "Traffic");
    rig = new DeliveryRig(TestMongo.newDatabase(), telegram);
    rig.channel("alerts", CHANNEL);
    rig.channel("traffic", OTHER_CHANNEL);
  }

  @AfterEach
  void tearDown() {
    rig.close();
    telegram.close();
  }

  @Test
  void twoBotsOnOneDatabaseTogetherStayWithinTheBotsLimitAndSendEachDeliveryOnce() {
    subscribers(150);
    rig.issue("N-1", false, List.of("alerts", "traffic"));
    rig.start(2);
    rig.start(2);

    awaitAllSent(152);

    var stats = telegram.stats();
    assertThat(stats.totalViolations()).as("calls the fake refused over a limit").isZero();
    assertThat(stats.lostChats(chats)).isEmpty();
    assertThat(stats.duplicatedChats()).isEmpty();
    assertThat(stats.messageCount()).isEqualTo(152);
    // however fast the machine, one bot sent them all: the other never added to the bot's rate
    assertThat(sentBy()).as("the bots whose workers sent the deliveries").hasSize(1);
  }

  @Test
  void whenTheSendingBotStopsTheOtherSendsTheRestOnce() {
    subscribers(200);
    rig.issue("N-1", false, List.of("alerts", "traffic"));
    var first = rig.start(2);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> telegram.stats().messageCount() >= 20);
    rig.start(2);
    first.stop();
    long byTheFirst = telegram.stats().messageCount();
    assertThat(byTheFirst).as("the first bot stopped mid-broadcast").isLessThan(202);

    awaitAllSent(202);

    var stats = telegram.stats();
    assertThat(stats.messageCount()).isEqualTo(202);
    assertThat(stats.lostChats(chats)).isEmpty();
    assertThat(stats.duplicatedChats()).isEmpty();
    assertThat(stats.totalViolations()).isZero();
    assertThat(sentBy())
        .as("both bots sent some: the first before it stopped, the other after")
        .hasSize(2);
  }

  @Test
  void twoBotsReplyingToPeopleWhileOneBroadcastsTogetherStayWithinEveryLimit() throws Exception {
    subscribers(150);
    // people talking to the bots: ten of them subscribers the broadcast also reaches
    telegram.addPrivateChats(PERSON, 10);
    List<Long> people = new ArrayList<>();
    for (long chat = PERSON; chat < PERSON + 10; chat++) {
      people.add(chat);
    }
    for (long chat = FIRST_SUBSCRIBER; chat < FIRST_SUBSCRIBER + 10; chat++) {
      people.add(chat);
    }
    var firstBudget = rig.newBudgets();
    var secondBudget = rig.newBudgets();
    rig.start(2, firstBudget);
    rig.start(2, secondBudget);
    var repliers = List.of(rig.replier(firstBudget), rig.replier(secondBudget));
    rig.issue("N-1", false, List.of("alerts", "traffic"));

    // two conversations on each bot, each answering every person twice, while the broadcast goes
    List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    List<SendOutcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
    var pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> talks = new ArrayList<>();
      for (TelegramSender replier : repliers) {
        for (int conversation = 0; conversation < 2; conversation++) {
          talks.add(
              pool.submit(
                  () -> {
                    for (int round = 0; round < 2; round++) {
                      for (long person : people) {
                        long start = System.nanoTime();
                        outcomes.add(
                            replier.sendUnprompted(
                                new Outgoing.Send(
                                    new ChatTarget(
                                        ChatPlatform.TELEGRAM, String.valueOf(person), true),
                                    RichText.plain("Thanks, noted."),
                                    List.of())));
                        latencies.add(System.nanoTime() - start);
                      }
                    }
                  }));
        }
      }
      for (Future<?> talk : talks) {
        talk.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    awaitAllSent(152);

    var stats = telegram.stats();
    System.out.printf(
        "SharedSendBudgetIT: violations overall %d, private chat %d, group %d%n",
        stats.violations(RateLimits.Scope.GLOBAL),
        stats.violations(RateLimits.Scope.CHAT),
        stats.violations(RateLimits.Scope.GROUP));
    assertThat(stats.violations(RateLimits.Scope.GLOBAL)).as("over the bot's 30 a second").isZero();
    assertThat(stats.violations(RateLimits.Scope.CHAT)).as("over a chat's 1 a second").isZero();
    assertThat(stats.totalViolations()).isZero();
    assertThat(outcomes).hasSize(160).allMatch(o -> o instanceof SendOutcome.Delivered);
    assertThat(stats.messageCount()).as("152 posts and 160 replies").isEqualTo(152 + 160);
    assertThat(sentBy()).as("the bots whose workers sent the deliveries").hasSize(1);
    List<Long> sorted = latencies.stream().sorted().toList();
    System.out.printf(
        "SharedSendBudgetIT: 160 replies from two bots during a broadcast of 152: reply p50 %d ms,"
            + " p95 %d ms, max %d ms; %.1f messages a second overall%n",
        sorted.get(sorted.size() / 2) / 1_000_000,
        sorted.get(sorted.size() * 95 / 100) / 1_000_000,
        sorted.get(sorted.size() - 1) / 1_000_000,
        stats.messagesPerSecond());
  }

  @Test
  void aBotThatTakesTheSendingRoleOverSendsNoGroupMoreThanItsTwentyAMinute() {
    var first = rig.start(2);
    for (int i = 1; i <= 20; i++) {
      rig.issue("G-" + i, false, List.of("alerts"));
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> telegram.stats().messagesTo(CHANNEL).size() == 20);
    rig.issue("G-21", false, List.of("alerts"));
    await().atMost(Duration.ofSeconds(30)).until(() -> !rig.deliveries.ofNotice("G-21").isEmpty());

    // the first bot stops within the minute of its twenty posts in the group; the other takes
    // the sending role over and finds the twenty-first
    first.stop();
    rig.start(2);
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                rig.deliveries.ofNotice("G-21").stream()
                    .allMatch(d -> d.state() == DeliveryState.SENT));

    var stats = telegram.stats();
    assertThat(stats.violations(RateLimits.Scope.GROUP)).as("over a group's 20 a minute").isZero();
    assertThat(stats.totalViolations()).isZero();
    assertThat(stats.messagesTo(CHANNEL)).hasSize(21);
  }

  /** The delivery workers (one per bot) that sent the notice's deliveries. */
  private Set<String> sentBy() {
    return rig.deliveries.ofNotice("N-1").stream()
        .map(Delivery::worker)
        .collect(Collectors.toSet());
  }

  private void subscribers(int count) {
    telegram.addPrivateChats(FIRST_SUBSCRIBER, count);
    for (long chat = FIRST_SUBSCRIBER; chat < FIRST_SUBSCRIBER + count; chat++) {
      rig.subscribe(chat);
      chats.add(chat);
    }
  }

  private void awaitAllSent(int count) {
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              var all = rig.deliveries.ofNotice("N-1");
              return all.size() == count
                  && all.stream().allMatch(d -> d.state() == DeliveryState.SENT);
            });
  }
}
