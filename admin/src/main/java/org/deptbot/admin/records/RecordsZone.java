package org.deptbot.admin.records;

import java.time.ZoneId;
import org.deptbot.admin.feed.FeedProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The department's time zone, in which a records officer's dates are read: the public feed's
 * ({@code deptbot.feed.time-zone}, the department's {@code deptbot.time-zone} unless set apart).
 */
@Component
record RecordsZone(ZoneId zone) {

  @Autowired
  RecordsZone(FeedProperties feed) {
    this(feed.timeZone());
  }
}
