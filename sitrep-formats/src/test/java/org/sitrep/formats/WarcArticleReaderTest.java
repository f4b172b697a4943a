package org.sitrep.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.Article;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.io.ReadOptions;
import org.sitrep.core.model.ErrorCodes;

/** WARC files written here, record by record: a small crawl of news pages mixed with what crawls also hold. */
class WarcArticleReaderTest {
  private final WarcArticleReader reader = new WarcArticleReader();

  private static final String PAGE = "<html><head><title>Quake shakes coastal city</title>"
      + "<meta property=\"article:published_time\" content=\"2016-08-24T03:36:00+02:00\"></head><body>"
      + "<nav><a href=\"/\">Home</a></nav><article><p>A strong earthquake struck the coastal city of Amatri early on"
      + " Wednesday, damaging old buildings and killing at least 12 people, officials said.</p>"
      + "<p>Rescue teams were searching the rubble for survivors.</p></article></body></html>";

  private static final String PAGE_1252 = "<html><head><title>Caf\u00e9 owners protest</title></head><body><p>Caf\u00e9"
      + " owners in the old town closed their doors on Friday in protest at a new tax on terraces.</p></body></html>";

  private static final String GZIPPED_PAGE = "<html><head><title>Dam holds</title></head><body><p>The dam above"
      + " the valley held overnight despite record rain, engineers said on Sunday.</p></body></html>";

  /** The records of the crawl, in order; the 8th is broken in its WARC header, the 10th in its HTTP message. */
  private static List<byte[]> records() {
    List<byte[]> r = new ArrayList<>();
    r.add(record("warcinfo", null, "application/warc-fields", ascii("software: test\r\nformat: WARC 1.1\r\n")));
    r.add(record("request", "https://news.example/quake", "application/http;msgtype=request",
        ascii("GET /quake HTTP/1.1\r\nHost: news.example\r\n\r\n")));
    r.add(record("response", "https://news.example/quake", "application/http;msgtype=response",
        http("200 OK", "text/html; charset=utf-8", null, PAGE.getBytes(StandardCharsets.UTF_8))));
    r.add(record("response", "https://news.example/quake.jpg", "application/http;msgtype=response",
        http("200 OK", "image/jpeg", null, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3})));
    r.add(record("response", "https://news.example/old", "application/http;msgtype=response",
        http("301 Moved Permanently", "text/html", null, ascii("<html><body>Moved</body></html>"))));
    r.add(record("metadata", "https://news.example/quake", "application/warc-fields", ascii("outlink: /x\r\n")));
    r.add(record("response", "https://news.example/cafe", "application/http;msgtype=response",
        http("200 OK", "text/html; charset=windows-1252", null, PAGE_1252.getBytes(Charset.forName("windows-1252")))));
    r.add(ascii("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: twelve\r\n\r\ngarbage\r\n\r\n"));
    r.add(record("response", "https://news.example/dam", "application/http;msgtype=response",
        http("200 OK", "text/html", "gzip", gzip(GZIPPED_PAGE.getBytes(StandardCharsets.UTF_8)))));
    r.add(record("response", "https://news.example/bad-http", "application/http;msgtype=response",
        ascii("this is not an HTTP response at all\r\n\r\n")));
    return r;
  }

  @Test
  void read_gzipWarc_htmlResponsesOnlyAndResumesAfterBrokenRecord() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    records().forEach(rec -> out.writeBytes(gzip(rec))); // one gzip member per record, as crawlers write them
    checkCrawl(Fixtures.read(reader, "crawl.warc.gz", out.toByteArray(), ReadOptions.defaults()));
  }

  @Test
  void read_plainWarc_sameArticlesAsGzip() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    records().forEach(out::writeBytes);
    checkCrawl(Fixtures.read(reader, "crawl.warc", out.toByteArray(), ReadOptions.defaults()));
  }

  private static void checkCrawl(List<InputItem> items) {
    assertEquals(List.of("crawl#3", "crawl#7", "crawl#8", "crawl#9", "crawl#10"),
        items.stream().map(InputItem::docId).toList(), () -> items.toString());
    Article quake = items.get(0).article();
    assertEquals("https://news.example/quake", quake.url());
    assertEquals("2016-08-24", quake.published());
    assertEquals("Quake shakes coastal city", quake.title());
    assertTrue(quake.text().startsWith("A strong earthquake struck"), quake.text());
    assertFalse(quake.text().contains("Home"));
    assertTrue(items.get(1).article().text().startsWith("Caf\u00e9 owners"), "windows-1252 from the HTTP header");
    InputItem broken = items.get(2);
    assertEquals(ErrorCodes.MALFORMED_INPUT, broken.error().code());
    assertTrue(broken.error().message().contains("record 8") && broken.error().message().contains("resumes"),
        broken.error().message());
    assertTrue(items.get(3).article().text().startsWith("The dam above the valley"), "Content-Encoding: gzip decoded");
    assertEquals(ErrorCodes.MALFORMED_INPUT, items.get(4).error().code());
    assertTrue(items.get(4).error().message().contains("bad-http"), items.get(4).error().message());
  }

  @Test
  void read_notAWarc_givesOneError() {
    List<InputItem> items = Fixtures.read(reader, "notes.warc", ascii("just some notes\n"), ReadOptions.defaults());
    assertEquals(1, items.size());
    assertEquals(ErrorCodes.MALFORMED_INPUT, items.get(0).error().code());
    assertTrue(items.get(0).error().message().contains("notes.warc"), items.get(0).error().message());
  }

  @Test
  void read_truncatedLastRecord_keepsEarlierArticles() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<byte[]> recs = records().subList(0, 4);
    recs.forEach(out::writeBytes);
    byte[] all = out.toByteArray();
    byte[] cut = java.util.Arrays.copyOf(all, all.length - 5);
    List<InputItem> items = Fixtures.read(reader, "cut.warc", cut, ReadOptions.defaults());
    assertTrue(items.get(0).ok());
    assertEquals("cut#3", items.get(0).docId());
    assertTrue(items.stream().skip(1).noneMatch(InputItem::ok), () -> items.toString());
  }

  /** A response whose body is cut short is one item (its article or its error), not also an error for its rest. */
  @Test
  void read_recordCutShortIsOneItem() {
    byte[] page = records().get(2);
    for (int keep : new int[] {page.length - 40, page.length - 5}) {
      List<InputItem> items = Fixtures.read(reader, "short.warc", java.util.Arrays.copyOf(page, keep),
          ReadOptions.defaults());
      assertEquals(1, items.size(), () -> items.toString());
      assertEquals("short#1", items.get(0).docId());
    }
  }

  private static byte[] record(String type, String target, String contentType, byte[] block) {
    StringBuilder h = new StringBuilder("WARC/1.1\r\n");
    h.append("WARC-Type: ").append(type).append("\r\n");
    h.append("WARC-Record-ID: <urn:uuid:").append(java.util.UUID.nameUUIDFromBytes((type + target + block.length)
        .getBytes(StandardCharsets.UTF_8))).append(">\r\n");
    h.append("WARC-Date: 2016-08-24T06:00:00Z\r\n");
    if (target != null) {
      h.append("WARC-Target-URI: ").append(target).append("\r\n");
    }
    h.append("Content-Type: ").append(contentType).append("\r\n");
    h.append("Content-Length: ").append(block.length).append("\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii(h.toString()));
    out.writeBytes(block);
    out.writeBytes(ascii("\r\n\r\n"));
    return out.toByteArray();
  }

  private static byte[] http(String status, String type, String encoding, byte[] body) {
    String head = "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\n"
        + (encoding == null ? "" : "Content-Encoding: " + encoding + "\r\n")
        + "Content-Length: " + body.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii(head));
    out.writeBytes(body);
    return out.toByteArray();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] gzip(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
