package org.sitrep.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import org.sitrep.core.io.ArticleReader;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.io.InputSource;
import org.sitrep.core.io.ReadOptions;
import org.sitrep.core.model.ErrorCodes;

/**
 * HTML pages ({@code .html}, {@code .htm}, {@code .xhtml}): one article per page, its main text with the
 * boilerplate removed ({@link MainText}), title, date, outlet and URL from the page's metadata
 * ({@link PageMetadata}). The document id is the file name without its extension.
 */
public final class HtmlArticleReader implements ArticleReader {
  @Override
  public boolean accepts(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
  }

  @Override
  public void read(InputSource source, ReadOptions options, Consumer<InputItem> sink) throws IOException {
    String id = source.baseId();
    if (source.size() > options.maxArticleBytes()) {
      sink.accept(InputItem.error(id, source.name(), ErrorCodes.TOO_LARGE, source.name() + " is " + source.size()
          + " bytes, over the limit of " + options.maxArticleBytes() + " bytes for one page; raise it with --max-bytes"));
      return;
    }
    byte[] bytes;
    try (InputStream in = source.open()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxArticleBytes() + 1));
    }
    if (bytes.length == 0) {
      sink.accept(InputItem.error(id, source.name(), ErrorCodes.EMPTY, source.name() + " is empty"));
      return;
    }
    sink.accept(HtmlPages.article(bytes, null, id, source.name(), null, options));
  }
}
