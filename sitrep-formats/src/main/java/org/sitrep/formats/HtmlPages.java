package org.sitrep.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sitrep.core.doc.Article;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.io.ReadOptions;
import org.sitrep.core.model.ErrorCodes;

/** One HTML page to one article (or the error that says why not); shared by the HTML and WARC readers. */
final class HtmlPages {
  private HtmlPages() {
  }

  /**
   * Parses {@code bytes} as an HTML page (charset from {@code charset} where given, else from the page's BOM or
   * meta tag, else UTF-8) and extracts its article.
   */
  static InputItem article(byte[] bytes, String charset, String id, String origin, String url, ReadOptions options) {
    if (bytes.length > options.maxArticleBytes()) {
      // only the limit and one byte more were read: the true size is not known here, so it is not claimed
      return InputItem.error(id, origin, ErrorCodes.TOO_LARGE, origin + " is over " + options.maxArticleBytes()
          + " bytes, the limit for one page; raise it with --max-bytes");
    }
    if (looksBinary(bytes)) {
      return InputItem.error(id, origin, ErrorCodes.BINARY, origin + " is not an HTML page (binary content)");
    }
    Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(bytes), charset, url == null ? "" : url);
    } catch (IOException | RuntimeException e) {
      return InputItem.error(id, origin, ErrorCodes.MALFORMED_INPUT, origin + " cannot be parsed as HTML: " + e);
    }
    return article(page, id, origin, url, options);
  }

  static InputItem article(Document page, String id, String origin, String url, ReadOptions options) {
    PageMetadata meta = PageMetadata.of(page, url);
    String text = MainText.of(page);
    if (text.isBlank()) {
      return InputItem.error(id, origin, ErrorCodes.EMPTY, origin + " has no article text"
          + (meta.title() == null ? "" : " (page '" + meta.title() + "')")
          + ": the page holds no paragraphs once navigation and other page furniture are removed");
    }
    String published = meta.published() != null ? meta.published() : options.defaultDate();
    return InputItem.of(new Article(id, text, meta.source(), meta.url(), meta.title(), published, meta.language(),
        origin));
  }

  private static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, 4096);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0 && !(i < 4 && (b.length > 1 && ((b[0] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFF)))) {
        return true; // NUL outside a UTF-16 BOM'd page
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
        control++;
      }
    }
    return n > 0 && control * 100 > n * 2;
  }
}
