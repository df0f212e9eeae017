package org.deptbot.core.zones;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks zone geometry written the CAP way. Each check is a rule of CAP 1.2 or of Google
 * Public Alerts (see docs/platform-rules.md): a polygon has at least four {@code lat,lon} pairs,
 * the first equal to the last, and its edges do not cross; a circle is {@code lat,lon radius} with
 * a radius of at least {@link #MIN_RADIUS_KM}; coordinates have at most {@link #MAX_DECIMALS}
 * decimals and lie inside the department's bounds.
 */
public final class ZoneGeometry {

  /** Digits after the point: 6 is about 11 cm, finer than any street. */
  public static final int MAX_DECIMALS = 6;

  /** Google cannot show a circle with a zero or very small radius; 100 m is a city block. */
  public static final double MIN_RADIUS_KM = 0.1;

  /** Google keeps {@code areaDesc} under 50 characters. */
  public static final int MAX_NAME_LENGTH = 49;

  private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]{1,3}(?:\\.([0-9]+))?");
  private static final Pattern RADIUS = Pattern.compile("[0-9]{1,4}(?:\\.([0-9]+))?");

  private ZoneGeometry() {}

  /** What was read, or why not (a sentence that says how to fix it). */
  public record Read<T>(T value, String problem) {
    static <T> Read<T> ok(T value) {
      return new Read<>(value, null);
    }

    static <T> Read<T> wrong(String problem) {
      return new Read<>(null, problem);
    }
  }

  /** A polygon such as {@code "41.86,-88.01 41.86,-87.99 41.84,-87.99 41.86,-88.01"}. */
  public static Read<List<GeoPoint>> polygon(String text, Bounds bounds) {
    String[] pairs = text.strip().split("\\s+");
    List<GeoPoint> points = new ArrayList<>();
    for (String pair : pairs) {
      Read<GeoPoint> point = point(pair);
      if (point.problem() != null) {
        return Read.wrong(point.problem());
      }
      points.add(point.value());
    }
    if (points.size() < 4) {
      return Read.wrong(
          "a polygon needs at least 4 'lat,lon' pairs (3 corners and the first one again); it has "
              + points.size());
    }
    if (!points.get(0).equals(points.get(points.size() - 1))) {
      return Read.wrong(
          "the polygon is not closed: end it with its first pair again ("
              + points.get(0).cap()
              + ")");
    }
    String crossing = crossing(points);
    if (crossing != null) {
      return Read.wrong(crossing);
    }
    for (GeoPoint point : points) {
      if (bounds != null && !bounds.contains(point)) {
        return Read.wrong(
            "the point " + point.cap() + " is outside the department's bounds" + shown(bounds));
      }
    }
    return Read.ok(points);
  }

  /** A circle such as {@code "41.83,-88.02 1.5"} (centre, then radius in kilometres). */
  public static Read<ZoneCircle> circle(String text, Bounds bounds) {
    String[] parts = text.strip().split("\\s+");
    if (parts.length != 2) {
      return Read.wrong("write a circle as 'lat,lon radius', such as '41.83,-88.02 1.5'");
    }
    Read<GeoPoint> center = point(parts[0]);
    if (center.problem() != null) {
      return Read.wrong(center.problem());
    }
    Matcher radius = RADIUS.matcher(parts[1]);
    if (!radius.matches()) {
      return Read.wrong("the radius '" + parts[1] + "' is not a number of kilometres, such as 1.5");
    }
    if (radius.group(1) != null && radius.group(1).length() > MAX_DECIMALS) {
      return Read.wrong(tooPrecise(parts[1]));
    }
    double km = Double.parseDouble(parts[1]);
    if (km < MIN_RADIUS_KM) {
      return Read.wrong("the radius " + parts[1] + " km is too small to show; use at least 0.1 km");
    }
    ZoneCircle circle = new ZoneCircle(center.value(), km);
    if (bounds != null && !bounds.contains(circle)) {
      return Read.wrong(
          "the circle "
              + circle.cap()
              + " reaches outside the department's bounds"
              + shown(bounds));
    }
    return Read.ok(circle);
  }

  private static Read<GeoPoint> point(String pair) {
    String[] parts = pair.split(",", -1);
    if (parts.length != 2) {
      return Read.wrong(
          "'"
              + pair
              + "' is not a 'lat,lon' pair; write it like 41.86,-88.01 (no space after"
              + " the comma)");
    }
    for (String part : parts) {
      Matcher number = NUMBER.matcher(part);
      if (!number.matches()) {
        return Read.wrong("'" + part + "' in '" + pair + "' is not a number of degrees");
      }
      if (number.group(1) != null && number.group(1).length() > MAX_DECIMALS) {
        return Read.wrong(tooPrecise(part));
      }
    }
    double lat = Double.parseDouble(parts[0]);
    double lon = Double.parseDouble(parts[1]);
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      return Read.wrong(
          "'" + pair + "' is not on Earth: latitude comes first (-90 to 90), then longitude");
    }
    return Read.ok(new GeoPoint(lat, lon));
  }

  private static String tooPrecise(String number) {
    return "'"
        + number
        + "' has more than "
        + MAX_DECIMALS
        + " decimals; round it to "
        + MAX_DECIMALS
        + " (about 11 cm)";
  }

  private static String shown(Bounds bounds) {
    return " ("
        + GeoPoint.number(bounds.south())
        + ","
        + GeoPoint.number(bounds.west())
        + " to "
        + GeoPoint.number(bounds.north())
        + ","
        + GeoPoint.number(bounds.east())
        + ")";
  }

  /** The first two edges that cross, in words, or null: Google takes no self-crossing ring. */
  private static String crossing(List<GeoPoint> ring) {
    int edges = ring.size() - 1;
    for (int i = 0; i < edges; i++) {
      for (int j = i + 1; j < edges; j++) {
        boolean neighbours = j == i + 1 || (i == 0 && j == edges - 1);
        if (!neighbours && cross(ring.get(i), ring.get(i + 1), ring.get(j), ring.get(j + 1))) {
          return "the polygon's edges cross (from "
              + ring.get(i).cap()
              + " and from "
              + ring.get(j).cap()
              + "); list the corners in order around the zone";
        }
      }
    }
    return null;
  }

  private static boolean cross(GeoPoint a, GeoPoint b, GeoPoint c, GeoPoint d) {
    double d1 = side(c, d, a);
    double d2 = side(c, d, b);
    double d3 = side(a, b, c);
    double d4 = side(a, b, d);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
  }

  private static double side(GeoPoint from, GeoPoint to, GeoPoint p) {
    return (to.lon() - from.lon()) * (p.lat() - from.lat())
        - (to.lat() - from.lat()) * (p.lon() - from.lon());
  }
}
