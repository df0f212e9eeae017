package org.deptbot.core.notices.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.deptbot.core.templates.NoticeCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class CapDocumentTest {

  private static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";
  private static final String SENDER = "notices@metro-pd.example.gov";
  private static final OffsetDateTime SENT = OffsetDateTime.parse("2026-11-21T16:49:00-05:00");

  @Test
  void rendersTheRequiredAlertElementsWithTheirValues() {
    // GIVEN a first revision of a missing-person notice
    CapAlert alert = anAlert().build();

    // WHEN it is rendered
    Element root = parse(CapDocument.render(alert));

    // THEN the envelope and the info carry the values CAP expects
    assertThat(root.getLocalName()).isEqualTo("alert");
    assertThat(text(root, "identifier")).isEqualTo("metro-pd-notice-0042-r1");
    assertThat(text(root, "sender")).isEqualTo(SENDER);
    assertThat(text(root, "sent")).isEqualTo("2026-11-21T16:49:00-05:00");
    assertThat(text(root, "status")).isEqualTo("Actual");
    assertThat(text(root, "msgType")).isEqualTo("Alert");
    assertThat(text(root, "scope")).isEqualTo("Public");
    Element info = child(root, "info");
    assertThat(text(info, "language")).isEqualTo("en-US");
    assertThat(text(info, "category")).isEqualTo("Rescue");
    assertThat(text(info, "event")).isEqualTo("Missing Person");
    assertThat(text(info, "urgency")).isEqualTo("Immediate");
    assertThat(text(info, "severity")).isEqualTo("Severe");
    assertThat(text(info, "certainty")).isEqualTo("Likely");
    assertThat(text(info, "expires")).isEqualTo("2026-11-23T16:49:00-05:00");
    assertThat(text(info, "headline")).startsWith("Missing: Jordan Avery");
    assertThat(text(info, "web")).isEqualTo("https://metro-pd.example.gov/notices/0042");
    assertThat(text(child(info, "area"), "areaDesc")).isEqualTo("Elm Park, Metro City");
    Element photo = child(info, "resource");
    assertThat(text(photo, "resourceDesc")).isEqualTo("Photo of Jordan Avery");
    assertThat(text(photo, "mimeType")).isEqualTo("image/jpeg");
    assertThat(text(photo, "size")).isEqualTo("48213");
    assertThat(text(photo, "uri")).isEqualTo("https://metro-pd.example.gov/notices/0042/photo.jpg");
    assertThat(text(photo, "digest")).isEqualTo("3f786850e387550fdab836ed7e6dc881de23001b");
  }

  @Test
  void startsWithAUtf8DeclarationAndPutsEveryElementInTheCapNamespace() {
    // GIVEN an alert whose text is not ASCII
    CapAlert alert =
        anAlert().language("es-US").headline("Desaparecida: Jordan Avery, niña").build();

    // WHEN it is rendered
    String xml = CapDocument.render(alert);

    // THEN it declares UTF-8, and every element is a CAP 1.2 element
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    Element root = parse(xml);
    assertThat(root.getNamespaceURI()).isEqualTo(NS);
    NodeList all = root.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      assertThat(all.item(i).getNamespaceURI()).as(all.item(i).getNodeName()).isEqualTo(NS);
    }
    assertThat(text(child(root, "info"), "headline")).isEqualTo("Desaparecida: Jordan Avery, niña");
  }

  @Test
  void writesTheAlertChildrenInSchemaOrder() {
    // GIVEN an update, which has every alert child this renderer writes
    CapAlert update =
        anAlert()
            .identifier("metro-pd-notice-0042-r2")
            .update(earlierRevision("r1", SENT.minusHours(2)))
            .build();

    // WHEN it is rendered
    Element root = parse(CapDocument.render(update));

    // THEN the children follow the xs:sequence of the CAP 1.2 schema
    assertThat(childNames(root))
        .containsExactly(
            "identifier", "sender", "sent", "status", "msgType", "scope", "references", "info");
  }

  @Test
  void writesTheInfoAndResourceChildrenInSchemaOrder() {
    // GIVEN an alert with every optional info and resource element filled
    CapAlert alert = anAlert().instruction("Call 911 if you see Jordan.").build();

    // WHEN it is rendered
    Element info = child(parse(CapDocument.render(alert)), "info");

    // THEN info and resource children follow the schema's sequences
    assertThat(childNames(info))
        .containsExactly(
            "language",
            "category",
            "event",
            "urgency",
            "severity",
            "certainty",
            "expires",
            "headline",
            "description",
            "instruction",
            "web",
            "contact",
            "resource",
            "area");
    assertThat(childNames(child(info, "resource")))
        .containsExactly("resourceDesc", "mimeType", "size", "uri", "digest");
    assertThat(childNames(child(info, "area"))).containsExactly("areaDesc");
  }

  @Test
  void leavesOutOptionalElementsThatAreNullOrBlank() {
    // GIVEN an alert with only the required texts and a resource with only its required parts
    CapAlert alert =
        anAlert()
            .headline(null)
            .description("   ")
            .instruction(null)
            .expires(null)
            .contact("")
            .web(null)
            .language(null)
            .resources(new CapResource("Photo", "image/png", null, null, " "))
            .build();

    // WHEN it is rendered
    Element info = child(parse(CapDocument.render(alert)), "info");

    // THEN no empty element is written and the language falls back to en-US
    assertThat(childNames(info))
        .containsExactly(
            "language",
            "category",
            "event",
            "urgency",
            "severity",
            "certainty",
            "resource",
            "area");
    assertThat(text(info, "language")).isEqualTo("en-US");
    assertThat(childNames(child(info, "resource"))).containsExactly("resourceDesc", "mimeType");
  }

  @Test
  void anAlertHasNoReferences() {
    // GIVEN a first revision
    CapAlert alert = anAlert().build();

    // WHEN it is rendered
    Element root = parse(CapDocument.render(alert));

    // THEN there is no references element
    assertThat(root.getElementsByTagNameNS(NS, "references").getLength()).isZero();
  }

  @Test
  void anUpdateReferencesEveryEarlierRevisionAsSpaceSeparatedTriples() {
    // GIVEN a third revision replacing two earlier ones, one of them stamped in UTC
    CapAlert update =
        anAlert()
            .identifier("metro-pd-notice-0042-r3")
            .update(
                earlierRevision("r1", OffsetDateTime.parse("2026-11-21T14:00:00-05:00")),
                earlierRevision("r2", OffsetDateTime.parse("2026-11-21T20:30:15Z")))
            .build();

    // WHEN it is rendered
    Element root = parse(CapDocument.render(update));

    // THEN msgType is Update and each earlier revision appears as sender,identifier,sent
    assertThat(text(root, "msgType")).isEqualTo("Update");
    assertThat(text(root, "references"))
        .isEqualTo(
            SENDER
                + ",metro-pd-notice-0042-r1,2026-11-21T14:00:00-05:00 "
                + SENDER
                + ",metro-pd-notice-0042-r2,2026-11-21T20:30:15+00:00");
  }

  @Test
  void aCancelReferencesTheRevisionsItWithdraws() {
    // GIVEN a cancellation of the first revision
    CapAlert cancel =
        anAlert()
            .identifier("metro-pd-notice-0042-r2")
            .msgType(CapMsgType.CANCEL)
            .references(earlierRevision("r1", SENT.minusHours(1)))
            .build();

    // WHEN it is rendered
    Element root = parse(CapDocument.render(cancel));

    // THEN it says Cancel and names the withdrawn revision
    assertThat(text(root, "msgType")).isEqualTo("Cancel");
    assertThat(text(root, "references"))
        .isEqualTo(SENDER + ",metro-pd-notice-0042-r1,2026-11-21T15:49:00-05:00");
  }

  @Test
  void writesDateTimesWithSecondsAndANumericOffsetNeverZ() {
    // GIVEN a UTC sent time with fractional seconds and an expiry on a whole minute
    CapAlert alert =
        anAlert()
            .sent(OffsetDateTime.parse("2026-11-21T21:49:07.987654321Z"))
            .expires(OffsetDateTime.parse("2026-11-23T16:49-05:00"))
            .build();

    // WHEN it is rendered
    String xml = CapDocument.render(alert);
    Element root = parse(xml);

    // THEN UTC is +00:00, seconds are always present and fractions are dropped
    assertThat(text(root, "sent")).isEqualTo("2026-11-21T21:49:07+00:00");
    assertThat(text(child(root, "info"), "expires")).isEqualTo("2026-11-23T16:49:00-05:00");
    assertThat(xml).doesNotContainPattern("\\dZ<");
  }

  @Test
  void movesAnOffsetWithSecondsToUtcRatherThanShiftingTheInstant() {
    // GIVEN a time in a historical offset that has seconds, which CAP cannot express
    OffsetDateTime odd =
        OffsetDateTime.of(2026, 11, 21, 12, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(-4, -56, -2));

    // WHEN it is formatted
    String formatted = CapTime.format(odd);

    // THEN the same instant is written in UTC
    assertThat(formatted).isEqualTo("2026-11-21T16:56:02+00:00");
  }

  @ParameterizedTest
  @CsvSource({
    "ROAD_CLOSURE, Transport",
    "WEATHER_EMERGENCY, Met",
    "MISSING_PERSON, Rescue",
    "ENDANGERED_PERSON, Rescue",
    "SPECIAL_EVENT, Safety",
    "TIP_SOLICITATION, Security",
    "CRIME_PREVENTION_TIP, Security"
  })
  void mapsEachNoticeCategoryToItsCapCategory(NoticeCategory category, String expected) {
    // GIVEN a notice of that category
    CapAlert alert = anAlert().category(category).build();

    // WHEN it is rendered
    Element info = child(parse(CapDocument.render(alert)), "info");

    // THEN its CAP category is the mapped one
    assertThat(CapDocument.categoryOf(category)).isEqualTo(expected);
    assertThat(text(info, "category")).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(NoticeCategory.class)
  void everyNoticeCategoryMapsToAValueFromTheCapList(NoticeCategory category) {
    // GIVEN the category values CAP 1.2 allows
    List<String> capCategories =
        List.of(
            "Geo",
            "Met",
            "Safety",
            "Security",
            "Rescue",
            "Fire",
            "Health",
            "Env",
            "Transport",
            "Infra",
            "CBRNE",
            "Other");

    // WHEN a notice category is mapped
    String mapped = CapDocument.categoryOf(category);

    // THEN the result is one of them
    assertThat(capCategories).contains(mapped);
  }

  @ParameterizedTest
  @CsvSource({
    "ACTUAL, Actual",
    "EXERCISE, Exercise",
    "SYSTEM, System",
    "TEST, Test",
    "DRAFT, Draft"
  })
  void rendersEachStatusInCapSpelling(CapStatus status, String expected) {
    // GIVEN an alert with that status, e.g. one sent during a drill
    CapAlert alert = anAlert().status(status).build();

    // WHEN it is rendered
    Element root = parse(CapDocument.render(alert));

    // THEN the status is spelled as CAP spells it
    assertThat(text(root, "status")).isEqualTo(expected);
  }

  @Test
  void spellsUrgencySeverityAndCertaintyAsCapDoes() {
    // GIVEN every value of the three assessment enums
    List<String> names = new ArrayList<>();
    List<String> capValues = new ArrayList<>();
    for (CapUrgency value : CapUrgency.values()) {
      names.add(value.name());
      capValues.add(value.capValue());
    }
    for (CapSeverity value : CapSeverity.values()) {
      names.add(value.name());
      capValues.add(value.capValue());
    }
    for (CapCertainty value : CapCertainty.values()) {
      names.add(value.name());
      capValues.add(value.capValue());
    }

    // WHEN each name is capitalized the way CAP writes its enumerations
    List<String> expected =
        names.stream().map(n -> n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT)).toList();

    // THEN the CAP values match
    assertThat(capValues).isEqualTo(expected);
  }

  @Test
  void textWithMarkupCharactersRoundTrips() {
    // GIVEN texts full of characters that are markup in XML
    String headline = "Suspect said \"<stop> & go\" — it's 'urgent'";
    String description =
        "Reward > $500 & <b>no</b> questions; ]]> is fine too. &amp; stays literal.";
    CapAlert alert = anAlert().headline(headline).description(description).build();

    // WHEN it is rendered and parsed back
    String xml = CapDocument.render(alert);
    Element info = child(parse(xml), "info");

    // THEN the texts come back unchanged and no markup leaked into the document
    assertThat(text(info, "headline")).isEqualTo(headline);
    assertThat(text(info, "description")).isEqualTo(description);
    assertThat(xml).doesNotContain("<stop>").doesNotContain("<b>");
  }

  @Test
  void stripsCharactersXmlForbidsButKeepsTabsNewlinesAndEmoji() {
    // GIVEN pasted text with NUL, BEL, ESC, a lone surrogate and U+FFFE in it
    String description = "Line\u0000 one\u0007\u001B\nLine\ttwo \uD83D\uDE94 \uFFFE\uD800end";
    CapAlert alert = anAlert().description(description).headline("\u0001\u0002").build();

    // WHEN it is rendered
    Element info = child(parse(CapDocument.render(alert)), "info");

    // THEN only the forbidden characters are gone, and a text of nothing else is left out
    assertThat(text(info, "description")).isEqualTo("Line one\nLine\ttwo \uD83D\uDE94 end");
    assertThat(info.getElementsByTagNameNS(NS, "headline").getLength()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"notice 42", "notice,42", "notice<42", "notice&42", "notice\t42", " "})
  void rejectsIdentifiersCapForbids(String identifier) {
    // GIVEN an identifier with a space, comma, restricted character or nothing at all
    AlertBuilder builder = anAlert().identifier(identifier);

    // WHEN the alert is built THEN it is refused
    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsASenderWithACommaOrSpace() {
    // GIVEN senders CAP forbids
    // WHEN alerts are built with them THEN they are refused
    assertThatThrownBy(() -> anAlert().sender("metro pd").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> anAlert().sender("metro,pd").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsAnUpdateOrCancelWithoutReferences() {
    // GIVEN later revisions that do not say what they replace
    AlertBuilder update = anAlert().msgType(CapMsgType.UPDATE);
    AlertBuilder cancel = anAlert().msgType(CapMsgType.CANCEL);

    // WHEN they are built THEN they are refused
    assertThatThrownBy(update::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Update");
    assertThatThrownBy(cancel::build).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsAnAlertWithReferences() {
    // GIVEN a first revision that claims to replace another
    AlertBuilder alert = anAlert().references(earlierRevision("r0", SENT.minusDays(1)));

    // WHEN it is built THEN it is refused
    assertThatThrownBy(alert::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Alert");
  }

  @Test
  void rejectsARevisionThatReferencesItself() {
    // GIVEN an update quoting its own identifier
    AlertBuilder update =
        anAlert().update(new CapReference(SENDER, "metro-pd-notice-0042-r1", SENT.minusHours(1)));

    // WHEN it is built THEN it is refused
    assertThatThrownBy(update::build).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsMissingRequiredInfoParts() {
    // GIVEN infos without an event or an area, a bad language tag or a negative size
    // WHEN they are built THEN each is refused
    assertThatThrownBy(() -> anAlert().event(" ").buildInfo())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> anAlert().areaDesc(null).buildInfo())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> anAlert().language("en US").buildInfo())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CapResource("Photo", "image/jpeg", -1L, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- helpers ---

  private static AlertBuilder anAlert() {
    return new AlertBuilder();
  }

  private static CapReference earlierRevision(String revision, OffsetDateTime sent) {
    return new CapReference(SENDER, "metro-pd-notice-0042-" + revision, sent);
  }

  private static Element parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      return document.getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML:\n" + xml, e);
    }
  }

  private static List<String> childNames(Element parent) {
    List<String> names = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node.getNodeType() == Node.ELEMENT_NODE) {
        names.add(node.getLocalName());
      }
    }
    return names;
  }

  private static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node.getNodeType() == Node.ELEMENT_NODE
          && NS.equals(node.getNamespaceURI())
          && name.equals(node.getLocalName())) {
        return (Element) node;
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
  }

  private static String text(Element parent, String name) {
    return child(parent, name).getTextContent();
  }

  /** A missing-person alert with a photo, changed one part at a time by each test. */
  private static final class AlertBuilder {
    private String identifier = "metro-pd-notice-0042-r1";
    private String sender = SENDER;
    private OffsetDateTime sent = SENT;
    private CapStatus status = CapStatus.ACTUAL;
    private CapMsgType msgType = CapMsgType.ALERT;
    private List<CapReference> references = List.of();
    private NoticeCategory category = NoticeCategory.MISSING_PERSON;
    private String event = "Missing Person";
    private String headline = "Missing: Jordan Avery, 14, last seen near Elm Park";
    private String description = "Jordan is 5'2\", slim, wearing a red hooded jacket.";
    private String instruction = null;
    private OffsetDateTime expires = OffsetDateTime.parse("2026-11-23T16:49:00-05:00");
    private String contact = "Metro PD non-emergency line 555-0100";
    private String web = "https://metro-pd.example.gov/notices/0042";
    private String language = null;
    private String areaDesc = "Elm Park, Metro City";
    private List<CapResource> resources =
        List.of(
            new CapResource(
                "Photo of Jordan Avery",
                "image/jpeg",
                48213L,
                "https://metro-pd.example.gov/notices/0042/photo.jpg",
                "3f786850e387550fdab836ed7e6dc881de23001b"));

    AlertBuilder identifier(String value) {
      identifier = value;
      return this;
    }

    AlertBuilder sender(String value) {
      sender = value;
      return this;
    }

    AlertBuilder sent(OffsetDateTime value) {
      sent = value;
      return this;
    }

    AlertBuilder status(CapStatus value) {
      status = value;
      return this;
    }

    AlertBuilder msgType(CapMsgType value) {
      msgType = value;
      return this;
    }

    AlertBuilder references(CapReference... value) {
      references = Arrays.asList(value);
      return this;
    }

    AlertBuilder update(CapReference... earlier) {
      return msgType(CapMsgType.UPDATE).references(earlier);
    }

    AlertBuilder category(NoticeCategory value) {
      category = value;
      return this;
    }

    AlertBuilder event(String value) {
      event = value;
      return this;
    }

    AlertBuilder headline(String value) {
      headline = value;
      return this;
    }

    AlertBuilder description(String value) {
      description = value;
      return this;
    }

    AlertBuilder instruction(String value) {
      instruction = value;
      return this;
    }

    AlertBuilder expires(OffsetDateTime value) {
      expires = value;
      return this;
    }

    AlertBuilder contact(String value) {
      contact = value;
      return this;
    }

    AlertBuilder web(String value) {
      web = value;
      return this;
    }

    AlertBuilder language(String value) {
      language = value;
      return this;
    }

    AlertBuilder areaDesc(String value) {
      areaDesc = value;
      return this;
    }

    AlertBuilder resources(CapResource... value) {
      resources = Arrays.asList(value);
      return this;
    }

    CapInfo buildInfo() {
      return new CapInfo(
          category,
          event,
          CapUrgency.IMMEDIATE,
          CapSeverity.SEVERE,
          CapCertainty.LIKELY,
          headline,
          description,
          instruction,
          expires,
          contact,
          web,
          language,
          areaDesc,
          resources);
    }

    CapAlert build() {
      return new CapAlert(identifier, sender, sent, status, msgType, references, buildInfo());
    }
  }
}
