package org.deptbot.core.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.deptbot.core.zones.Bounds;
import org.deptbot.core.zones.GeoPoint;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a CAP {@code <area>} element by element: the order and cardinality of the CAP 1.2
 * specification (areaDesc 1, polygon 0..n, circle 0..n, geocode 0..n, altitude 0..1, ceiling 0..1
 * and only with altitude), the value formats it gives for polygon and circle, and Google Public
 * Alerts' requirements (areaDesc under 50 characters, at least one polygon, circle or geocode,
 * everything inside the jurisdiction). Written from the specifications, not from our writer.
 */
final class CapAreaRules {

  static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";

  // CAP 1.2 section 3.2.4 as a sequence of child element names.
  private static final Pattern ORDER =
      Pattern.compile("areaDesc( polygon)*( circle)*( geocode)*( altitude( ceiling)?)?");
  private static final String NUMBER = "-?[0-9]+(\\.[0-9]+)?";
  private static final Pattern PAIR = Pattern.compile(NUMBER + "," + NUMBER);
  private static final Pattern RADIUS = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  private CapAreaRules() {}

  /** Every rule the area breaks, in words; empty when it keeps them all. */
  static List<String> problems(Element area, Bounds jurisdiction) {
    List<String> problems = new ArrayList<>();
    List<Element> children = children(area);
    String names = String.join(" ", children.stream().map(Element::getLocalName).toList());
    if (!ORDER.matcher(names).matches()) {
      problems.add("children out of CAP 1.2 order or cardinality: " + names);
    }
    int geometry = 0;
    for (Element child : children) {
      if (!NS.equals(child.getNamespaceURI())) {
        problems.add(child.getLocalName() + " is not in the CAP 1.2 namespace");
      }
      String text = child.getTextContent().strip();
      switch (child.getLocalName()) {
        case "areaDesc" -> {
          if (text.isEmpty() || text.length() >= 50) {
            problems.add("areaDesc must be 1 to 49 characters (Google): " + text.length());
          }
        }
        case "polygon" -> {
          geometry++;
          polygon(text, jurisdiction, problems);
        }
        case "circle" -> {
          geometry++;
          circle(text, jurisdiction, problems);
        }
        case "geocode" -> {
          geometry++;
          List<String> parts = children(child).stream().map(Element::getLocalName).toList();
          if (!parts.equals(List.of("valueName", "value"))) {
            problems.add("geocode must hold valueName then value: " + parts);
          }
        }
        default -> {}
      }
    }
    if (geometry == 0) {
      problems.add("Google wants at least one polygon, circle or geocode in every area");
    }
    return problems;
  }

  private static void polygon(String text, Bounds jurisdiction, List<String> problems) {
    String[] pairs = text.split(" ");
    for (String pair : pairs) {
      if (!PAIR.matcher(pair).matches()) {
        problems.add("polygon pair is not 'lat,lon': " + pair);
        return;
      }
      inside(pair, jurisdiction, problems);
    }
    if (pairs.length < 4) {
      problems.add("polygon needs at least 4 pairs: " + pairs.length);
    }
    if (!pairs[0].equals(pairs[pairs.length - 1])) {
      problems.add("polygon is not closed: " + pairs[0] + " ... " + pairs[pairs.length - 1]);
    }
  }

  private static void circle(String text, Bounds jurisdiction, List<String> problems) {
    String[] parts = text.split(" ");
    if (parts.length != 2
        || !PAIR.matcher(parts[0]).matches()
        || !RADIUS.matcher(parts[1]).matches()) {
      problems.add("circle is not 'lat,lon radius': " + text);
      return;
    }
    if (!(Double.parseDouble(parts[1]) > 0)) {
      problems.add("circle radius must be more than zero (Google): " + parts[1]);
    }
    inside(parts[0], jurisdiction, problems);
  }

  private static void inside(String pair, Bounds jurisdiction, List<String> problems) {
    String[] ll = pair.split(",");
    GeoPoint point = new GeoPoint(Double.parseDouble(ll[0]), Double.parseDouble(ll[1]));
    if (!jurisdiction.contains(point)) {
      problems.add("point outside the jurisdiction (Google): " + pair);
    }
  }

  static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }
}
