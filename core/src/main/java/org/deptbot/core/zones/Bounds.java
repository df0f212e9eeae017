package org.deptbot.core.zones;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The department's area as a box in decimal degrees: every zone lies inside it, and the console's
 * map shows it. One document per deployment.
 *
 * @param id always {@link #SINGLETON_ID}
 */
@Document("zone_bounds")
public record Bounds(@Id String id, double south, double west, double north, double east) {

  public static final String SINGLETON_ID = "bounds";

  public Bounds {
    if (!(south < north) || !(west < east)) {
      throw new IllegalArgumentException(
          "bounds need south below north and west left of east: "
              + south
              + ","
              + west
              + " "
              + north
              + ","
              + east);
    }
    id = SINGLETON_ID;
  }

  public static Bounds of(double south, double west, double north, double east) {
    return new Bounds(SINGLETON_ID, south, west, north, east);
  }

  public boolean contains(GeoPoint point) {
    return point.lat() >= south
        && point.lat() <= north
        && point.lon() >= west
        && point.lon() <= east;
  }

  /** Whether the whole circle is inside (its box, which is a little larger than the circle). */
  public boolean contains(ZoneCircle circle) {
    GeoPoint c = circle.center();
    return c.lat() - circle.latDegrees() >= south
        && c.lat() + circle.latDegrees() <= north
        && c.lon() - circle.lonDegrees() >= west
        && c.lon() + circle.lonDegrees() <= east;
  }
}
