package org.deptbot.core.notices.cap;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One affected area with its geometry (CAP 1.2 {@code area}). CAP allows any number of polygons,
 * circles and geocodes; Google Public Alerts wants at least one of them in every area.
 *
 * @param areaDesc the area in words; required
 * @param polygons closed rings, each as space-separated {@code lat,lon} pairs (at least 4, first =
 *     last)
 * @param circles each as {@code lat,lon radiusKm}
 * @param geocodes codes for the area, each a {@code valueName} and {@code value}
 */
public record CapArea(
    String areaDesc, List<String> polygons, List<String> circles, List<Geocode> geocodes) {

  private static final String PAIR = "-?[0-9]+(\\.[0-9]+)?,-?[0-9]+(\\.[0-9]+)?";
  private static final Pattern POLYGON = Pattern.compile(PAIR + "( " + PAIR + "){3,}");
  private static final Pattern CIRCLE = Pattern.compile(PAIR + " [0-9]+(\\.[0-9]+)?");

  /** A CAP {@code geocode}: which list, and the code in it. */
  public record Geocode(String valueName, String value) {
    public Geocode {
      CapText.requireText(valueName, "valueName");
      CapText.requireText(value, "value");
    }
  }

  public CapArea {
    CapText.requireText(areaDesc, "areaDesc");
    polygons = polygons == null ? List.of() : List.copyOf(polygons);
    circles = circles == null ? List.of() : List.copyOf(circles);
    geocodes = geocodes == null ? List.of() : List.copyOf(geocodes);
    for (String polygon : polygons) {
      String[] pairs = polygon.split(" ");
      if (!POLYGON.matcher(polygon).matches() || !pairs[0].equals(pairs[pairs.length - 1])) {
        throw new IllegalArgumentException(
            "a CAP polygon is at least 4 'lat,lon' pairs, the first equal to the last: " + polygon);
      }
    }
    for (String circle : circles) {
      if (!CIRCLE.matcher(circle).matches()) {
        throw new IllegalArgumentException("a CAP circle is 'lat,lon radius': " + circle);
      }
    }
  }
}
