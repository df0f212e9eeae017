package org.deptbot.core.templates;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Template versions in MongoDB (collection {@code templates}). A change is one conditional write on
 * the state the change was worked out from, so two approvers pressing at once cannot both win.
 */
public class Templates {

  private final MongoOperations mongo;

  public Templates(MongoOperations mongo) {
    this.mongo = mongo;
  }

  public Template add(Template template) {
    return mongo.insert(template);
  }

  public Optional<Template> byId(String id) {
    return Optional.ofNullable(mongo.findById(id, Template.class));
  }

  /**
   * Stores {@code changed} if the stored version still has {@code expected}'s status; false when
   * someone else changed it first.
   */
  public boolean replace(Template expected, Template changed) {
    var unchanged = query(where("_id").is(expected.id()).and("status").is(expected.status()));
    return mongo.findAndReplace(unchanged, changed) != null;
  }

  /** The approved version of {@code key} that notices use now, if there is one. */
  public Optional<Template> usable(String key) {
    return Optional.ofNullable(
        mongo.findOne(
            query(where("key").is(key).and("status").is(TemplateStatus.APPROVED))
                .with(Sort.by(Sort.Direction.DESC, "version")),
            Template.class));
  }

  /** Every usable template, the newest approved version of each key, for the notice picker. */
  public List<Template> allUsable() {
    var approved =
        query(where("status").is(TemplateStatus.APPROVED))
            .with(Sort.by("key").and(Sort.by(Sort.Direction.DESC, "version")));
    Map<String, Template> newest = new LinkedHashMap<>();
    mongo.find(approved, Template.class).forEach(t -> newest.putIfAbsent(t.key(), t));
    return List.copyOf(newest.values());
  }

  public List<Template> pendingApproval() {
    return mongo.find(
        query(where("status").is(TemplateStatus.PENDING_APPROVAL)).with(Sort.by("_id")),
        Template.class);
  }

  public List<Template> versions(String key) {
    return mongo.find(new Query(where("key").is(key)).with(Sort.by("version")), Template.class);
  }

  /** One page of every version of every template, by key, newest version first. */
  public List<Template> page(int page, int size) {
    return mongo.find(
        new Query()
            .with(Sort.by("key").and(Sort.by(Sort.Direction.DESC, "version")))
            .skip((long) page * size)
            .limit(size),
        Template.class);
  }

  public long count() {
    return mongo.count(new Query(), Template.class);
  }
}
