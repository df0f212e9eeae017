package org.deptbot.core.zones;

import java.util.Objects;

/**
 * A circular zone: a centre and a radius in kilometres (CAP {@code <circle>}).
 *
 * @param center the centre
 * @param radiusKm the radius in kilometres, more than zero
 */
public record ZoneCircle(GeoPoint center, double radiusKm) {

  /** One degree of latitude, in kilometres (WGS84 mean). */
  static final double KM_PER_DEGREE = 111.32;

  public ZoneCircle {
    Objects.requireNonNull(center, "center");
    if (!(radiusKm > 0)) {
      throw new IllegalArgumentException("a circle's radius is more than zero: " + radiusKm);
    }
  }

  /** The CAP form, {@code lat,lon radius}. */
  public String cap() {
    return center.cap() + " " + GeoPoint.number(radiusKm);
  }

  /** The radius in degrees of latitude. */
  double latDegrees() {
    return radiusKm / KM_PER_DEGREE;
  }

  /** The radius in degrees of longitude at the centre's latitude. */
  double lonDegrees() {
    return radiusKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(center.lat())));
  }
}
