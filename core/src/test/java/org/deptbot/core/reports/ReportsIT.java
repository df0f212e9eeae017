package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexField;

class ReportsIT {

  private MongoTemplate mongo;
  private Reports reports;

  @BeforeEach
  void setUp() {
    mongo = TestMongo.newDatabase();
    reports = new Reports(mongo, new MutableClock(ReportFixtures.T0));
    reports.createIndexes();
  }

  @Test
  void changesFindTheirCaseThroughAUniqueIndexOnIdAndVersion() {
    // the embedded server uses an index only for a query on exactly its fields (see Reports)
    assertThat(mongo.indexOps(Report.class).getIndexInfo())
        .anySatisfy(
            index -> {
              assertThat(index.isUnique()).isTrue();
              assertThat(index.getIndexFields())
                  .extracting(IndexField::getKey)
                  .containsExactly("_id", "version");
            });
  }

  @Test
  void aNotificationSentForAnOlderVersionIsNotMarkedSent() {
    Report stored = reports.submit(ReportFixtures.newCase("R-2026-000001", "intake-1", "sgt"));
    Report acknowledged = stored.acknowledge("sgt", ReportFixtures.T0);
    assertThat(reports.replace(stored, acknowledged)).isTrue();

    reports.notified(stored, true, false); // the notifier read version 1; the case is at 2

    assertThat(reports.byId(stored.id()).orElseThrow().handlerToNotify()).isTrue();
    reports.notified(acknowledged, true, true);
    assertThat(reports.owingNotifications()).isEmpty();
  }

  @Test
  void submittingTheSameIntakeTwiceStoresOneCase() {
    Report first = reports.submit(ReportFixtures.newCase(reports.nextNumber(), "intake-1", "sgt"));
    // a crash after storing, then the same Submit handled again with a new number
    Report again = reports.submit(ReportFixtures.newCase(reports.nextNumber(), "intake-1", "sgt"));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(reports.countOpenFor("sgt")).isEqualTo(1);
  }

  @Test
  void ofTwoSupervisorsPressingAcknowledgeAtOnceOneWins() {
    Report stored = reports.submit(ReportFixtures.newCase("R-2026-000001", "intake-1", "sgt"));
    AtomicInteger wins = new AtomicInteger();

    IntStream.range(0, 8)
        .parallel()
        .forEach(
            i -> {
              if (reports.replace(stored, stored.acknowledge("sgt", ReportFixtures.T0))) {
                wins.incrementAndGet();
              }
            });

    assertThat(wins).hasValue(1);
    assertThat(reports.byId(stored.id()).orElseThrow().events()).hasSize(2);
  }

  @Test
  void theQueueListsAHandlersOpenCasesOldestFirst() {
    reports.submit(ReportFixtures.newCase("R-2026-000002", "b", "sgt"));
    reports.submit(ReportFixtures.newCase("R-2026-000001", "a", "sgt"));
    reports.submit(ReportFixtures.newCase("R-2026-000003", "c", "other"));
    Report closed = reports.submit(ReportFixtures.newCase("R-2026-000004", "d", "sgt"));
    reports.replace(closed, closed.dismiss("sgt", "duplicate", ReportFixtures.T0));

    assertThat(reports.openFor("sgt", 0, 10))
        .extracting(Report::id)
        .containsExactly("R-2026-000001", "R-2026-000002");
  }
}
