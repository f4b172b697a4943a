package org.sitrep.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A local RSS server (127.0.0.1, a free port) that publishes articles over time: each item becomes visible at its
 * own moment after the server starts, newest first in the feed, as news sites do. Answers conditional GETs with
 * 304 (ETag and Last-Modified), can fail the next requests with 500 or answer slowly, and records each request's
 * headers.
 */
final class FeedServer implements AutoCloseable {
  /** An item and when it appears (ms after start); {@code guid} stays, {@code text} may be revised in place. */
  record Item(String guid, String title, String date, String text, long at) {
  }

  /** The headers of a request the server got. */
  record Request(String ifNoneMatch, String ifModifiedSince, String userAgent) {
  }

  private final HttpServer server;
  private final long start = System.currentTimeMillis();
  private final List<Item> items = new CopyOnWriteArrayList<>();
  final List<Request> requests = new CopyOnWriteArrayList<>();
  final AtomicInteger failNext = new AtomicInteger();
  volatile long delayMs;
  volatile String channel = "Test Wire";
  /** At most this many items in the feed, the newest (as real feeds do). */
  volatile int maxItems = Integer.MAX_VALUE;

  FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/feed.rss", this::feed);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed.rss");
  }

  /** Publishes an item {@code afterMs} from now (0: at once); an item with a known guid replaces it (a revision). */
  void publish(String guid, String title, String date, String text, long afterMs) {
    items.removeIf(i -> i.guid().equals(guid));
    if (items.size() > 2 * maxItems && maxItems < 1000) {
      items.subList(0, items.size() - maxItems).clear(); // long gone from the feed
    }
    items.add(new Item(guid, title, date, text, System.currentTimeMillis() - start + afterMs));
  }

  private void feed(HttpExchange ex) throws IOException {
    try (ex) {
      requests.add(new Request(ex.getRequestHeaders().getFirst("If-None-Match"),
          ex.getRequestHeaders().getFirst("If-Modified-Since"), ex.getRequestHeaders().getFirst("User-Agent")));
      if (delayMs > 0) {
        try {
          Thread.sleep(delayMs);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        ex.sendResponseHeaders(500, -1);
        return;
      }
      long now = System.currentTimeMillis() - start;
      List<Item> visible = new ArrayList<>();
      for (Item i : items) {
        if (i.at() <= now) {
          visible.add(0, i); // newest first
        }
      }
      if (visible.size() > maxItems) {
        visible = new ArrayList<>(visible.subList(0, maxItems));
      }
      String etag = "\"" + Integer.toHexString(visible.hashCode()) + "\"";
      String lastModified = "Mon, 03 Feb 2020 10:00:" + String.format("%02d", Math.abs(visible.hashCode()) % 60) + " GMT";
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
        return;
      }
      byte[] body = rss(visible);
      ex.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
      ex.getResponseHeaders().add("ETag", etag);
      ex.getResponseHeaders().add("Last-Modified", lastModified);
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private byte[] rss(List<Item> visible) {
    try {
      var bytes = new java.io.ByteArrayOutputStream();
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement("rss");
      w.writeAttribute("version", "2.0");
      w.writeStartElement("channel");
      el(w, "title", channel);
      el(w, "link", "http://127.0.0.1/");
      el(w, "language", "en");
      for (Item i : visible) {
        w.writeStartElement("item");
        el(w, "title", i.title());
        el(w, "link", "https://news.example/" + i.guid());
        el(w, "guid", "https://news.example/" + i.guid());
        el(w, "pubDate", i.date());
        el(w, "description", i.text());
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
      return bytes.toByteArray();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void el(XMLStreamWriter w, String name, String text) throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  String body() {
    return new String(rss(items), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
