package org.deptbot.core.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.reports.Evidence;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.reports.Report;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.Template;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.TipPhotos;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Writes the selected records into a bundle: {@code records/<type>/<id>.json} (each with its whole
 * history: revisions and deliveries, case events and evidence list, tip events, every template
 * version with its approvals), {@code records/staff/<id>.json} for the people they name, {@code
 * evidence/<record>/…} for files, and {@code audit/entries.jsonl}, all through the {@link
 * Redactor}.
 */
class BundleContents {

  static final String WITHHELD_EVIDENCE =
      "evidence files and tip photos can show reporters, tipsters and third parties; release"
          + " them after review, from an e-discovery export";

  static final String WITHHELD_UNCLEANED =
      "this file cannot be cleaned of what may identify its sender (a document, a video, a"
          + " picture that cannot be redrawn); it is withheld until a custodian reveals it";

  private final MongoOperations mongo;
  private final Deliveries deliveries;
  private final EvidenceStore evidence;
  private final NoticePhotos noticePhotos;
  private final StaffMembers staff;

  BundleContents(
      MongoOperations mongo,
      Deliveries deliveries,
      EvidenceStore evidence,
      NoticePhotos noticePhotos,
      StaffMembers staff) {
    this.mongo = mongo;
    this.deliveries = deliveries;
    this.evidence = evidence;
    this.noticePhotos = noticePhotos;
    this.staff = staff;
  }

  void write(ExportCollector.Selected selected, Redactor redactor, BundleWriter writer) {
    Set<String> people = new TreeSet<>();
    Set<String> confidential = new TreeSet<>();
    selected.notices().forEach(n -> notice(n, redactor, writer, people));
    for (Report report : selected.reports()) {
      report(report, redactor, writer, people);
      if (redactor.isPublic() && report.reporterId() != null) {
        confidential.add(report.reporterId());
      }
    }
    selected.tips().forEach(t -> tip(t, redactor, writer, people));
    templates(selected.templates(), writer, people);
    people.removeAll(confidential);
    for (String id : people) {
      staff
          .byId(id)
          .ifPresent(
              m -> writer.json("records/staff/" + BundleWriter.segment(id) + ".json", document(m)));
    }
    List<Document> lines = new ArrayList<>();
    for (AuditEntry entry : selected.audit()) {
      Document line = auditLine(entry);
      redactor.auditLine(line, confidential);
      lines.add(line);
    }
    writer.jsonLines("audit/entries.jsonl", lines);
  }

  private void notice(Notice notice, Redactor redactor, BundleWriter writer, Set<String> people) {
    String subject = RecordType.NOTICE.subject(notice.id());
    Document doc = document(notice);
    redactor.notice(doc, notice);
    List<Document> sent = new ArrayList<>();
    deliveries.ofNotice(notice.id()).forEach(d -> sent.add(document(d)));
    for (int i = 0; i < sent.size(); i++) {
      redactor.delivery(sent.get(i), subject, i);
    }
    doc.append("deliveries", sent);
    writer.json(path(RecordType.NOTICE, notice.id()), doc);
    people.addAll(RecordFacts.of(notice).staffIds());
    Map<String, String> photos = new LinkedHashMap<>();
    notice.revisions().forEach(r -> r.values().values().forEach(v -> photos.put(v, v)));
    for (String value : photos.keySet()) {
      noticePhotos
          .byValue(value)
          .ifPresent(
              photo -> {
                if (redactor.hidesPerson(notice)) {
                  redactor.withhold(subject, "photo (" + photo.mediaType() + ")", Redactor.FOUND);
                } else {
                  writer.bytes(file(notice.id(), "photo-" + photo.sha256()), photo.bytes());
                }
              });
    }
  }

  private void report(Report report, Redactor redactor, BundleWriter writer, Set<String> people) {
    String subject = RecordType.REPORT.subject(report.id());
    Document doc = document(report);
    redactor.report(doc, report);
    List<Document> files = new ArrayList<>();
    for (Evidence file : evidence.of(report.intakeKey())) {
      Document listed = document(file);
      listed.remove("fileId");
      listed.remove("originalId");
      String what = "evidence file " + file.number() + " (" + file.mediaType() + ")";
      if (redactor.isPublic()) {
        redactor.withhold(subject, what, WITHHELD_EVIDENCE);
      } else if (file.withheld()) {
        redactor.withhold(subject, what, WITHHELD_UNCLEANED);
      } else {
        String path = file(report.id(), file.name(report.id()));
        writer.bytes(path, evidence.bytes(file));
        listed.append("file", path);
      }
      files.add(listed);
    }
    doc.append("evidence", files);
    writer.json(path(RecordType.REPORT, report.id()), doc);
    people.addAll(RecordFacts.of(report).staffIds());
  }

  private void tip(Tip tip, Redactor redactor, BundleWriter writer, Set<String> people) {
    Document doc = document(tip);
    redactor.tip(doc, tip);
    writer.json(path(RecordType.TIP, tip.id()), doc);
    people.addAll(RecordFacts.of(tip).staffIds());
    if (tip.photoId() == null) {
      return;
    }
    TipPhotos.Photo photo = mongo.findById(tip.photoId(), TipPhotos.Photo.class);
    if (photo == null) {
      return;
    }
    if (redactor.isPublic()) {
      redactor.withhold(RecordType.TIP.subject(tip.id()), "photo", WITHHELD_EVIDENCE);
    } else if (photo.withheld()) {
      redactor.withhold(RecordType.TIP.subject(tip.id()), "photo", WITHHELD_UNCLEANED);
    } else {
      writer.bytes(file(tip.id(), tip.id() + "-photo.png"), photo.bytes());
    }
  }

  /** One file per template key, with every version exported. */
  private void templates(List<Template> templates, BundleWriter writer, Set<String> people) {
    Map<String, List<Document>> byKey = new LinkedHashMap<>();
    for (Template template : templates) {
      byKey.computeIfAbsent(template.key(), k -> new ArrayList<>()).add(document(template));
      people.addAll(RecordFacts.of(template).staffIds());
    }
    byKey.forEach(
        (key, versions) ->
            writer.json(
                path(RecordType.TEMPLATE, key),
                new Document("key", key).append("versions", versions)));
  }

  /** The record as stored, with {@code id} first and without the mapping's class hint. */
  private Document document(Object record) {
    Document stored = new Document();
    mongo.getConverter().write(record, stored);
    Document out = new Document();
    if (stored.containsKey("_id")) {
      out.append("id", stored.get("_id"));
    }
    stored.forEach(
        (key, value) -> {
          if (!"_id".equals(key) && !"_class".equals(key)) {
            out.append(key, value);
          }
        });
    return out;
  }

  /** An audit entry as the canonical hash reads it ({@code AuditHashing}), one JSON line. */
  private static Document auditLine(AuditEntry entry) {
    return new Document("seq", entry.seq())
        .append("at", entry.at() == null ? null : entry.at().toString())
        .append("actor", entry.actor())
        .append("channel", entry.channel() == null ? null : entry.channel().name())
        .append("action", entry.action())
        .append("subject", entry.subject())
        .append("details", new Document(new java.util.TreeMap<String, Object>(entry.details())))
        .append("previousHash", entry.previousHash())
        .append("hash", entry.hash());
  }

  private static String path(RecordType type, String id) {
    return "records/" + type.folder() + "/" + BundleWriter.segment(id) + ".json";
  }

  private static String file(String recordId, String name) {
    return "evidence/" + BundleWriter.segment(recordId) + "/" + BundleWriter.segment(name);
  }
}
