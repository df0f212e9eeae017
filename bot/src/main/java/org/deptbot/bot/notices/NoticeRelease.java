package org.deptbot.bot.notices;

import java.time.Clock;
import java.time.Instant;
import org.deptbot.bot.delivery.DeliveryService;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.Notices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Sends scheduled notices whose time has come. Each is released by one conditional write, so two
 * rounds (or two bots) release it once; the planner then queues its deliveries, and a crash between
 * the two is finished by the next planning round.
 */
public class NoticeRelease {

  private static final Logger log = LoggerFactory.getLogger(NoticeRelease.class);

  private final Notices notices;
  private final ObjectProvider<DeliveryService> delivery;
  private final AuditTrail audit;
  private final Clock clock;

  NoticeRelease(
      Notices notices, ObjectProvider<DeliveryService> delivery, AuditTrail audit, Clock clock) {
    this.notices = notices;
    this.delivery = delivery;
    this.audit = audit;
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
      if (releasedNow(notice.id(), now)) {
        released++;
      }
    }
    if (released > 0) {
      delivery.ifAvailable(DeliveryService::planNow);
    }
    return released;
  }

  /** Releases one scheduled notice at its time (a dispatcher chose "now" for it). */
  void release(Notice notice) {
    if (releasedNow(notice.id(), notice.scheduledFor())) {
      delivery.ifAvailable(DeliveryService::planNow);
    }
  }

  private boolean releasedNow(String noticeId, Instant now) {
    if (!notices.release(noticeId, now)) {
      return false; // another round, or a cancellation, came first
    }
    audit.system("notice.released", "notice:" + noticeId, "revision", "1");
    log.info("Scheduled notice {} released", noticeId);
    return true;
  }
}
