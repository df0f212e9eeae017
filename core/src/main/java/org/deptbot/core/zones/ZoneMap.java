package org.deptbot.core.zones;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Draws the department's zones as an SVG, on the server: no map tiles or scripts are fetched from
 * anywhere. The bounds fill the picture (longitude shrunk by the cosine of the middle latitude, so
 * shapes keep their proportions); zones a notice names are filled, the others only outlined.
 */
public final class ZoneMap {

  static final int WIDTH = 480;

  private ZoneMap() {}

  /**
   * The map as an SVG element, ready to put in a page.
   *
   * @param bounds the department's bounds
   * @param zones every zone to draw
   * @param named the ids of the zones to fill (a notice's zones); empty fills none
   * @param title what the picture shows, for screen readers
   */
  public static String svg(Bounds bounds, Collection<Zone> zones, Set<String> named, String title) {
    double midLat = Math.toRadians((bounds.south() + bounds.north()) / 2);
    double widthDegrees = (bounds.east() - bounds.west()) * Math.cos(midLat);
    double heightDegrees = bounds.north() - bounds.south();
    double scale = WIDTH / widthDegrees;
    int height = (int) Math.max(60, Math.round(heightDegrees * scale));
    Projection at = new Projection(bounds, Math.cos(midLat), scale);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"zone-map\" role=\"img\"")
        .append(" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\">");
    svg.append("<title>").append(escape(title)).append("</title>");
    svg.append("<rect class=\"bounds\" x=\"0\" y=\"0\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" fill=\"#f4f4f0\" stroke=\"#888\"/>");
    for (Zone zone : zones) {
      boolean filled = named.contains(zone.id());
      String style =
          filled
              ? " fill=\"#e8743b\" fill-opacity=\"0.55\" stroke=\"#a3431a\" stroke-width=\"2\""
              : " fill=\"none\" stroke=\"#5a6b7b\" stroke-width=\"1\" stroke-dasharray=\"4 3\"";
      String attributes =
          " class=\"zone"
              + (filled ? " named" : "")
              + "\" data-zone=\""
              + escape(zone.id())
              + "\""
              + style;
      if (zone.circle() != null) {
        ZoneCircle circle = zone.circle();
        svg.append("<ellipse")
            .append(attributes)
            .append(" cx=\"")
            .append(at.x(circle.center().lon()))
            .append("\" cy=\"")
            .append(at.y(circle.center().lat()))
            .append("\" rx=\"")
            .append(format(circle.lonDegrees() * at.cosLat * scale))
            .append("\" ry=\"")
            .append(format(circle.latDegrees() * scale))
            .append("\"><title>")
            .append(escape(zone.name()))
            .append("</title></ellipse>");
        label(svg, zone, at.x(circle.center().lon()), at.y(circle.center().lat()));
      } else {
        StringBuilder points = new StringBuilder();
        List<GeoPoint> ring = zone.polygon();
        double sumX = 0;
        double sumY = 0;
        for (GeoPoint p : ring.subList(0, ring.size() - 1)) {
          points.append(at.x(p.lon())).append(',').append(at.y(p.lat())).append(' ');
          sumX += Double.parseDouble(at.x(p.lon()));
          sumY += Double.parseDouble(at.y(p.lat()));
        }
        svg.append("<polygon")
            .append(attributes)
            .append(" points=\"")
            .append(points.toString().strip())
            .append("\"><title>")
            .append(escape(zone.name()))
            .append("</title></polygon>");
        int corners = ring.size() - 1;
        label(svg, zone, format(sumX / corners), format(sumY / corners));
      }
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private static void label(StringBuilder svg, Zone zone, String x, String y) {
    svg.append("<text x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" text-anchor=\"middle\" font-size=\"12\" font-family=\"sans-serif\"")
        .append(" fill=\"#222\">")
        .append(escape(zone.name()))
        .append("</text>");
  }

  private record Projection(Bounds bounds, double cosLat, double scale) {
    String x(double lon) {
      return format((lon - bounds.west()) * cosLat * scale);
    }

    String y(double lat) {
      return format((bounds.north() - lat) * scale);
    }
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
