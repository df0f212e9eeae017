package org.deptbot.core.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.deptbot.core.department.Department;
import org.deptbot.core.notices.cap.CapDocument;
import org.deptbot.core.zones.Bounds;
import org.deptbot.core.zones.GeoPoint;
import org.deptbot.core.zones.Geocode;
import org.deptbot.core.zones.Zone;
import org.deptbot.core.zones.ZoneCircle;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** A notice's zones in its CAP document: one {@code <area>} per zone, checked by the rules. */
class NoticeCapAreaTest {

  private static final Bounds CITY = Bounds.of(41.80, -88.06, 41.90, -87.94);
  private static final Zone DOWNTOWN =
      new Zone(
          "downtown",
          "Downtown",
          List.of(
              new GeoPoint(41.86, -88.01),
              new GeoPoint(41.86, -87.99),
              new GeoPoint(41.84, -87.99),
              new GeoPoint(41.84, -88.01),
              new GeoPoint(41.86, -88.01)),
          null,
          List.of(new Geocode("SAME", "017031"), new Geocode("ZIP", "60601")));
  private static final Zone RIVERSIDE =
      new Zone(
          "riverside",
          "Riverside",
          List.of(),
          new ZoneCircle(new GeoPoint(41.83, -88.03), 1.5),
          List.of());
  private static final Department DEPARTMENT =
      Department.of("Riverton Police Department", "555-0100", null, null);

  @Test
  void eachZoneIsAnAreaWithItsGeometryInCapOrder() throws Exception {
    Notice notice =
        NoticeFixtures.roadClosure("N-2026-000001", NoticeMode.LIVE)
            .inZones(List.of(DOWNTOWN, RIVERSIDE));

    List<Element> areas = areas(cap(notice));

    assertThat(areas).hasSize(2);
    for (Element area : areas) {
      assertThat(CapAreaRules.problems(area, CITY)).isEmpty();
    }
    assertThat(childNames(areas.get(0)))
        .containsExactly("areaDesc", "polygon", "geocode", "geocode");
    assertThat(areas.get(0).getTextContent())
        .contains("Downtown")
        .contains("41.86,-88.01 41.86,-87.99 41.84,-87.99 41.84,-88.01 41.86,-88.01")
        .contains("017031");
    assertThat(childNames(areas.get(1))).containsExactly("areaDesc", "circle");
    assertThat(areas.get(1).getTextContent()).contains("41.83,-88.03 1.5");
  }

  @Test
  void aNoticeWithoutZonesKeepsItsOneAreaInWords() throws Exception {
    Notice notice = NoticeFixtures.roadClosure("N-2026-000002", NoticeMode.LIVE);

    List<Element> areas = areas(cap(notice));

    assertThat(areas).hasSize(1);
    assertThat(childNames(areas.get(0))).containsExactly("areaDesc");
    assertThat(areas.get(0).getTextContent()).contains("Main St");
  }

  @Test
  void theRulesCatchAnAreaOutOfOrderOpenOrOutsideTheJurisdiction() throws Exception {
    // GIVEN an area written wrongly by hand: circle before polygon, an open ring, a far point
    String xml =
        """
        <area xmlns="urn:oasis:names:tc:emergency:cap:1.2">
          <areaDesc>Downtown</areaDesc>
          <circle>41.83,-88.03 1.5</circle>
          <polygon>41.86,-88.01 41.86,-87.99 41.84,-87.99 45.0,-88.01</polygon>
        </area>
        """;

    List<String> problems = CapAreaRules.problems(parse(xml), CITY);

    assertThat(problems)
        .anySatisfy(p -> assertThat(p).startsWith("children out of CAP 1.2 order"))
        .anySatisfy(p -> assertThat(p).startsWith("polygon is not closed"))
        .anySatisfy(p -> assertThat(p).startsWith("point outside the jurisdiction"));
    assertThat(
            CapAreaRules.problems(
                parse(
                    "<area xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><areaDesc>Everywhere"
                        + "</areaDesc></area>"),
                CITY))
        .containsExactly("Google wants at least one polygon, circle or geocode in every area");
  }

  private static String cap(Notice notice) {
    var messages = new NoticeCapMessages("deptbot.local", ZoneId.of("America/Chicago"));
    return CapDocument.render(
        messages.alert(notice, 1, NoticeFixtures.approvedRoadClosure(), DEPARTMENT));
  }

  private static List<Element> areas(String xml) throws Exception {
    Element info =
        CapAreaRules.children(parse(xml)).stream()
            .filter(e -> e.getLocalName().equals("info"))
            .findFirst()
            .orElseThrow();
    List<Element> children = CapAreaRules.children(info);
    List<Element> areas = children.stream().filter(e -> e.getLocalName().equals("area")).toList();
    // CAP puts area last in info
    assertThat(children.subList(children.size() - areas.size(), children.size()))
        .containsExactlyElementsOf(areas);
    return areas;
  }

  private static List<String> childNames(Element parent) {
    return CapAreaRules.children(parent).stream().map(Element::getLocalName).toList();
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
