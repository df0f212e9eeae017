package org.deptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.bot.telegram.fake.RateLimits;
import org.deptbot.core.delivery.Delivery;
import org.deptbot.core.delivery.DeliveryState;
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
