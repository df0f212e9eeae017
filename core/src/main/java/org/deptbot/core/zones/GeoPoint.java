package org.deptbot.core.zones;

import java.math.BigDecimal;

/**
 * A WGS84 point in decimal degrees.
 *
 * @param lat latitude, -90 to 90
 * @param lon longitude, -180 to 180
 */
public record GeoPoint(double lat, double lon) {

  public GeoPoint {
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("not a point on Earth: " + lat + "," + lon);
    }
  }

  /** The CAP form, {@code lat,lon}, without trailing zeros. */
  public String cap() {
    return number(lat) + "," + number(lon);
  }

  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
