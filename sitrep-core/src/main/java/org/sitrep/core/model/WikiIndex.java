package org.sitrep.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Registry ids: folded names ({@link EntityIds#fold}) of notable people, organisations, armed groups and other
 * subjects of English Wikipedia, each with the article it names. Built from CoreNLP's WikiDict by
 * {@code org.sitrep.tools.WikiIndexBuilder} (rules in docs/claims.md, "Registry ids"); shipped as the resource
 * {@value #RESOURCE}, a UTF-8 TSV ({@code # source:}, {@code # licence:} headers; rows {@code name TAB title},
 * sorted by the names' UTF-8 bytes).
 *
 * <p>Held compactly: the file's bytes in one array and one offset per row, looked up by binary search (no object
 * per row). Immutable and thread-safe; {@link #shared()} loads the shipped index once per process, on first use.
 */
public final class WikiIndex {
  public static final String RESOURCE = "/org/sitrep/core/data/wiki-ids.tsv.gz";

  private final byte[] data;
  private final int[] rows;
  private final String source;
  private final String licence;

  private WikiIndex(byte[] data, int[] rows, String source, String licence) {
    this.data = data;
    this.rows = rows;
    this.source = source;
    this.licence = licence;
  }

  private static final class Holder {
    static final WikiIndex INSTANCE = loadResource();
  }

  /** The index shipped with sitrep, loaded on first use. */
  public static WikiIndex shared() {
    return Holder.INSTANCE;
  }

  private static WikiIndex loadResource() {
    InputStream in = WikiIndex.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the registry-id index " + RESOURCE + " is missing from the class path; "
          + "rebuild sitrep-core (mvn install), or rebuild the index with org.sitrep.tools.WikiIndexBuilder");
    }
    try (in) {
      return parse(new GZIPInputStream(in, 1 << 16), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the registry-id index " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads an index (uncompressed TSV). {@code name} names it in errors.
   *
   * @throws IOException when the headers are missing or a row is malformed or out of order, naming the line
   */
  public static WikiIndex parse(InputStream tsv, String name) throws IOException {
    byte[] d = tsv.readAllBytes();
    int[] rows = new int[1024];
    int n = 0;
    String source = null;
    String licence = null;
    int line = 0;
    int prev = -1;
    for (int i = 0; i < d.length; ) {
      line++;
      int end = i;
      while (end < d.length && d[end] != '\n') {
        end++;
      }
      if (end == i) {
        i = end + 1;
        continue;
      }
      if (d[i] == '#') {
        String c = new String(d, i + 1, end - i - 1, StandardCharsets.UTF_8).strip();
        String lower = c.toLowerCase(Locale.ROOT);
        if (lower.startsWith("source:")) {
          source = c.substring(7).strip();
        } else if (lower.startsWith("licence:")) {
          licence = c.substring(8).strip();
        }
      } else {
        int tab = indexOf(d, i, end, (byte) '\t');
        if (tab <= i || tab == end - 1 || indexOf(d, tab + 1, end, (byte) '\t') >= 0) {
          throw new IOException(name + " line " + line + ": a row is a name, a tab and a title; rebuild the index"
              + " with org.sitrep.tools.WikiIndexBuilder");
        }
        if (prev >= 0 && Arrays.compareUnsigned(d, prev, keyEnd(d, prev), d, i, tab) >= 0) {
          throw new IOException(name + " line " + line + ": names out of order (rows must be sorted by their UTF-8"
              + " bytes, each name once); rebuild the index with org.sitrep.tools.WikiIndexBuilder");
        }
        if (n == rows.length) {
          rows = Arrays.copyOf(rows, n * 2);
        }
        rows[n++] = i;
        prev = i;
      }
      i = end + 1;
    }
    if (source == null || source.isEmpty() || licence == null || licence.isEmpty()) {
      throw new IOException(name + ": the header must name the data's origin and terms in two comment lines, "
          + "'# source: ...' and '# licence: ...'");
    }
    return new WikiIndex(d, Arrays.copyOf(rows, n), source, licence);
  }

  private static int indexOf(byte[] d, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (d[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int keyEnd(byte[] d, int row) {
    int i = row;
    while (d[i] != '\t') {
      i++;
    }
    return i;
  }

  /** The Wikipedia title the folded name names ("Recep_Tayyip_Erdoğan"), or null where the index has none. */
  public String title(String folded) {
    if (folded == null || folded.isEmpty()) {
      return null;
    }
    byte[] k = folded.getBytes(StandardCharsets.UTF_8);
    int lo = 0;
    int hi = rows.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int row = rows[mid];
      int tab = keyEnd(data, row);
      int c = Arrays.compareUnsigned(data, row, tab, k, 0, k.length);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        int end = tab + 1;
        while (end < data.length && data[end] != '\n') {
          end++;
        }
        return new String(data, tab + 1, end - tab - 1, StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** Rows (names) held. */
  public int size() {
    return rows.length;
  }

  /** Bytes held: the rows' text and their offsets. */
  public long bytes() {
    return data.length + 4L * rows.length;
  }

  public String source() {
    return source;
  }

  public String licence() {
    return licence;
  }
}
