package org.deptbot.core.records;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeStatus;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Report;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateStatus;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.TipStatus;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The records as retention and export read them: each kind in its own collection, mapped to the
 * feature's own class, looked at through {@link RecordFacts}.
 */
class StoredRecords {

  private final MongoOperations mongo;

  StoredRecords(MongoOperations mongo) {
    this.mongo = mongo;
  }

  /** The stored record's class. */
  static Class<?> classOf(RecordType type) {
    return switch (type) {
      case NOTICE -> Notice.class;
      case REPORT -> Report.class;
      case TIP -> Tip.class;
      case TEMPLATE -> Template.class;
    };
  }

  /** The facts of a stored record, read afresh; empty if it is not (or no longer) there. */
  Optional<RecordFacts> facts(RecordType type, String id) {
    return Optional.ofNullable(mongo.findById(id, classOf(type))).map(StoredRecords::factsOf);
  }

  static RecordFacts factsOf(Object record) {
    if (record instanceof Notice n) {
      return RecordFacts.of(n);
    }
    if (record instanceof Report r) {
      return RecordFacts.of(r);
    }
    if (record instanceof Tip t) {
      return RecordFacts.of(t);
    }
    if (record instanceof Template t) {
      return RecordFacts.of(t);
    }
    throw new IllegalArgumentException("not a record: " + record.getClass());
  }

  /** The facts of every closed record of this type. */
  List<RecordFacts> closed(RecordType type) {
    Criteria closed =
        switch (type) {
          case NOTICE ->
              where("status")
                  .in(NoticeStatus.CANCELLED, NoticeStatus.EXPIRED, NoticeStatus.RESOLVED);
          case REPORT -> where("status").in(CaseStatus.RESOLVED, CaseStatus.DISMISSED);
          case TIP -> where("status").is(TipStatus.CLOSED);
          case TEMPLATE -> where("status").is(TemplateStatus.RETIRED);
        };
    return facts(type, query(closed));
  }

  /** The facts of every record of this type. */
  List<RecordFacts> all(RecordType type) {
    return facts(type, new Query());
  }

  /** Whether a stored notice was issued from this template version. */
  boolean templateInUse(String templateId) {
    return mongo.exists(query(where("templateId").is(templateId)), Notice.class);
  }

  <T> Optional<T> byId(Class<T> type, String id) {
    return Optional.ofNullable(mongo.findById(id, type));
  }

  private List<RecordFacts> facts(RecordType type, Query query) {
    List<RecordFacts> facts = new ArrayList<>();
    try (var stream = mongo.stream(query, classOf(type))) {
      stream.forEach(record -> facts.add(factsOf(record)));
    }
    return facts;
  }
}
