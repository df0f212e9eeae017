package org.deptbot.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.deptbot.core.access.Actor;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.StaffMember;

/**
 * Writes changes to the roster to the audit trail one by one, each with the value before and after
 * it and who made it: a console user, or the system (the seed file at start-up).
 */
public final class RosterAudit {

  /** What the log says for a value that was not there (no supervisor, no owner). */
  public static final String NONE = "(none)";

  private final Writer writer;

  private RosterAudit(Writer writer) {
    this.writer = writer;
  }

  /** Changes made by {@code actor}. */
  public static RosterAudit by(AuditTrail audit, Actor actor) {
    return new RosterAudit(
        (action, subject, details) -> audit.record(actor, action, subject, details));
  }

  /**
   * Changes made by {@code actor} for {@code reason}, which every entry carries (an action that
   * cannot be taken back is confirmed with one).
   */
  public static RosterAudit by(AuditTrail audit, Actor actor, String reason) {
    if (reason == null || reason.isBlank()) {
      return by(audit, actor);
    }
    return new RosterAudit(
        (action, subject, details) -> {
          String[] more = java.util.Arrays.copyOf(details, details.length + 2);
          more[details.length] = "reason";
          more[details.length + 1] = AuditRecord.fitted(reason);
          audit.record(actor, action, subject, more);
        });
  }

  /** Changes the bot made by itself. */
  public static RosterAudit bySystem(AuditTrail audit) {
    return new RosterAudit(audit::system);
  }

  /** A member put on the roster. */
  public void added(StaffMember m) {
    writer.write(
        "staff.added",
        subject(m.id()),
        "name",
        m.name(),
        "roles",
        m.roles().toString(),
        "supervisor",
        orNone(m.supervisorId()),
        "active",
        String.valueOf(m.active()));
  }

  /** One entry for each field that differs between {@code before} and {@code after}. */
  public void changed(StaffMember before, StaffMember after) {
    String subject = subject(after.id());
    if (!before.name().equals(after.name())) {
      writer.write("staff.name_changed", subject, "before", before.name(), "after", after.name());
    }
    if (!before.roles().equals(after.roles())) {
      writer.write(
          "staff.roles_changed",
          subject,
          "before",
          before.roles().toString(),
          "after",
          after.roles().toString());
    }
    if (!Objects.equals(before.supervisorId(), after.supervisorId())) {
      writer.write(
          "staff.supervisor_changed",
          subject,
          "before",
          orNone(before.supervisorId()),
          "after",
          orNone(after.supervisorId()));
    }
    if (before.active() != after.active()) {
      writer.write(
          after.active() ? "staff.reactivated" : "staff.deactivated",
          subject,
          "before",
          before.active() ? "active" : "inactive",
          "after",
          after.active() ? "active" : "inactive");
    }
  }

  /** A chat account linked to {@code link.staffId()}, taken from {@code previousOwner} if any. */
  public void linked(ChatLink link, String previousOwner) {
    writer.write(
        "staff.chat_linked",
        subject(link.staffId()),
        "account",
        link.id(),
        "source",
        link.source().name(),
        "before",
        orNone(previousOwner),
        "after",
        link.staffId());
  }

  /** A chat account no longer linked to its member. */
  public void unlinked(ChatLink link) {
    writer.write(
        "staff.chat_unlinked",
        subject(link.staffId()),
        "account",
        link.id(),
        "before",
        link.staffId(),
        "after",
        NONE);
  }

  /**
   * The member's open enrollment codes went from {@code before} to {@code after} ({@code action}
   * says how); {@code more} are further key, value pairs.
   */
  public void enrollmentCodes(
      String staffId, String action, long before, long after, String... more) {
    List<String> details = new ArrayList<>();
    details.addAll(
        List.of(
            "openCodesBefore", String.valueOf(before), "openCodesAfter", String.valueOf(after)));
    details.addAll(List.of(more));
    writer.write(action, subject(staffId), details.toArray(String[]::new));
  }

  private static String subject(String staffId) {
    return "staff:" + staffId;
  }

  private static String orNone(String value) {
    return value == null ? NONE : value;
  }

  @FunctionalInterface
  private interface Writer {
    void write(String action, String subject, String... details);
  }
}
