package org.deptbot.core.zones;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ZoneMapTest {

  private static final Bounds CITY = Bounds.of(41.80, -88.06, 41.90, -87.94);
  private static final Zone DOWNTOWN =
      new Zone(
          "downtown",
          "Downtown & <Old> Town",
          List.of(
              new GeoPoint(41.86, -88.01),
              new GeoPoint(41.86, -87.99),
              new GeoPoint(41.84, -87.99),
              new GeoPoint(41.86, -88.01)),
          null,
          List.of());
  private static final Zone RIVERSIDE =
      new Zone(
          "riverside",
          "Riverside",
          List.of(),
          new ZoneCircle(new GeoPoint(41.83, -88.03), 1.5),
          List.of());

  @Test
  void fillsTheNamedZoneOutlinesTheOthersAndFetchesNothing() throws Exception {
    String svg =
        ZoneMap.svg(CITY, List.of(DOWNTOWN, RIVERSIDE), Set.of("riverside"), "Zones of N-1");

    Element root = parse(svg);
    assertThat(root.getLocalName()).isEqualTo("svg");
    Element downtown = zone(root, "downtown");
    Element riverside = zone(root, "riverside");
    assertThat(downtown.getLocalName()).isEqualTo("polygon");
    assertThat(downtown.getAttribute("fill")).isEqualTo("none");
    assertThat(riverside.getLocalName()).isEqualTo("ellipse");
    assertThat(riverside.getAttribute("class")).isEqualTo("zone named");
    assertThat(riverside.getAttribute("fill")).isNotEqualTo("none");
    // names are escaped, and nothing is loaded from elsewhere (no tiles, no links, no scripts)
    assertThat(root.getTextContent()).contains("Downtown & <Old> Town");
    assertThat(svg.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("http")
        .doesNotContain("href")
        .doesNotContain("<script");
  }

  @Test
  void placesZonesInsideThePictureWithNorthUp() throws Exception {
    Element root = parse(ZoneMap.svg(CITY, List.of(DOWNTOWN, RIVERSIDE), Set.of(), "Zones"));
    double width = Double.parseDouble(root.getAttribute("width"));
    double height = Double.parseDouble(root.getAttribute("height"));

    String[] corners = zone(root, "downtown").getAttribute("points").split(" ");
    // the first corner (41.86) is further north than the third (41.84): smaller y
    double y0 = Double.parseDouble(corners[0].split(",")[1]);
    double y2 = Double.parseDouble(corners[2].split(",")[1]);
    assertThat(y0).isLessThan(y2);
    for (String corner : corners) {
      double x = Double.parseDouble(corner.split(",")[0]);
      double y = Double.parseDouble(corner.split(",")[1]);
      assertThat(x).isBetween(0.0, width);
      assertThat(y).isBetween(0.0, height);
    }
    Element circle = zone(root, "riverside");
    double cx = Double.parseDouble(circle.getAttribute("cx"));
    double rx = Double.parseDouble(circle.getAttribute("rx"));
    double ry = Double.parseDouble(circle.getAttribute("ry"));
    assertThat(cx - rx).isGreaterThan(0);
    // a circle stays round on the map: its two radii are within 1 %
    assertThat(rx).isCloseTo(ry, org.assertj.core.data.Percentage.withPercentage(1));
  }

  private static Element zone(Element root, String id) {
    NodeList all = root.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (id.equals(e.getAttribute("data-zone"))) {
        return e;
      }
    }
    throw new AssertionError("no zone " + id);
  }

  private static Element parse(String xml) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement();
  }
}
