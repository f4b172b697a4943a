package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.sitrep.core.doc.Article;
import org.sitrep.core.model.ArticleRecord;

/**
 * The identity of an article's content: SHA-256 over its id, text and metadata (source, url, title,
 * published date). Ingest skips an article whose hash the store already holds, so re-running an ingest
 * is cheap and never duplicates; a changed text under the same id is a revision.
 */
public final class ContentHash {
  private ContentHash() {
  }

  public static String of(Article a) {
    return hash(a.docId(), a.text(), a.source(), a.url(), a.title(), a.published());
  }

  /**
   * The hash of an already analysed record; equal to {@link #of(Article)} of its input where the record
   * carries its text and the input's date (not an inferred one).
   */
  public static String of(ArticleRecord r) {
    String published = Boolean.TRUE.equals(r.publishedInferred()) ? null : r.published();
    return hash(r.docId(), r.text() == null ? "" : r.text(), r.source(), r.url(), r.title(), published);
  }

  static String hash(String... fields) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String f : fields) {
        if (f == null) {
          md.update((byte) 0);
        } else {
          md.update((byte) 1);
          byte[] b = f.getBytes(StandardCharsets.UTF_8);
          md.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
          md.update(b);
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
