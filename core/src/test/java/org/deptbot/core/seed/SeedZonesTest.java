package org.deptbot.core.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;
import org.deptbot.core.zones.Bounds;
import org.deptbot.core.zones.GeoPoint;
import org.deptbot.core.zones.Geocode;
import org.deptbot.core.zones.Zone;
import org.deptbot.core.zones.ZoneCircle;
import org.junit.jupiter.api.Test;

/** The seed file's bounds and zones, and the checks their geometry must pass. */
class SeedZonesTest {

  /** Lines 1-7: the department with bounds, and one staff member. */
  private static final String HEAD =
      """
      department:
        name: Riverton Police Department
        contact: Non-emergency 555-0100
        bounds: {south: 41.80, west: -88.06, north: 41.90, east: -87.94}
      staff:
        - {id: s-1, name: Pat, roles: [ADMIN, APPROVER]}
        - {id: s-2, name: Lee, roles: [DISPATCHER]}
      """;

  private static final String DOWNTOWN =
      "\"41.86,-88.01 41.86,-87.99 41.84,-87.99 41.84,-88.01 41.86,-88.01\"";

  private final SeedParser parser = new SeedParser();

  @Test
  void readsBoundsPolygonCircleGeocodesAndATemplatesDefaultZone() {
    SeedFile seed =
        parse(
            HEAD
                + """
                zones:
                  - id: downtown
                    name: Downtown
                    polygon: %s
                    geocodes: {SAME: "017031", ZIP: ["60601", "60602"]}
                  - id: riverside
                    name: Riverside
                    circle: "41.83,-88.03 1.5"
                templates:
                  - key: road_closure
                    category: ROAD_CLOSURE
                    title: "Road closure: {{street}}"
                    body: "{{street}} is closed."
                    author: s-2
                    approved_by: s-1
                    zones: [downtown]
                    variables:
                      - {name: street, label: "Which road?", type: location}
                """
                    .formatted(DOWNTOWN));

    assertThat(seed.bounds()).isEqualTo(Bounds.of(41.80, -88.06, 41.90, -87.94));
    assertThat(seed.zones())
        .containsExactly(
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
                List.of(
                    new Geocode("SAME", "017031"),
                    new Geocode("ZIP", "60601"),
                    new Geocode("ZIP", "60602"))),
            new Zone(
                "riverside",
                "Riverside",
                List.of(),
                new ZoneCircle(new GeoPoint(41.83, -88.03), 1.5),
                List.of()));
    assertThat(seed.templates().get(0).zones()).containsExactly("downtown");
  }

  @Test
  void aFileWithoutZonesStillReadsAsBefore() {
    SeedFile seed = parse(HEAD);

    assertThat(seed.zones()).isEmpty();
    assertThat(seed.templates()).isEmpty();
  }

  @Test
  void rejectsARingThatIsNotClosed() {
    assertThat(problem("polygon: \"41.86,-88.01 41.86,-87.99 41.84,-87.99 41.84,-88.01\""))
        .isEqualTo(
            new SeedProblem(
                11,
                "polygon of zone entry z: the polygon is not closed: end it with its first pair"
                    + " again (41.86,-88.01)"));
  }

  @Test
  void rejectsARingWithFewerThanFourPairs() {
    assertThat(problem("polygon: \"41.86,-88.01 41.86,-87.99 41.86,-88.01\"").message())
        .contains("at least 4 'lat,lon' pairs")
        .contains("it has 3");
  }

  @Test
  void rejectsARingWhoseEdgesCross() {
    // a bow tie: the second and fourth edges cross in the middle
    assertThat(
            problem(
                    "polygon: \"41.86,-88.01 41.86,-87.99 41.84,-88.01 41.84,-87.99"
                        + " 41.86,-88.01\"")
                .message())
        .contains("edges cross");
  }

  @Test
  void rejectsMoreThanSixDecimals() {
    assertThat(
            problem(
                    "polygon: \"41.8612345,-88.01 41.86,-87.99 41.84,-87.99 41.84,-88.01"
                        + " 41.8612345,-88.01\"")
                .message())
        .contains("'41.8612345' has more than 6 decimals; round it to 6");
    assertThat(problem("circle: \"41.83,-88.03 1.12345678\"").message())
        .contains("more than 6 decimals");
  }

  @Test
  void rejectsAPolygonPointOutsideTheDepartmentsBounds() {
    assertThat(
            problem(
                    "polygon: \"41.86,-88.01 41.95,-87.99 41.84,-87.99 41.84,-88.01"
                        + " 41.86,-88.01\"")
                .message())
        .contains("the point 41.95,-87.99 is outside the department's bounds");
  }

  @Test
  void rejectsACircleThatReachesOutsideTheBoundsOrIsTooSmall() {
    assertThat(problem("circle: \"41.89,-88.00 5\"").message())
        .contains("reaches outside the department's bounds");
    assertThat(problem("circle: \"41.85,-88.00 0.01\"").message())
        .contains("too small to show; use at least 0.1 km");
  }

  @Test
  void rejectsANameOfFiftyCharactersOrMore() {
    String name = "North Riverton industrial park, and the rail yards";
    assertThat(name).hasSize(50);
    SeedFileInvalid invalid =
        invalid(
            HEAD
                + """
                zones:
                  - id: z
                    name: %s
                    circle: "41.85,-88.00 1"
                """
                    .formatted(name));

    assertThat(invalid.problems())
        .containsExactly(
            new SeedProblem(
                10,
                "the name of zone entry z is 50 characters; keep it under 50 (Google shows it as"
                    + " the place)"));
  }

  @Test
  void rejectsZonesWithoutBoundsAndAZoneWithBothShapes() {
    String noBounds =
        """
        department:
          name: Riverton Police Department
          contact: Non-emergency 555-0100
        staff:
          - {id: s-1, name: Pat, roles: [ADMIN]}
        zones:
          - id: a
            name: A
            circle: "41.85,-88.00 1"
            polygon: %s
        """
            .formatted(DOWNTOWN);

    assertThat(invalid(noBounds).problems())
        .extracting(SeedProblem::message)
        .anySatisfy(m -> assertThat(m).contains("zones need the department's bounds"))
        .anySatisfy(m -> assertThat(m).contains("needs either a polygon").contains("not both"));
  }

  @Test
  void rejectsATemplateNamingAZoneThatIsNotDeclared() {
    SeedFileInvalid invalid =
        invalid(
            HEAD
                + """
                templates:
                  - key: road_closure
                    category: ROAD_CLOSURE
                    title: "Road closure: {{street}}"
                    body: "{{street}} is closed."
                    author: s-2
                    approved_by: s-1
                    zones: [uptown]
                    variables:
                      - {name: street, label: "Which road?", type: location}
                """);

    assertThat(invalid.problems())
        .extracting(SeedProblem::message)
        .containsExactly("zone 'uptown' is not in the zones list");
  }

  /** The one problem of a file whose only zone has {@code geometry} on line 11. */
  private SeedProblem problem(String geometry) {
    SeedFileInvalid invalid =
        invalid(
            HEAD
                + """
                zones:
                  - id: z
                    name: Zed
                    %s
                """
                    .formatted(geometry));
    assertThat(invalid).as("the file is refused").isNotNull();
    assertThat(invalid.problems()).hasSize(1);
    return invalid.problems().get(0);
  }

  private SeedFile parse(String yaml) {
    return parser.parse("seed.yml", new StringReader(yaml));
  }

  private SeedFileInvalid invalid(String yaml) {
    return catchThrowableOfType(SeedFileInvalid.class, () -> parse(yaml));
  }
}
