package org.deptbot.core.records;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.deptbot.core.delivery.Delivery;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.reports.Evidence;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.reports.Report;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.VariableType;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.TipPhotos;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * What purging one record deletes, kind by kind: the record's own document first, then what hangs
 * off it (deliveries, photos, evidence files). Every step may run again harmlessly. Photos are
 * stored once per content, so a photo another kept record still shows stays.
 */
class PurgeSteps {

  /** What one purge removed besides the record itself. */
  record Removed(long deliveries, long files) {}

  private final MongoOperations mongo;
  private final EvidenceStore evidence;

  PurgeSteps(MongoOperations mongo, EvidenceStore evidence) {
    this.mongo = mongo;
    this.evidence = evidence;
  }

  /** The files the record keeps outside its document, to note in the intent before deleting. */
  List<String> filesOf(RecordType type, String id) {
    Object record = mongo.findById(id, StoredRecords.classOf(type));
    if (record instanceof Notice notice) {
      Set<String> photos = new HashSet<>();
      notice.revisions().forEach(r -> r.values().values().forEach(v -> addPhoto(photos, v)));
      return List.copyOf(photos);
    }
    if (record instanceof Report report) {
      return evidence.of(report.intakeKey()).stream().map(Evidence::fileId).toList();
    }
    if (record instanceof Tip tip && tip.photoId() != null) {
      return List.of(tip.photoId());
    }
    return List.of();
  }

  /** Deletes the record and what hangs off it; safe to call again for the same intent. */
  Removed remove(PurgeIntent intent) {
    String id = intent.recordId();
    mongo.remove(query(where("_id").is(id)), StoredRecords.classOf(intent.type()));
    return switch (intent.type()) {
      case NOTICE -> new Removed(removeDeliveries(id), removeNoticePhotos(id, intent.files()));
      case REPORT -> new Removed(0, intent.files().stream().filter(evidence::remove).count());
      case TIP -> new Removed(0, removeTipPhotos(id, intent.files()));
      case TEMPLATE -> new Removed(0, 0);
    };
  }

  private long removeDeliveries(String noticeId) {
    return mongo.remove(query(where("noticeId").is(noticeId)), Delivery.class).getDeletedCount();
  }

  private long removeNoticePhotos(String noticeId, List<String> shas) {
    long removed = 0;
    for (String sha : shas) {
      String value = "photo:" + sha;
      List<Criteria> shown = new ArrayList<>();
      photoBlankNames().forEach(name -> shown.add(where("revisions.values." + name).is(value)));
      boolean stillShown =
          !shown.isEmpty()
              && mongo.exists(
                  query(
                      where("_id")
                          .ne(noticeId)
                          .andOperator(new Criteria().orOperator(shown.toArray(Criteria[]::new)))),
                  Notice.class);
      if (!stillShown) {
        removed +=
            mongo.remove(query(where("_id").is(sha)), NoticePhotos.Photo.class).getDeletedCount();
      }
    }
    return removed;
  }

  /** The names photo blanks have in any template: where other notices keep photo values. */
  private Set<String> photoBlankNames() {
    Set<String> names = new HashSet<>();
    for (Template template : mongo.findAll(Template.class)) {
      template.variables().stream()
          .filter(v -> v.type() == VariableType.PHOTO)
          .map(TemplateVariable::name)
          .forEach(names::add);
    }
    return names;
  }

  private long removeTipPhotos(String tipId, List<String> shas) {
    long removed = 0;
    for (String sha : shas) {
      boolean stillShown =
          mongo.exists(query(where("photoId").is(sha).and("_id").ne(tipId)), Tip.class);
      if (!stillShown) {
        removed +=
            mongo.remove(query(where("_id").is(sha)), TipPhotos.Photo.class).getDeletedCount();
      }
    }
    return removed;
  }

  private static void addPhoto(Set<String> photos, String value) {
    if (NoticePhotos.isPhotoValue(value)) {
      photos.add(value.substring("photo:".length()));
    }
  }
}
