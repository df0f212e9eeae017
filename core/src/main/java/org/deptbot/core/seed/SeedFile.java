package org.deptbot.core.seed;

import java.util.List;
import java.util.Objects;
import org.deptbot.core.notices.TestMessage;
import org.deptbot.core.reports.CaseUrgency;
import org.deptbot.core.reports.Findings;
import org.deptbot.core.zones.Bounds;
import org.deptbot.core.zones.Zone;

/**
 * A seed file that passed every check; the importer can take it as it is.
 *
 * @param department who the department is and how the public reaches it
 * @param staff the roster, in file order
 * @param channels where approved notices go, in file order (may be empty)
 * @param templates approved starter templates (may be empty)
 * @param urgency the provisions with acknowledgement deadlines of their own (none if absent)
 * @param bounds the department's area as a box, or null when the file gives none
 * @param zones named parts of that area (may be empty)
 * @param findings the department's findings and whether reporters are told them (the standard ones,
 *     not told, when the file has no {@code findings} or {@code cases} section)
 * @param testMessages test messages the department sends by itself each month (may be empty)
 */
public record SeedFile(
    SeedDepartment department,
    List<SeedStaffMember> staff,
    List<SeedChannel> channels,
    List<SeedTemplate> templates,
    CaseUrgency urgency,
    Bounds bounds,
    List<Zone> zones,
    Findings.Settings findings,
    List<TestMessage> testMessages) {

  public SeedFile(
      SeedDepartment department,
      List<SeedStaffMember> staff,
      List<SeedChannel> channels,
      List<SeedTemplate> templates,
      CaseUrgency urgency,
      Bounds bounds,
      List<Zone> zones,
      Findings.Settings findings) {
    this(department, staff, channels, templates, urgency, bounds, zones, findings, List.of());
  }

  public SeedFile(
      SeedDepartment department,
      List<SeedStaffMember> staff,
      List<SeedChannel> channels,
      List<SeedTemplate> templates,
      CaseUrgency urgency,
      Bounds bounds,
      List<Zone> zones,
      List<TestMessage> testMessages) {
    this(department, staff, channels, templates, urgency, bounds, zones, null, testMessages);
  }

  public SeedFile(
      SeedDepartment department,
      List<SeedStaffMember> staff,
      List<SeedChannel> channels,
      List<SeedTemplate> templates,
      CaseUrgency urgency) {
    this(department, staff, channels, templates, urgency, null, List.of(), null, List.of());
  }

  public SeedFile(
      SeedDepartment department,
      List<SeedStaffMember> staff,
      List<SeedChannel> channels,
      List<SeedTemplate> templates,
      CaseUrgency urgency,
      Bounds bounds,
      List<Zone> zones) {
    this(department, staff, channels, templates, urgency, bounds, zones, null, List.of());
  }

  public SeedFile {
    Objects.requireNonNull(department, "department");
    staff = List.copyOf(staff);
    channels = List.copyOf(channels);
    templates = List.copyOf(templates);
    urgency = urgency == null ? CaseUrgency.NONE : urgency;
    zones = zones == null ? List.of() : List.copyOf(zones);
    findings = findings == null ? Findings.DEFAULT_SETTINGS : findings;
    testMessages = testMessages == null ? List.of() : List.copyOf(testMessages);
  }
}
