package org.deptbot.admin.notices;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.templates.Template;

/** Notices stored straight through the core, for tests that look at or change one. */
record NoticeFixtures(Notices notices) {

  Notice issued(Template template, String channelId, String by) {
    return notices.add(
        Notice.issue(
            notices.nextNumber(),
            template,
            Map.of("street", "Main St", "until", "18:00"),
            List.of(channelId),
            NoticeMode.LIVE,
            by,
            Instant.now()));
  }
}
