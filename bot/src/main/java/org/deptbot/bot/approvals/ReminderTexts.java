package org.deptbot.bot.approvals;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.ApprovalReminders;
import org.deptbot.core.templates.ApprovalReminders.Reminder;
import org.deptbot.core.templates.ApprovalReminders.Stage;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TimeShown;

/**
 * Words a reminder of a template waiting for approval: which template, who wrote it, how long it
 * has waited and since when (with the zone), and what the reader can do about it.
 */
class ReminderTexts {

  private final Messages messages;
  private final TimeShown times;
  private final StaffMembers staff;

  ReminderTexts(Messages messages, TimeShown times, StaffMembers staff) {
    this.messages = messages;
    this.times = times;
    this.staff = staff;
  }

  RichText of(
      Template t,
      Instant submitted,
      Instant now,
      Stage stage,
      ReminderLevels plan,
      List<Reminder> told) {
    String name = t.key() + " v" + t.version();
    String author = nameOf(ApprovalReminders.submittedBy(t).orElse(t.authorId()));
    String waited = waited(submitted, now);
    String since = times.stamp(submitted);
    List<String> approvers = plan.approvers().stream().map(StaffMember::name).toList();
    return switch (stage) {
      case APPROVERS -> messages.plain("approvals.remind.approver", name, author, waited, since);
      case SUPERVISORS ->
          approvers.isEmpty()
              ? messages.plain("approvals.remind.no-approver", name, author, waited, since)
              : messages.plain(
                  "approvals.remind.supervisor",
                  name,
                  author,
                  waited,
                  since,
                  String.join(", ", approvers));
      case ADMINS -> {
        Set<String> remindedBefore = new LinkedHashSet<>();
        told.stream()
            .filter(r -> r.stage() != Stage.ADMINS)
            .forEach(r -> remindedBefore.add(nameOf(r.staffId())));
        yield remindedBefore.isEmpty()
            ? messages.plain("approvals.remind.admin-no-one", name, author, waited, since)
            : messages.plain(
                "approvals.remind.admin-unreached",
                name,
                author,
                waited,
                since,
                String.join(", ", remindedBefore));
      }
    };
  }

  /** How long since {@code submitted}, rounded down: "4 h 0 min", "1 d 3 h", "25 min". */
  private String waited(Instant submitted, Instant now) {
    long minutes = Math.max(0, Duration.between(submitted, now).toMinutes());
    if (minutes < 60) {
      return messages.get("approvals.waited.minutes", minutes);
    }
    if (minutes < 24 * 60) {
      return messages.get("approvals.waited.hours", minutes / 60, minutes % 60);
    }
    return messages.get("approvals.waited.days", minutes / (24 * 60), (minutes / 60) % 24);
  }

  private String nameOf(String id) {
    return staff.byId(id).map(StaffMember::name).orElse(id == null ? "?" : id);
  }
}
