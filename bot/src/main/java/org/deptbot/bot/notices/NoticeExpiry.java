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
 * Expires notices whose time has come, each through core's {@link NoticeDesk#expire} (one
 * conditional write, audited); their posts are edited to EXPIRED like a cancellation.
 */
class NoticeExpiry {

  private static final Logger log = LoggerFactory.getLogger(NoticeExpiry.class);

  private final Notices notices;
  private final ObjectProvider<DeliveryService> delivery;
  private final NoticeDesk desk;
  private final Clock clock;

  NoticeExpiry(
      Notices notices, ObjectProvider<DeliveryService> delivery, NoticeDesk desk, Clock clock) {
    this.desk = desk;
    this.notices = notices;
    this.delivery = delivery;
    this.clock = clock;
  }

  /** Returns how many notices expired now. */
  int expireDue() {
    Instant now = clock.instant();
    int expired = 0;
    for (Notice notice : notices.dueToExpire(now)) {
      // a dispatcher's update or cancel at the same moment wins; the next round looks again
      if (desk.expire(notice, now)) {
        expired++;
        log.info("Notice {} expired", notice.id());
      }
    }
    if (expired > 0) {
      delivery.ifAvailable(DeliveryService::planNow);
    }
    return expired;
  }
}
