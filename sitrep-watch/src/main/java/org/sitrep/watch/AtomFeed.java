package org.sitrep.watch;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Alerts as an Atom 1.0 feed (RFC 4287), newest first, written with the JDK's StAX writer so that every title,
 * summary and URL is escaped; characters XML 1.0 cannot carry are dropped. Each entry links the incident's
 * sources ({@code rel="related"}) and carries the alert's kind as its category.
 */
public final class AtomFeed {
  static final String NS = "http://www.w3.org/2005/Atom";

  private AtomFeed() {
  }

  /** Writes the feed; {@code self} is the feed's own URL (or null). */
  public static void write(List<Alert> newestFirst, String self, OutputStream out) {
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement("feed");
      w.writeDefaultNamespace(NS);
      text(w, "id", "urn:sitrep:alerts");
      text(w, "title", "sitrep alerts");
      text(w, "updated", newestFirst.isEmpty() || newestFirst.get(0).raised() == null ? "1970-01-01T00:00:00Z"
          : newestFirst.get(0).raised());
      w.writeStartElement("author");
      text(w, "name", "sitrep watch");
      w.writeEndElement();
      if (self != null) {
        link(w, "self", self);
      }
      for (Alert a : newestFirst) {
        w.writeStartElement("entry");
        text(w, "id", "urn:sitrep:alert:" + a.id());
        text(w, "title", a.summary() == null ? a.kind() : a.summary());
        text(w, "updated", a.raised() == null ? "1970-01-01T00:00:00Z" : a.raised());
        w.writeEmptyElement("category");
        w.writeAttribute("term", clean(a.kind()));
        w.writeAttribute("label", clean("rule " + a.rule()));
        for (Alert.Source s : a.sources()) {
          if (s.url() != null && (s.url().startsWith("http://") || s.url().startsWith("https://"))) {
            w.writeEmptyElement("link");
            w.writeAttribute("rel", "related");
            w.writeAttribute("href", clean(s.url()));
            if (s.source() != null) {
              w.writeAttribute("title", clean(s.source()));
            }
          }
        }
        StringBuilder sb = new StringBuilder(a.summary() == null ? "" : a.summary());
        sb.append("\nincident ").append(a.incident());
        if (a.storyId() != null) {
          sb.append(" (story ").append(a.storyId()).append(')');
        }
        if (a.field() != null) {
          sb.append("\n").append(a.field()).append(": ").append(a.before()).append(" -> ").append(a.after());
        }
        sb.append("\nsources:");
        for (Alert.Source s : a.sources()) {
          sb.append("\n- ").append(s.source() == null ? s.docId() : s.source());
          if (s.title() != null) {
            sb.append(": ").append(s.title());
          }
          if (s.published() != null) {
            sb.append(" (").append(s.published()).append(')');
          }
        }
        w.writeStartElement("content");
        w.writeAttribute("type", "text");
        w.writeCharacters(clean(sb.toString()));
        w.writeEndElement();
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the alert feed: " + e.getMessage(), e);
    }
  }

  private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(clean(value));
    w.writeEndElement();
  }

  private static void link(XMLStreamWriter w, String rel, String href) throws XMLStreamException {
    w.writeEmptyElement("link");
    w.writeAttribute("rel", rel);
    w.writeAttribute("href", clean(href));
  }

  /** The text without the characters XML 1.0 forbids (controls other than tab and line ends, lone surrogates). */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (ok) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
