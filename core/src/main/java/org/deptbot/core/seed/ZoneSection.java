package org.deptbot.core.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.deptbot.core.zones.Bounds;
import org.deptbot.core.zones.GeoPoint;
import org.deptbot.core.zones.Geocode;
import org.deptbot.core.zones.Zone;
import org.deptbot.core.zones.ZoneCircle;
import org.deptbot.core.zones.ZoneGeometry;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the department's bounds and its zones: a name and a polygon or a circle each, with optional
 * geocodes, checked by {@link ZoneGeometry}.
 */
final class ZoneSection {

  private static final List<String> KEYS = List.of("id", "name", "polygon", "circle", "geocodes");
  private static final List<String> BOUNDS_KEYS = List.of("south", "west", "north", "east");
  private static final Pattern GEOCODE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,20}");
  private static final String BOUNDS_EXAMPLE =
      "bounds: {south: 41.80, west: -88.06, north: 41.90, east: -87.94}";

  private ZoneSection() {}

  /** The department's bounds, or null when absent or wrong (wrong adds a problem). */
  static Bounds bounds(Node node, SeedProblems problems) {
    if (node == null) {
      return null;
    }
    YamlMapping yaml = YamlMapping.read(node, "bounds", BOUNDS_KEYS, problems);
    if (yaml == null) {
      return null;
    }
    Double[] sides = new Double[4];
    for (int i = 0; i < 4; i++) {
      String key = BOUNDS_KEYS.get(i);
      String text = yaml.text(key, 20, BOUNDS_EXAMPLE);
      if (text == null) {
        return null;
      }
      try {
        sides[i] = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        problems.add(
            yaml.lineOf(key), key + " '" + text + "' in bounds is not a number of degrees");
        return null;
      }
    }
    try {
      return Bounds.of(sides[0], sides[1], sides[2], sides[3]);
    } catch (IllegalArgumentException e) {
      problems.add(
          yaml.line(),
          "bounds need south below north and west below east; write them like '"
              + BOUNDS_EXAMPLE
              + "'");
      return null;
    }
  }

  /** The zones; complete only when no problems were added. */
  static List<Zone> read(List<Node> items, Bounds bounds, int boundsLine, SeedProblems problems) {
    if (bounds == null && !items.isEmpty()) {
      problems.add(
          boundsLine,
          "zones need the department's bounds; add under department: '" + BOUNDS_EXAMPLE + "'");
    }
    List<Zone> zones = new ArrayList<>();
    Map<String, Integer> idLines = new HashMap<>();
    for (Node item : items) {
      YamlMapping yaml = YamlMapping.read(item, "zone entry", KEYS, problems);
      if (yaml == null) {
        continue;
      }
      String id = yaml.id("downtown");
      Integer first = id == null ? null : idLines.putIfAbsent(id, yaml.line());
      if (first != null) {
        problems.add(
            yaml.lineOf("id"),
            "zone id '%s' is used twice (first on line %d); give each zone its own id"
                .formatted(id, first));
      }
      String name = yaml.text("name", Integer.MAX_VALUE, "name: Downtown");
      if (name != null && name.length() > ZoneGeometry.MAX_NAME_LENGTH) {
        problems.add(
            yaml.lineOf("name"),
            "the name of %s is %d characters; keep it under 50 (Google shows it as the place)"
                .formatted(yaml.label(), name.length()));
        name = null;
      }
      String polygonText = yaml.optionalText("polygon", 20_000);
      String circleText = yaml.optionalText("circle", 100);
      List<GeoPoint> polygon = null;
      ZoneCircle circle = null;
      boolean geometry = true;
      if ((polygonText == null) == (circleText == null)) {
        problems.add(
            yaml.line(),
            yaml.label()
                + " needs either a polygon ('polygon: \"lat,lon lat,lon ...\"') or a circle"
                + " ('circle: \"lat,lon radius_km\"'), not "
                + (polygonText == null ? "neither" : "both"));
        geometry = false;
      } else if (polygonText != null) {
        var read = ZoneGeometry.polygon(polygonText, bounds);
        if (read.problem() != null) {
          problems.add(
              yaml.lineOf("polygon"), "polygon of " + yaml.label() + ": " + read.problem());
          geometry = false;
        }
        polygon = read.value();
      } else {
        var read = ZoneGeometry.circle(circleText, bounds);
        if (read.problem() != null) {
          problems.add(yaml.lineOf("circle"), "circle of " + yaml.label() + ": " + read.problem());
          geometry = false;
        }
        circle = read.value();
      }
      List<Geocode> geocodes = geocodes(yaml, problems);
      if (id != null && name != null && geometry && geocodes != null) {
        zones.add(new Zone(id, name, polygon, circle, geocodes));
      }
    }
    return zones;
  }

  /** {@code geocodes: {SAME: "017031", ZIP: ["60601", "60602"]}}; null when wrong. */
  private static List<Geocode> geocodes(YamlMapping yaml, SeedProblems problems) {
    Node node = yaml.value("geocodes");
    if (node == null || YamlMapping.isNull(node)) {
      return List.of();
    }
    String hint = "write them like 'geocodes: {SAME: \"017031\", ZIP: [\"60601\", \"60602\"]}'";
    if (!(node instanceof MappingNode mapping)) {
      problems.add(node, "geocodes of " + yaml.label() + " must be a mapping; " + hint);
      return null;
    }
    List<Geocode> codes = new ArrayList<>();
    boolean right = true;
    for (NodeTuple tuple : mapping.getValue()) {
      String name = YamlMapping.scalar(tuple.getKeyNode());
      if (name == null || !GEOCODE_NAME.matcher(name).matches()) {
        problems.add(tuple.getKeyNode(), "geocode name " + name + " is not allowed; " + hint);
        right = false;
        continue;
      }
      List<Node> values =
          tuple.getValueNode() instanceof SequenceNode list
              ? list.getValue()
              : List.of(tuple.getValueNode());
      for (Node value : values) {
        String text = value instanceof ScalarNode s ? s.getValue().strip() : null;
        if (text == null || text.isEmpty() || text.length() > 40) {
          problems.add(value, "geocode " + name + " needs a code of 1 to 40 characters; " + hint);
          right = false;
        } else {
          codes.add(new Geocode(name, text));
        }
      }
    }
    return right ? codes : null;
  }
}
