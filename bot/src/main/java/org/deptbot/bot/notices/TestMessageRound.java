package org.deptbot.bot.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import org.deptbot.bot.delivery.DeliveryService;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.NoticeOutcome;
import org.deptbot.core.notices.TestMessage;
import org.deptbot.core.notices.TestMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Sends the department's scheduled test messages. Each round asks, for every test message, which
 * occurrence came last (in the department's zone); one that came within {@link #LATE} is issued by
 * core's {@link NoticeDesk#issueTest}, which stores each occurrence once whatever the number of
 * rounds, restarts or bots. A bot that was down longer than that skips the occurrence rather than
 * posting a test hours late.
 */
public class TestMessageRound {

  /** How late an occurrence may still go out (a restart, a slow round). */
  static final Duration LATE = Duration.ofHours(6);

  private static final Logger log = LoggerFactory.getLogger(TestMessageRound.class);

  private final TestMessages tests;
  private final NoticeDesk desk;
  private final ObjectProvider<DeliveryService> delivery;
  private final ZoneId zone;
  private final Clock clock;
  private final Set<String> warned = new HashSet<>();

  TestMessageRound(
      TestMessages tests,
      NoticeDesk desk,
      ObjectProvider<DeliveryService> delivery,
      ZoneId zone,
      Clock clock) {
    this.tests = tests;
    this.desk = desk;
    this.delivery = delivery;
    this.zone = zone;
    this.clock = clock;
  }

  int issueDue() {
    return issueDue(clock.instant());
  }

  /** Issues every occurrence due at {@code now}; returns how many this round issued. */
  public int issueDue(Instant now) {
    int issued = 0;
    for (TestMessage message : tests.all()) {
      ZonedDateTime last = message.rule().latest(now.atZone(zone));
      if (Duration.between(last.toInstant(), now).compareTo(LATE) > 0) {
        continue;
      }
      NoticeOutcome outcome = desk.issueTest(message, last.toLocalDate());
      if (outcome instanceof NoticeOutcome.Stored stored) {
        log.info(
            "Test message {} of {} issued as {}",
            message.id(),
            last.toLocalDate(),
            stored.notice().id());
        issued++;
      } else if (outcome instanceof NoticeOutcome.Refused refused
          && warned.add(message.occurrenceKey(last.toLocalDate()))) {
        log.warn(
            "Test message {} of {} was not sent: {}",
            message.id(),
            last.toLocalDate(),
            refused.refusal().getMessage());
      }
    }
    if (issued > 0) {
      delivery.ifAvailable(DeliveryService::planNow);
    }
    return issued;
  }
}
