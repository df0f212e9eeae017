package org.deptbot.core.notices.cap;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.deptbot.core.templates.NoticeCategory;

/**
 * Writes a {@link CapAlert} as an OASIS CAP 1.2 XML document in UTF-8.
 *
 * <p>The CAP schema declares every element inside an {@code xs:sequence}, so consumers that
 * validate reject a document whose elements are in any other order. The methods below therefore
 * write elements strictly in schema order, and elements the department never fills (source,
 * restriction, code, note, incidents, responseType, audience, eventCode, effective, onset,
 * senderName, parameter, derefUri, altitude, ceiling) are left out. Inside {@code area} the order
 * is areaDesc, polygon*, circle*, geocode*.
 */
public final class CapDocument {

  /** The CAP 1.2 namespace, which every element of the document is in. */
  public static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

  private static final String ENCODING = "UTF-8";

  private final XMLStreamWriter xml;
  private int depth;

  private CapDocument(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /** The alert as a complete XML document, declaration included. */
  public static String render(CapAlert alert) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      // newDefaultFactory, not newFactory: the JDK's writer, whatever StAX library is on the path.
      XMLStreamWriter xml =
          XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, ENCODING);
      new CapDocument(xml).writeAlert(alert);
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write CAP alert " + alert.identifier(), e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * The CAP {@code category} for a notice category. CAP's list is organised by hazard, not by
   * police work, so each notice goes where someone filtering a CAP feed would look for it. The
   * switch has no default on purpose: a new notice category does not compile until it is placed
   * here.
   */
  public static String categoryOf(NoticeCategory category) {
    return switch (category) {
      case ROAD_CLOSURE -> "Transport"; // public and private transportation
      case WEATHER_EMERGENCY -> "Met"; // meteorological, flood included
      case MISSING_PERSON, ENDANGERED_PERSON -> "Rescue"; // rescue and recovery: finding people
      case SPECIAL_EVENT -> "Safety"; // general public safety: crowds, detours, closures on site
      case CRIME_PREVENTION_TIP, TIP_SOLICITATION -> "Security"; // law enforcement
    };
  }

  private void writeAlert(CapAlert alert) throws XMLStreamException {
    xml.writeStartDocument(ENCODING, "1.0");
    xml.writeCharacters("\n");
    xml.setDefaultNamespace(NAMESPACE);
    open("alert");
    xml.writeDefaultNamespace(NAMESPACE);
    leaf("identifier", alert.identifier());
    leaf("sender", alert.sender());
    leaf("sent", CapTime.format(alert.sent()));
    leaf("status", alert.status().capValue());
    leaf("msgType", alert.msgType().capValue());
    // Notices are public by definition; Restricted and Private would need restriction/addresses.
    leaf("scope", "Public");
    if (!alert.references().isEmpty()) {
      leaf(
          "references",
          alert.references().stream()
              .map(CapReference::toCapTriple)
              .collect(Collectors.joining(" ")));
    }
    // One info per language, all after the alert's own elements (CAP 1.2, 3.2.1: info 0..n).
    for (CapInfo info : alert.infos()) {
      writeInfo(info);
    }
    close();
    xml.writeEndDocument();
  }

  private void writeInfo(CapInfo info) throws XMLStreamException {
    open("info");
    leaf("language", info.language());
    leaf("category", categoryOf(info.category()));
    leaf("event", info.event());
    leaf("urgency", info.urgency().capValue());
    leaf("severity", info.severity().capValue());
    leaf("certainty", info.certainty().capValue());
    if (info.expires() != null) {
      leaf("expires", CapTime.format(info.expires()));
    }
    optionalLeaf("headline", info.headline());
    optionalLeaf("description", info.description());
    optionalLeaf("instruction", info.instruction());
    optionalLeaf("web", info.web());
    optionalLeaf("contact", info.contact());
    for (CapResource resource : info.resources()) {
      writeResource(resource);
    }
    if (info.areas().isEmpty()) {
      open("area");
      leaf("areaDesc", info.areaDesc());
      close();
    }
    for (CapArea area : info.areas()) {
      writeArea(area);
    }
    close();
  }

  private void writeArea(CapArea area) throws XMLStreamException {
    open("area");
    leaf("areaDesc", area.areaDesc());
    for (String polygon : area.polygons()) {
      leaf("polygon", polygon);
    }
    for (String circle : area.circles()) {
      leaf("circle", circle);
    }
    for (CapArea.Geocode geocode : area.geocodes()) {
      open("geocode");
      leaf("valueName", geocode.valueName());
      leaf("value", geocode.value());
      close();
    }
    close();
  }

  private void writeResource(CapResource resource) throws XMLStreamException {
    open("resource");
    leaf("resourceDesc", resource.resourceDesc());
    leaf("mimeType", resource.mimeType());
    if (resource.size() != null) {
      leaf("size", resource.size().toString());
    }
    optionalLeaf("uri", resource.uri());
    optionalLeaf("digest", resource.digest());
    close();
  }

  private void open(String name) throws XMLStreamException {
    if (depth > 0) {
      indent();
    }
    xml.writeStartElement(NAMESPACE, name);
    depth++;
  }

  private void close() throws XMLStreamException {
    depth--;
    indent();
    xml.writeEndElement();
  }

  private void leaf(String name, String text) throws XMLStreamException {
    indent();
    xml.writeStartElement(NAMESPACE, name);
    // The writer escapes markup characters; it cannot help with characters XML forbids outright.
    xml.writeCharacters(CapText.xmlSafe(text));
    xml.writeEndElement();
  }

  private void optionalLeaf(String name, String text) throws XMLStreamException {
    String safe = CapText.optional(text);
    if (safe != null) {
      leaf(name, safe);
    }
  }

  // Indented so a person reading the archived file or a log can follow it; CAP ignores the spaces.
  private void indent() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
