package org.deptbot.core.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.deptbot.core.templates.Template;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NoticesIT {

  private static final Instant T0 = NoticeFixtures.T0;
  private final MutableClock clock = new MutableClock(T0);
  private Notices notices;

  @BeforeEach
  void setUp() {
    notices = new Notices(TestMongo.newDatabase(), clock);
  }

  @Test
  void numbersAreSequentialPerYearAndNeverHandedOutTwice() {
    Set<String> numbers = ConcurrentHashMap.newKeySet();
    IntStream.range(0, 50).parallel().forEach(i -> numbers.add(notices.nextNumber()));

    assertThat(numbers).hasSize(50).contains("N-2026-000001", "N-2026-000050");
  }

  @Test
  void theSecondOfTwoConcurrentChangesIsRefused() {
    Notice issued = notices.add(issue(notices.nextNumber()));

    // two dispatchers both start from the issued notice
    Notice mine = issued.update(approved(), Map.of("street", "Oak Ave"), "moved", "s-050", T0);
    Notice theirs = issued.cancel("reopened", "s-051", T0);

    assertThat(notices.replace(issued, mine)).isTrue();
    assertThat(notices.replace(issued, theirs)).isFalse();
    assertThat(notices.byId(issued.id()).orElseThrow().status()).isEqualTo(NoticeStatus.UPDATED);
  }

  @Test
  void findsWhatIsActiveAndWhatIsDueToExpire() {
    Notice first = notices.add(issue(notices.nextNumber()));
    Notice second = notices.add(issue(notices.nextNumber()));
    notices.replace(second, second.cancel("done", "s-050", T0));

    assertThat(notices.active()).extracting(Notice::id).containsExactly(first.id());
    assertThat(notices.dueToExpire(T0.plus(Duration.ofHours(11)))).isEmpty();
    assertThat(notices.dueToExpire(T0.plus(Duration.ofHours(12))))
        .extracting(Notice::id)
        .containsExactly(first.id());
  }

  private static Notice issue(String id) {
    return NoticeFixtures.roadClosure(id, NoticeMode.LIVE);
  }

  private static Template approved() {
    return NoticeFixtures.approvedRoadClosure();
  }
}
