package org.deptbot.admin.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an Atom 1.0 document with the XML writer, so every value is escaped. */
final class AtomFeed {

  static final String NAMESPACE = "http://www.w3.org/2005/Atom";

  /** One entry: a notice's latest revision, linking to its CAP document. */
  record Entry(String id, String title, String summary, Instant updated, String capUrl) {}

  private AtomFeed() {}

  static String render(
      String id, String title, String selfUrl, Instant updated, List<Entry> entries) {
    try {
      StringWriter out = new StringWriter();
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(NAMESPACE);
      element(xml, "id", id);
      element(xml, "title", title);
      element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
      link(xml, "self", "application/atom+xml", selfUrl);
      xml.writeStartElement("author");
      element(xml, "name", title);
      xml.writeEndElement();
      for (Entry entry : entries) {
        xml.writeStartElement("entry");
        element(xml, "id", entry.id());
        element(xml, "title", entry.title());
        element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(entry.updated()));
        element(xml, "summary", entry.summary());
        link(xml, "alternate", "application/cap+xml", entry.capUrl());
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
      return out.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the Atom feed", e);
    }
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text == null ? "" : text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String type, String href)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }
}
