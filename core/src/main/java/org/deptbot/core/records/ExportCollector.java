package org.deptbot.core.records;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
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
      List<String> notFound) {

    int size() {
      return notices.size() + reports.size() + tips.size() + templates.size();
    }
  }

  private final MongoOperations mongo;
  private final AuditLog auditLog;
  private final LegalHolds holds;

  ExportCollector(MongoOperations mongo, AuditLog auditLog, LegalHolds holds) {
    this.mongo = mongo;
    this.auditLog = auditLog;
    this.holds = holds;
  }

  Selected collect(List<RecordScope> selection) {
    List<Notice> notices = matching(Notice.class, selection);
    List<Report> reports = matching(Report.class, selection);
    List<Tip> tips = matching(Tip.class, selection);
    List<Template> templates = templates(selection, notices);

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
    List<String> notFound = notFound(selection, facts);
    notFound.forEach(id -> subjects.addAll(possibleSubjects(id)));
    return new Selected(notices, reports, tips, templates, audit(subjects), notFound);
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

  /** Where the audit entries of a record no longer stored would be: its purge is among them. */
  private static List<String> possibleSubjects(String id) {
    return List.of(
        RecordType.NOTICE.subject(id), RecordType.REPORT.subject(id), RecordType.TIP.subject(id));
  }

  private List<AuditEntry> audit(Set<String> subjects) {
    var bySeq = new TreeMap<Long, AuditEntry>();
    subjects.forEach(s -> auditLog.about(s).forEach(e -> bySeq.put(e.seq(), e)));
    List<AuditEntry> entries = new ArrayList<>(bySeq.values());
    entries.sort(Comparator.comparingLong(AuditEntry::seq));
    return entries;
  }
}
