package org.deptbot.core.seed;

import java.util.List;
import java.util.Objects;
import org.deptbot.core.reports.Urgency;

/**
 * A seed file that passed every check; the importer can take it as it is.
 *
 * @param department who the department is and how the public reaches it
 * @param staff the roster, in file order
 * @param channels where approved notices go, in file order (may be empty)
 * @param templates approved starter templates (may be empty)
 * @param urgency the provisions with acknowledgement deadlines of their own (none if absent)
 */
public record SeedFile(
    SeedDepartment department,
    List<SeedStaffMember> staff,
    List<SeedChannel> channels,
    List<SeedTemplate> templates,
    Urgency urgency) {

  public SeedFile {
    Objects.requireNonNull(department, "department");
    staff = List.copyOf(staff);
    channels = List.copyOf(channels);
    templates = List.copyOf(templates);
    urgency = urgency == null ? Urgency.NONE : urgency;
  }
}
