package org.deptbot.core.records;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.reports.Report;
import org.deptbot.core.templates.Template;
import org.deptbot.core.tips.Tip;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Finds what an export takes: the records inside the selection, the template versions the selected
 * notices came from, the holds on them and every audit entry about any of these.
 */
class ExportCollector {

  /** The records of one export, each list in id order. */
  record Selected(
      List<Notice> notices,
      List<Report> reports,
      List<Tip> tips,
      List<Template> templates,
      List<AuditEntry> audit,
      List<String> notFound,
      LeftOut leftOut) {

    int size() {
      return notices.size() + reports.size() + tips.size() + templates.size();
    }
  }

  /** How many selected records the exporter may not read, and so are left out: counts only. */
  record LeftOut(int cases, int tips) {

    int total() {
      return cases + tips;
    }
  }

  /** Which cases and tips the exporter may read. */
  record Readable(Predicate<Report> cases, Predicate<Tip> tips) {}

  private final MongoOperations mongo;
  private final AuditLog auditLog;
  private final LegalHolds holds;

  ExportCollector(MongoOperations mongo, AuditLog auditLog, LegalHolds holds) {
    this.mongo = mongo;
    this.auditLog = auditLog;
    this.holds = holds;
  }

  /**
   * The records inside the selection that the exporter may read, and the audit entries about them;
   * the others are only counted, and no entry about them goes in.
   */
  Selected collect(List<RecordScope> selection, Readable readable) {
    List<Notice> notices = matching(Notice.class, selection);
    List<Report> allReports = matching(Report.class, selection);
    List<Tip> allTips = matching(Tip.class, selection);
    List<Report> reports = allReports.stream().filter(readable.cases()).toList();
    List<Tip> tips = allTips.stream().filter(readable.tips()).toList();
    var leftOut = new LeftOut(allReports.size() - reports.size(), allTips.size() - tips.size());
    List<Template> templates = templates(selection, notices);

    List<RecordFacts> stored = new ArrayList<>();
    allReports.forEach(r -> stored.add(RecordFacts.of(r)));
    allTips.forEach(t -> stored.add(RecordFacts.of(t)));
    List<RecordFacts> facts = new ArrayList<>();
    notices.forEach(n -> facts.add(RecordFacts.of(n)));
    reports.forEach(r -> facts.add(RecordFacts.of(r)));
    tips.forEach(t -> facts.add(RecordFacts.of(t)));
    templates.forEach(t -> facts.add(RecordFacts.of(t)));
    Set<String> subjects = new LinkedHashSet<>();
    facts.forEach(f -> subjects.add(f.subject()));
    for (LegalHold hold : holds.all()) {
      if (facts.stream().anyMatch(hold.scope()::covers)) {
        subjects.add("hold:" + hold.id());
      }
    }
    stored.addAll(facts);
    List<String> notFound = notFound(selection, stored);
    var bySeq = new TreeMap<Long, AuditEntry>();
    audit(subjects).forEach(e -> bySeq.put(e.seq(), e));
    notFound.forEach(id -> purgeOf(id).forEach(e -> bySeq.put(e.seq(), e)));
    List<AuditEntry> audit = List.copyOf(bySeq.values());
    return new Selected(notices, reports, tips, templates, audit, notFound, leftOut);
  }

  /** The stored records of one kind inside any of the scopes, by id. */
  private <T> List<T> matching(Class<T> type, List<RecordScope> selection) {
    List<T> found = new ArrayList<>();
    try (var all = mongo.stream(new Query().with(Sort.by("_id")), type)) {
      all.forEach(
          record -> {
            RecordFacts facts = StoredRecords.factsOf(record);
            if (selection.stream().anyMatch(scope -> scope.covers(facts))) {
              found.add(record);
            }
          });
    }
    return found;
  }

  /** Templates inside the selection, and every version of those the notices came from. */
  private List<Template> templates(List<RecordScope> selection, List<Notice> notices) {
    var byId = new TreeMap<String, Template>();
    matching(Template.class, selection).forEach(t -> byId.put(t.id(), t));
    Set<String> keys = new LinkedHashSet<>();
    for (Notice notice : notices) {
      mongo
          .find(query(where("_id").is(notice.templateId())), Template.class)
          .forEach(t -> keys.add(t.key()));
    }
    if (!keys.isEmpty()) {
      mongo.find(query(where("key").in(keys)), Template.class).forEach(t -> byId.put(t.id(), t));
    }
    return List.copyOf(byId.values());
  }

  private static List<String> notFound(List<RecordScope> selection, List<RecordFacts> found) {
    List<String> missing = new ArrayList<>();
    for (RecordScope scope : selection) {
      boolean named =
          scope.kind() == RecordScope.Kind.CASE || scope.kind() == RecordScope.Kind.NOTICE;
      if (named && found.stream().noneMatch(f -> f.id().equalsIgnoreCase(scope.target()))) {
        missing.add(scope.target());
      }
    }
    return missing;
  }

  /**
   * What the audit log tells of a record no longer stored: a notice's entries (notices are public),
   * but of a case or tip only its purge, as no one can check anymore who may read them.
   */
  private List<AuditEntry> purgeOf(String id) {
    List<AuditEntry> found = new ArrayList<>(auditLog.about(RecordType.NOTICE.subject(id)));
    for (String subject : List.of(RecordType.REPORT.subject(id), RecordType.TIP.subject(id))) {
      auditLog.about(subject).stream()
          .filter(e -> RetentionPurge.PURGED.equals(e.action()))
          .forEach(found::add);
    }
    return found;
  }

  private List<AuditEntry> audit(Set<String> subjects) {
    var bySeq = new TreeMap<Long, AuditEntry>();
    subjects.forEach(s -> auditLog.about(s).forEach(e -> bySeq.put(e.seq(), e)));
    List<AuditEntry> entries = new ArrayList<>(bySeq.values());
    entries.sort(Comparator.comparingLong(AuditEntry::seq));
    return entries;
  }
}
