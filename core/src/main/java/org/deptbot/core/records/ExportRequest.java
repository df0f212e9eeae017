package org.deptbot.core.records;

import java.util.List;
import java.util.Objects;

/**
 * What to export: every record inside any of the scopes, in one mode, for a stated purpose.
 *
 * @param selection one or more scopes; a record inside several is exported once
 * @param purpose the request or matter the export answers (a subpoena number, a records request
 *     reference); checked by {@link RecordsExport#write}, after the requester's permission
 */
public record ExportRequest(List<RecordScope> selection, ExportMode mode, String purpose) {

  public ExportRequest {
    Objects.requireNonNull(mode, "mode");
    if (selection == null || selection.isEmpty()) {
      throw new IllegalArgumentException(
          "an export selects at least one case, notice, staff member or date range");
    }
    selection = List.copyOf(selection);
  }

  public static ExportRequest of(ExportMode mode, String purpose, RecordScope... selection) {
    return new ExportRequest(List.of(selection), mode, purpose);
  }
}
