package org.sitrep.formats;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.core.io.ArticleReader;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.io.InputSource;
import org.sitrep.core.io.ReadOptions;
import org.sitrep.core.model.ErrorCodes;

/**
 * WARC archives ({@code .warc}, {@code .warc.gz}; read with jwarc): every successful (2xx) {@code response}
 * record of an HTML page, and every HTML {@code resource} record, is an article, read as
 * {@link HtmlArticleReader} reads a page, with the record's target URI as its URL. Other records (requests,
 * metadata, images, scripts, redirects, errors) are not articles and are skipped. A record whose HTTP
 * message cannot be parsed gives an error item; a record whose WARC header is broken gives an error item,
 * and reading resumes at the next record (the next gzip member, or the next {@code WARC/1.} line). Ids are
 * the file's id and the record's position in the file ({@code crawl#12}).
 */
public final class WarcArticleReader implements ArticleReader {
  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
  private static final int MAX_RESYNCS = 1000;

  @Override
  public boolean accepts(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  @Override
  public void read(InputSource source, ReadOptions options, Consumer<InputItem> sink) throws IOException {
    long start = 0;
    int recordNo = 0;
    for (int resync = 0; resync <= MAX_RESYNCS; resync++) {
      Resume r = readFrom(source, options, sink, start, recordNo);
      if (r == null) {
        return;
      }
      recordNo = r.recordNo;
      if (resync == MAX_RESYNCS) {
        sink.accept(InputItem.error(source.baseId() + "#" + (recordNo + 1), source.name(), ErrorCodes.MALFORMED_INPUT,
            source.name() + " has more than " + MAX_RESYNCS + " broken records; the rest of the file was not read"));
        return;
      }
      start = r.nextStart;
      if (start < 0) {
        return;
      }
    }
  }

  /** Where to go on after a broken record: the byte offset of the next record (-1: none), records seen so far. */
  private record Resume(long nextStart, int recordNo) {
  }

  private Resume readFrom(InputSource source, ReadOptions options, Consumer<InputItem> sink, long start,
                          int recordNo) throws IOException {
    try (InputStream raw = source.open()) {
      InputStream in = new BufferedInputStream(raw, 1 << 16);
      in.skipNBytes(start);
      WarcReader reader;
      try {
        reader = new WarcReader(in);
      } catch (IOException | IllegalArgumentException e) {
        if (start == 0) {
          sink.accept(InputItem.error(source.baseId(), source.name(), ErrorCodes.MALFORMED_INPUT, source.name()
              + " is not a WARC file (" + e.getMessage() + "); give sitrep .warc or .warc.gz archives"));
        }
        return null;
      }
      boolean gzip = reader.compression() == WarcCompression.GZIP;
      boolean any = false;
      boolean lastOk = true;
      long lastGood = 0;
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          long p = reader.position();
          if (any && p <= lastGood) {
            // the rest of the record just read is cut short or broken: that record was given already (its article
            // from what could be read, or its error), so it gets no second record; reading resumes after it
            long resume = nextRecordStart(source, start + lastGood + 1, gzip);
            if (lastOk) {
              org.sitrep.core.io.TextChecks.warn(source.name() + " record " + recordNo + " is cut short ("
                  + e.getMessage() + "); its article is what could be read");
            }
            return resume < 0 ? null : new Resume(resume, recordNo);
          }
          recordNo++;
          // position() is where the broken record starts (past the last good one: the case before returned)
          long broken = any ? start + p : start;
          String id = source.baseId() + "#" + recordNo;
          String origin = source.name() + " record " + recordNo + " (byte " + Math.max(broken, 0) + ")";
          long resume = broken < 0 ? -1 : nextRecordStart(source, broken + 1, gzip);
          sink.accept(InputItem.error(id, origin, ErrorCodes.MALFORMED_INPUT, origin + " is malformed ("
              + e.getMessage() + "); " + (resume < 0 ? "no further records follow" : "reading resumes at byte "
              + resume)));
          return new Resume(resume, recordNo);
        }
        if (next.isEmpty()) {
          return null;
        }
        recordNo++;
        any = true;
        lastGood = reader.position();
        WarcRecord rec = next.get();
        String id = source.baseId() + "#" + recordNo;
        String origin = source.name() + " record " + recordNo;
        InputItem item;
        try {
          item = article(rec, id, origin, options);
        } catch (IOException | RuntimeException e) {
          item = InputItem.error(id, origin, ErrorCodes.MALFORMED_INPUT, origin + " (" + target(rec)
              + ") has a response that cannot be parsed: " + e.getMessage());
        }
        lastOk = item == null || item.ok();
        if (item != null) {
          sink.accept(item);
        }
      }
    }
  }

  /** The article of an HTML response or resource record; null for records that are not HTML pages. */
  private static InputItem article(WarcRecord rec, String id, String origin, ReadOptions options) throws IOException {
    String url = target(rec);
    String where = origin + " (" + url + ")";
    if (rec instanceof WarcResponse resp) {
      if (!resp.contentType().base().equals(MediaType.HTTP_RESPONSE) && !resp.contentType().base().equals(MediaType.HTTP)) {
        return null; // a response of another protocol (DNS, Gemini)
      }
      HttpResponse http = resp.http();
      if (http.status() < 200 || http.status() >= 300) {
        return null; // redirects, errors: not articles
      }
      MediaType type = http.contentType();
      byte[] body = readBody(http.bodyDecoded().stream(), options);
      if (!isHtml(type, body)) {
        return null;
      }
      return HtmlPages.article(body, charset(type), id, where, url, options);
    }
    if (rec instanceof WarcResource res) {
      MediaType type = res.contentType();
      if (type == null || !HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
        return null;
      }
      byte[] body = readBody(res.body().stream(), options);
      return HtmlPages.article(body, charset(type), id, where, url, options);
    }
    return null;
  }

  private static byte[] readBody(InputStream in, ReadOptions options) throws IOException {
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxArticleBytes() + 1));
  }

  private static boolean isHtml(MediaType type, byte[] body) {
    if (type != null && type.isValid()) {
      return HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT));
    }
    // no usable Content-Type: sniff the start of the body as browsers do
    String head = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  private static String charset(MediaType type) {
    if (type == null) {
      return null;
    }
    String cs = type.parameters().get("charset");
    if (cs == null) {
      return null;
    }
    try {
      return java.nio.charset.Charset.isSupported(cs.strip()) ? cs.strip() : null;
    } catch (java.nio.charset.IllegalCharsetNameException e) {
      return null;
    }
  }

  /** The record's target URI, or a word on why there is none (jwarc throws on a repeated header). */
  private static String target(WarcRecord rec) {
    try {
      return rec instanceof org.netpreserve.jwarc.WarcTargetRecord t ? t.target() : rec.type();
    } catch (RuntimeException e) {
      return "no single target URI: " + e.getMessage(); // found by ReaderFuzzTest#warc
    }
  }

  /**
   * The byte offset at or after {@code from} where the next record could start: a gzip member header
   * ({@code 1f 8b 08}) in a compressed file, a line starting {@code WARC/1.} otherwise; -1 where there is none.
   */
  static long nextRecordStart(InputSource source, long from, boolean gzip) throws IOException {
    byte[] magic = gzip ? new byte[] {0x1f, (byte) 0x8b, 0x08} : "\nWARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    try (InputStream raw = source.open()) {
      InputStream in = new BufferedInputStream(raw, 1 << 16);
      long skip = gzip ? from : Math.max(0, from - 1);
      in.skipNBytes(skip);
      long pos = skip;
      int matched = 0;
      int b;
      while ((b = in.read()) >= 0) {
        if ((byte) b == magic[matched]) {
          matched++;
          if (matched == magic.length) {
            long startOfMatch = pos - magic.length + 1;
            return gzip ? startOfMatch : startOfMatch + 1;
          }
        } else {
          matched = (byte) b == magic[0] ? 1 : 0;
        }
        pos++;
      }
      return -1;
    } catch (java.io.EOFException e) {
      return -1;
    }
  }
}
