package org.deptbot.core.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bson.Document;
import org.deptbot.core.access.Actor;

/**
 * The manifest of a bundle, before {@link BundleWriter} adds the file list: who made it, when, for
 * what and from which selection, what it holds, and in plain words what it leaves out and why.
 */
final class BundleManifest {

  static final String SEALED =
      "Anonymous reporters and tipsters are reached through a chat account sealed with the"
          + " department's key (AES-256-GCM, DEPTBOT_REPORTS_SEAL_KEY), which is in no database and in no"
          + " export. The sealed values (reporterContact, tipsterChat starting with 'sealed:') are"
          + " exported as stored: this bundle cannot tell who they are, in any mode.";
  static final String AUDIT =
      "audit/entries.jsonl holds each entry as stored (at in ISO-8601, hashed as milliseconds since"
          + " 1970); the canonical text each hash covers is described in AuditHashing"
          + " (deptbot-audit-v1). Entries are excerpts of one chain: check the whole chain with"
          + " --verify-audit on the department's database.";
  static final String PUBLIC =
      "Public records mode: the redacted fields read [REDACTED] and are listed under"
          + " 'redactions'; files left out are listed under 'withheld'. A redacted audit line no"
          + " longer matches its hash.";

  private BundleManifest() {}

  static Document of(
      String exportId,
      Instant at,
      Actor actor,
      ExportRequest request,
      ExportCollector.Selected selected,
      Redactor redactor) {
    List<String> notes = new ArrayList<>(List.of(SEALED, AUDIT));
    if (redactor.isPublic()) {
      notes.add(PUBLIC);
    }
    return new Document("format", BundleWriter.FORMAT)
        .append("exportId", exportId)
        .append("generatedAt", at.toString())
        .append("generatedBy", actor.activeMember().map(m -> m.id()).orElse(actor.describe()))
        .append("mode", request.mode().name())
        .append("purpose", request.purpose().strip())
        .append("selection", request.selection().stream().map(RecordScope::describe).toList())
        .append(
            "contains",
            new Document("notices", selected.notices().size())
                .append("cases", selected.reports().size())
                .append("tips", selected.tips().size())
                .append("templateVersions", selected.templates().size())
                .append("auditEntries", selected.audit().size()))
        .append("notFound", selected.notFound())
        .append(
            "leftOutForLackOfAccess",
            new Document("cases", selected.leftOut().cases())
                .append("tips", selected.leftOut().tips()))
        .append("notes", notes)
        .append("redactions", redactor.redactions().stream().map(BundleManifest::listed).toList())
        .append("withheld", redactor.withheld().stream().map(BundleManifest::withheld).toList());
  }

  static String describe(List<RecordScope> selection) {
    return selection.stream().map(RecordScope::describe).collect(Collectors.joining("; "));
  }

  private static Document withheld(Redaction file) {
    return new Document("record", file.record())
        .append("item", file.field())
        .append("reason", file.reason());
  }

  private static Document listed(Redaction redaction) {
    return new Document("record", redaction.record())
        .append("field", redaction.field())
        .append("reason", redaction.reason());
  }
}
