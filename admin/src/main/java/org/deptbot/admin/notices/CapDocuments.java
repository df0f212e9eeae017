package org.deptbot.admin.notices;

import org.deptbot.admin.console.NotFound;
import org.deptbot.admin.feed.FeedProperties;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeCapMessages;
import org.deptbot.core.notices.cap.CapDocument;
import org.deptbot.core.templates.Templates;
import org.springframework.stereotype.Component;

/**
 * A notice revision's CAP 1.2 document for staff, with the same sender and zone as the public feed
 * ({@code deptbot.feed.*}). Photos are not attached: the feed serves them for live notices.
 */
@Component
class CapDocuments {

  private final Templates templates;
  private final Departments departments;
  private final NoticeCapMessages messages;

  CapDocuments(Templates templates, Departments departments, FeedProperties feed) {
    this.templates = templates;
    this.departments = departments;
    this.messages = new NoticeCapMessages(feed.sender(), feed.timeZone());
  }

  String of(Notice notice, int revision) {
    if (revision < 1 || revision > notice.revisions().size()) {
      throw new NotFound("Revision " + revision + " of " + notice.id());
    }
    var template = templates.byId(notice.templateId()).orElseThrow();
    Department department =
        departments.current().orElse(Department.of("Police department", "", null, null));
    return CapDocument.render(messages.alert(notice, revision, template, department));
  }
}
