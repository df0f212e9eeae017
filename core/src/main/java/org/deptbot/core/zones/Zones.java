package org.deptbot.core.zones;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The department's zones and bounds in MongoDB (collections {@code zones}, {@code zone_bounds} and
 * {@code zone_template_defaults}); written by the seed import, read when a notice is issued, drawn
 * and written to CAP.
 */
public class Zones {

  private final MongoOperations mongo;

  public Zones(MongoOperations mongo) {
    this.mongo = mongo;
  }

  public Optional<Bounds> bounds() {
    return Optional.ofNullable(mongo.findById(Bounds.SINGLETON_ID, Bounds.class));
  }

  /** Saves the bounds; true when they changed. */
  public boolean saveBounds(Bounds bounds) {
    if (bounds.equals(bounds().orElse(null))) {
      return false;
    }
    mongo.save(bounds);
    return true;
  }

  /** Every zone, by name. */
  public List<Zone> all() {
    return mongo.find(new Query().with(Sort.by("name")), Zone.class);
  }

  public Optional<Zone> byId(String id) {
    return Optional.ofNullable(mongo.findById(id, Zone.class));
  }

  /** The zones with these ids that exist, in the order given. */
  public List<Zone> byIds(Collection<String> ids) {
    Map<String, Zone> known =
        all().stream().collect(Collectors.toMap(Zone::id, Function.identity()));
    List<Zone> out = new ArrayList<>();
    for (String id : ids) {
      Zone zone = known.get(id);
      if (zone != null && !out.contains(zone)) {
        out.add(zone);
      }
    }
    return out;
  }

  /** Saves a zone; true when it is new or changed. */
  public boolean save(Zone zone) {
    if (zone.equals(byId(zone.id()).orElse(null))) {
      return false;
    }
    mongo.save(zone);
    return true;
  }

  /** The zones a template names by default; none when it names none. */
  public List<String> defaultsFor(String templateKey) {
    TemplateZones found = mongo.findById(templateKey, TemplateZones.class);
    return found == null ? List.of() : found.zones();
  }

  /** Sets a template's default zones; true when they changed. */
  public boolean saveDefaults(String templateKey, List<String> zoneIds) {
    if (Objects.equals(defaultsFor(templateKey), List.copyOf(zoneIds))) {
      return false;
    }
    mongo.save(new TemplateZones(templateKey, zoneIds));
    return true;
  }
}
