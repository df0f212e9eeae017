package org.deptbot.core.seed;

import java.util.List;
import java.util.Objects;

/**
 * A seed file that passed every check; the importer can take it as it is.
 *
 * @param department who the department is and how the public reaches it
 * @param staff the roster, in file order
 * @param channels where approved notices go, in file order (may be empty)
 * @param templates approved starter templates (may be empty)
 */
public record SeedFile(
    SeedDepartment department,
    List<SeedStaffMember> staff,
    List<SeedChannel> channels,
    List<SeedTemplate> templates) {

  public SeedFile {
    Objects.requireNonNull(department, "department");
    staff = List.copyOf(staff);
    channels = List.copyOf(channels);
    templates = List.copyOf(templates);
  }
}
