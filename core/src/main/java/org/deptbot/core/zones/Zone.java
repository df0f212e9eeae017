package org.deptbot.core.zones;

import java.util.List;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A named part of the department's area, from the seed file. A notice keeps a copy of the zones it
 * names, so its CAP documents say the same after the seed file changes.
 *
 * @param id the seed file's id, such as {@code downtown}
 * @param name what people call it, under 50 characters (CAP {@code areaDesc}; Google shows it)
 * @param polygon a closed ring (first point = last), or empty for a circle
 * @param circle the circle, or null for a polygon
 * @param geocodes codes for the zone in lists receivers know; may be empty
 */
@Document("zones")
public record Zone(
    @Id String id, String name, List<GeoPoint> polygon, ZoneCircle circle, List<Geocode> geocodes) {

  public Zone {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    polygon = polygon == null ? List.of() : List.copyOf(polygon);
    geocodes = geocodes == null ? List.of() : List.copyOf(geocodes);
    if (polygon.isEmpty() == (circle == null)) {
      throw new IllegalArgumentException("zone " + id + " is a polygon or a circle, not both");
    }
  }

  /** The polygon in CAP form (space-separated {@code lat,lon} pairs), or null for a circle. */
  public String capPolygon() {
    return polygon.isEmpty()
        ? null
        : String.join(" ", polygon.stream().map(GeoPoint::cap).toList());
  }
}
