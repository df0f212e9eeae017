package org.deptbot.admin.notices;

import org.deptbot.admin.console.NotFound;
import org.deptbot.admin.feed.FeedProperties;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeCapMessages;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.cap.CapDocument;
import org.springframework.stereotype.Component;

/**
 * A notice revision's CAP 1.2 document for staff, with the same sender and zone as the public feed
 * ({@code deptbot.feed.*}). Photos are not attached: the feed serves them for live notices.
 */
@Component
class CapDocuments {

  private final NoticeDesk desk;
  private final Departments departments;
  private final NoticeCapMessages messages;

  CapDocuments(NoticeDesk desk, Departments departments, FeedProperties feed) {
    this.desk = desk;
    this.departments = departments;
    this.messages = new NoticeCapMessages(feed.sender(), feed.timeZone());
  }

  String of(Notice notice, int revision) {
    if (revision < 1 || revision > notice.revisions().size()) {
      throw new NotFound("Revision " + revision + " of " + notice.id());
    }
    var template = desk.templateOf(notice);
    Department department =
        departments.current().orElse(Department.of("Police department", "", null, null));
    return CapDocument.render(messages.alert(notice, revision, template, department));
  }
}
