package org.deptbot.core.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeRevision;
import org.deptbot.core.notices.NoticeStatus;
import org.deptbot.core.reports.Report;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.tips.Tip;

/**
 * Takes out of an export what it must not carry, and keeps the list for the manifest. In every mode
 * it drops the keyed hashes that would link an anonymous reporter's or tipster's records to their
 * other ones; sealed contacts stay sealed as stored. In {@link ExportMode#PUBLIC_RECORDS} it also
 * redacts reporters' identities, handlers' notes on cases, tipsters' contacts, subscribers' chat
 * accounts and, once a missing or endangered person is found, every detail of them in every
 * revision.
 */
class Redactor {

  static final String MARK = "[REDACTED]";

  static final String LINKING_HASH =
      "the hash of the receipt key an anonymous reporter or tipster follows this record with: it"
          + " is theirs alone to use";
  static final String REPORTER = "the reporter's identity is confidential (policy V.A.11)";
  static final String ROUTE = "the route names the reporter's place in the chain of command";
  static final String TIPSTER = "the tipster's identity and contact are confidential";
  static final String SUBSCRIBER = "a member of the public's chat account";
  static final String NOTES =
      "a handler's note on the case: read only by its handlers and internal affairs";
  static final String FOUND =
      "personal details of a missing or endangered person who has been found";

  private final ExportMode mode;
  private final List<Redaction> redactions = new ArrayList<>();
  private final List<Redaction> withheld = new ArrayList<>();

  Redactor(ExportMode mode) {
    this.mode = mode;
  }

  boolean isPublic() {
    return mode == ExportMode.PUBLIC_RECORDS;
  }

  List<Redaction> redactions() {
    return List.copyOf(redactions);
  }

  List<Redaction> withheld() {
    return List.copyOf(withheld);
  }

  /** A file left out of the bundle, described without its name or content. */
  void withhold(String subject, String what, String reason) {
    withheld.add(new Redaction(subject, what, reason));
  }

  void report(Document doc, Report report) {
    String subject = RecordType.REPORT.subject(report.id());
    redact(doc, "receiptHash", subject, "receiptHash", LINKING_HASH);
    if (!isPublic()) {
      return;
    }
    redact(doc, "reporterId", subject, "reporterId", REPORTER);
    redact(doc, "reporterContact", subject, "reporterContact", REPORTER);
    if (doc.get("notes") instanceof List<?> notes) {
      for (int i = 0; i < notes.size(); i++) {
        if (notes.get(i) instanceof Document note) {
          redact(note, "text", subject, "notes[" + i + "].text", NOTES);
        }
      }
    }
    if (doc.get("route") instanceof Document route) {
      redact(route, "reason", subject, "route.reason", ROUTE);
      redact(route, "arguments", subject, "route.arguments", ROUTE);
    }
    if (report.reporterId() != null && doc.get("events") instanceof List<?> events) {
      for (int i = 0; i < events.size(); i++) {
        if (events.get(i) instanceof Document event
            && report.reporterId().equals(event.getString("by"))) {
          redact(event, "by", subject, "events[" + i + "].by", REPORTER);
        }
      }
    }
  }

  void tip(Document doc, Tip tip) {
    String subject = RecordType.TIP.subject(tip.id());
    redact(doc, "receiptHash", subject, "receiptHash", LINKING_HASH);
    if (isPublic()) {
      redact(doc, "tipsterChat", subject, "tipsterChat", TIPSTER);
      redact(doc, "contact", subject, "contact", TIPSTER);
    }
  }

  /** Whether the notice's person was found, so its details and photos leave a public bundle. */
  boolean hidesPerson(Notice notice) {
    return isPublic()
        && notice.status() == NoticeStatus.RESOLVED
        && (notice.category() == NoticeCategory.MISSING_PERSON
            || notice.category() == NoticeCategory.ENDANGERED_PERSON);
  }

  void notice(Document doc, Notice notice) {
    if (!hidesPerson(notice) || !(doc.get("revisions") instanceof List<?> revisions)) {
      return;
    }
    String subject = RecordType.NOTICE.subject(notice.id());
    for (int i = 0; i < revisions.size(); i++) {
      if (!(revisions.get(i) instanceof Document revision)
          || NoticeRevision.Kind.FOUND.name().equals(revision.getString("kind"))) {
        continue;
      }
      String at = "revisions[" + i + "].";
      if (revision.get("values") instanceof Document values) {
        for (String key : values.keySet()) {
          redact(values, key, subject, at + "values." + key, FOUND);
        }
      }
      for (String field : List.of("title", "body", "note")) {
        redact(revision, field, subject, at + field, FOUND);
      }
    }
  }

  void delivery(Document doc, String noticeSubject, int index) {
    if (isPublic() && "SUBSCRIBER".equals(doc.getString("recipientKind"))) {
      String at = "deliveries[" + index + "].";
      redact(doc, "recipientKey", noticeSubject, at + "recipientKey", SUBSCRIBER);
      redact(doc, "chatId", noticeSubject, at + "chatId", SUBSCRIBER);
      redact(doc, "id", noticeSubject, at + "id", SUBSCRIBER);
    }
  }

  /**
   * An audit line with a confidential reporter's id taken out wherever it stands (the actor of
   * {@code case.submitted}, the {@code by} of a reporter's answer, a hold on their records): the
   * whole value goes, and the line then no longer matches its hash.
   */
  void auditLine(Document line, Set<String> confidential) {
    if (!isPublic() || confidential.isEmpty()) {
      return;
    }
    String subject = "audit:" + line.get("seq");
    if (mentions(line.getString("actor"), confidential)) {
      redact(line, "actor", subject, "actor", REPORTER);
    }
    if (line.get("details") instanceof Document details) {
      for (Map.Entry<String, Object> detail : details.entrySet()) {
        if (mentions(String.valueOf(detail.getValue()), confidential)) {
          redact(details, detail.getKey(), subject, "details." + detail.getKey(), REPORTER);
        }
      }
    }
  }

  /** Whether the text names any of the ids (a hold's scope "staff s-031" names s-031). */
  private static boolean mentions(String text, Set<String> ids) {
    return text != null && ids.stream().anyMatch(text::contains);
  }

  private void redact(Document doc, String key, String subject, String field, String reason) {
    Object value = doc.get(key);
    if (value == null || MARK.equals(value)) {
      return;
    }
    doc.put(key, MARK);
    redactions.add(new Redaction(subject, field, reason));
  }
}
