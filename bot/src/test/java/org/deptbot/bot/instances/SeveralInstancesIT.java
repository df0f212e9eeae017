package org.deptbot.bot.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.deptbot.bot.BotApplication;
import org.deptbot.bot.TestSealKey;
import org.deptbot.core.leases.RoundLeases;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Two bots on one database, as a county runs them for availability: both connect to the test server
 * ({@link TestMongo}) on a database of their own, which no other test uses. Both read one test
 * clock, which only the test moves, so a lease lapses only when the test says so.
 */
class SeveralInstancesIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration TTL = Duration.ofMinutes(3);
  static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-02T15:00:00Z"));

  /** Every round a bot without a platform token runs within a second in this test's settings. */
  private static final List<String> ROUNDS =
      List.of(
          "approvals.remind",
          "audit.anchor",
          "chat.sweep",
          "delivery.plan",
          "delivery.reclaim",
          "notices.emergency-cards",
          "notices.emergency-escalate",
          "notices.expiry",
          "notices.receipts",
          "notices.release",
          "reports.deadlines",
          "reports.early-intervention",
          "reports.limits-sweep",
          "reports.notify",
          "reports.reconcile",
          "tips.notify",
          "tips.remind");

  private final String database = TestMongo.newDatabaseName();
  private final List<ConfigurableApplicationContext> bots = new ArrayList<>();

  @AfterEach
  void stop() {
    bots.forEach(ConfigurableApplicationContext::close);
  }

  @Test
  void eachRoundRunsInOneBotAndTheOtherTakesOverWhenItStops() {
    ConfigurableApplicationContext first = start();
    RoundLeases firstLeases = first.getBean(RoundLeases.class);
    await().atMost(WAIT).until(() -> firstLeases.runs().keySet().containsAll(ROUNDS));
    ConfigurableApplicationContext second = start();
    RoundLeases secondLeases = second.getBean(RoundLeases.class);
    assertThat(secondLeases.instance()).isNotEqualTo(firstLeases.instance());

    // several periods pass, and the clock moves on by less than a lease each time: the first
    // keeps every round, as it renews each lease at every run; the second tries each and runs none
    for (int i = 0; i < 3; i++) {
      Map<String, Long> before = firstLeases.runs();
      CLOCK.advance(TTL.minusMinutes(1));
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(ROUNDS)
                      .allSatisfy(
                          round ->
                              assertThat(firstLeases.runs().get(round))
                                  .as(round)
                                  .isGreaterThan(before.get(round) + 1)));
    }
    assertThat(secondLeases.tries()).containsKeys(ROUNDS.toArray(String[]::new));
    assertThat(secondLeases.runs()).isEmpty();
    assertThat(holders(database)).containsOnlyKeys(ROUNDS);
    assertThat(holders(database).values()).containsOnly(firstLeases.instance());

    // the first stops: it gives its leases back, and the second takes every round without the
    // clock moving
    first.close();
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> assertThat(secondLeases.runs()).containsKeys(ROUNDS.toArray(String[]::new)));
    assertThat(holders(database).values()).containsOnly(secondLeases.instance());
  }

  @Test
  void theRoundsOfABotThatDiedHoldingThemWaitUntilItsLeasesLapse() {
    ConfigurableApplicationContext first = start();
    RoundLeases firstLeases = first.getBean(RoundLeases.class);
    await().atMost(WAIT).until(() -> firstLeases.runs().keySet().containsAll(ROUNDS));
    // it dies: nothing gives its leases back (closing gives them back, so they are put back as
    // it left them)
    MongoTemplate mongo = TestMongo.database(database);
    List<Document> left = mongo.getCollection("leases").find().into(new ArrayList<>());
    assertThat(left).extracting(d -> d.getString("holder")).containsOnly(firstLeases.instance());
    first.close();
    mongo.getCollection("leases").deleteMany(new Document());
    mongo.getCollection("leases").insertMany(left);

    ConfigurableApplicationContext second = start();
    RoundLeases secondLeases = second.getBean(RoundLeases.class);
    CLOCK.advance(TTL.minusSeconds(10));
    Map<String, Long> tried = secondLeases.tries();
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(ROUNDS)
                    .allSatisfy(
                        round ->
                            assertThat(secondLeases.tries().get(round))
                                .as(round)
                                .isGreaterThan(tried.getOrDefault(round, 0L) + 1)));
    assertThat(secondLeases.runs()).isEmpty();

    // the rounds that run rarely hold theirs longer (the audit anchor three hours)
    CLOCK.advance(Duration.ofHours(3));
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> assertThat(secondLeases.runs()).containsKeys(ROUNDS.toArray(String[]::new)));
    assertThat(holders(database).values()).containsOnly(secondLeases.instance());
  }

  private static Map<String, String> holders(String database) {
    Map<String, String> holders = new TreeMap<>();
    TestMongo.database(database)
        .getCollection("leases")
        .find()
        .forEach(d -> holders.put(d.getString("_id"), d.getString("holder")));
    return holders;
  }

  private ConfigurableApplicationContext start() {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--deptbot.storage.mongodb-uri=" + TestMongo.connectionString(),
                "--deptbot.storage.database=" + database,
                "--deptbot.seed-file=" + Path.of("..", "examples", "seed.yml").toAbsolutePath(),
                "--deptbot.reports.seal-key=" + TestSealKey.BASE64,
                "--deptbot.telegram.token=",
                "--deptbot.training.enabled=on",
                "--server.port=0",
                "--deptbot.rounds.lease-ttl=" + TTL,
                "--deptbot.chat.sweep-every=100ms",
                "--deptbot.approvals.remind-every=100ms",
                "--deptbot.tips.notify-every=100ms",
                "--deptbot.tips.remind-check-every=100ms",
                "--deptbot.reports.deadlines-every=100ms",
                "--deptbot.reports.notify-every=100ms",
                "--deptbot.reports.reconcile-every=100ms",
                "--deptbot.notices.release-every=100ms",
                "--deptbot.notices.receipts-every=100ms",
                "--deptbot.notices.expiry-every=100ms",
                "--deptbot.notices.emergency-cards-every=100ms",
                "--deptbot.notices.emergency-escalate-every=100ms",
                "--deptbot.cases.early-intervention.every=100ms",
                "--deptbot.audit.anchor-first=100ms",
                "--deptbot.audit.anchor-every=100ms",
                "--deptbot.delivery.lease=2s"));
    ConfigurableApplicationContext bot =
        new SpringApplication(BotApplication.class, TestClock.class)
            .run(args.toArray(String[]::new));
    bots.add(bot);
    return bot;
  }

  /** The test's clock in place of the system's, for every bean that reads the time. */
  @Configuration(proxyBeanMethods = false)
  static class TestClock {
    @Bean
    @Primary
    Clock testClock() {
      return CLOCK;
    }
  }
}
