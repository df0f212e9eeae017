package org.deptbot.bot.notices;

import java.time.Clock;
import java.time.Instant;
import org.deptbot.bot.delivery.DeliveryService;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.Notices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Sends scheduled notices whose time has come. Each is released by core's {@link
 * NoticeDesk#release} (one conditional write), so two rounds (or two bots) release it once; the
 * planner then queues its deliveries, and a crash between the two is finished by the next planning
 * round.
 */
public class NoticeRelease {

  private static final Logger log = LoggerFactory.getLogger(NoticeRelease.class);

  private final Notices notices;
  private final NoticeDesk desk;
  private final ObjectProvider<DeliveryService> delivery;
  private final Clock clock;

  NoticeRelease(
      Notices notices, NoticeDesk desk, ObjectProvider<DeliveryService> delivery, Clock clock) {
    this.notices = notices;
    this.desk = desk;
    this.delivery = delivery;
    this.clock = clock;
  }

  /** Releases every scheduled notice due now; returns how many this round released. */
  int releaseDue() {
    return releaseDue(clock.instant());
  }

  /**
   * Releases every scheduled notice due at {@code now}; returns how many this round released. Tests
   * drive a round at a chosen moment with it.
   */
  public int releaseDue(Instant now) {
    int released = 0;
    for (Notice notice : notices.dueForRelease(now)) {
      if (desk.release(notice.id(), now)) { // false: another round, or a cancellation, came first
        log.info("Scheduled notice {} released", notice.id());
        released++;
      }
    }
    if (released > 0) {
      delivery.ifAvailable(DeliveryService::planNow);
    }
    return released;
  }
}
