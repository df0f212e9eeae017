package org.deptbot.admin.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.deptbot.admin.AdminApplication;
import org.deptbot.core.leases.RoundLeases;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeFixtures;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.data.mongodb.core.MongoTemplate;

class DailyPurgeIT {

  @Test
  void theConsolePurgesOnItsScheduleWithTheConfiguredRetention() {
    // GIVEN a notice cancelled a day ago, and notices kept for zero days
    String database = TestMongo.newDatabaseName();
    MongoTemplate mongo = TestMongo.database(database);
    Notice issued = NoticeFixtures.roadClosure("N-2026-000001", NoticeMode.LIVE);
    Notices notices = new Notices(mongo, Clock.systemUTC());
    notices.add(issued);
    notices.replace(
        issued, issued.cancel("reopened", "s-050", Instant.now().minus(Duration.ofDays(1))));

    // WHEN the console runs with the purge scheduled every second
    try (var admin =
        new SpringApplication(AdminApplication.class)
            .run(
                "--spring.data.mongodb.uri=" + TestMongo.connectionString(),
                "--spring.data.mongodb.database=" + database,
                "--server.port=0",
                "--deptbot.retention.notices=0d",
                "--deptbot.records.purge-cron=* * * * * *")) {
      await().atMost(Duration.ofSeconds(15)).until(() -> !purgesAudited(mongo).isEmpty());
    }

    // THEN the notice is gone and its purge is in the audit log
    assertThat(notices.byId("N-2026-000001")).isEmpty();
    assertThat(purgesAudited(mongo)).containsExactly("notice:N-2026-000001");
  }

  @Test
  void ofTwoConsolesOnOneDatabaseOnlyTheOneHoldingThePurgesLeaseRunsIt() {
    String database = TestMongo.newDatabaseName();
    String[] args = {
      "--spring.data.mongodb.uri=" + TestMongo.connectionString(),
      "--spring.data.mongodb.database=" + database,
      "--server.port=0",
      "--deptbot.records.purge-cron=* * * * * *"
    };
    try (var first = new SpringApplication(AdminApplication.class).run(args);
        var second = new SpringApplication(AdminApplication.class).run(args)) {
      RoundLeases one = first.getBean(RoundLeases.class);
      RoundLeases other = second.getBean(RoundLeases.class);

      // both come to it every second; one holds the lease and renews it at every run
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  one.tries().getOrDefault("records.purge", 0L) >= 3
                      && other.tries().getOrDefault("records.purge", 0L) >= 3);
      long ranInFirst = one.runs().getOrDefault("records.purge", 0L);
      long ranInSecond = other.runs().getOrDefault("records.purge", 0L);
      assertThat(ranInFirst + ranInSecond).isGreaterThanOrEqualTo(3);
      assertThat(List.of(ranInFirst, ranInSecond)).as("runs in each console").contains(0L);
    }
  }

  private static List<String> purgesAudited(MongoTemplate mongo) {
    return mongo
        .getCollection("audit")
        .find(new Document("action", "record.purged"))
        .map(d -> d.getString("subject"))
        .into(new ArrayList<>());
  }
}
