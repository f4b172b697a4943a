package org.sitrep.spark;

import java.io.Serializable;
import org.sitrep.core.doc.Article;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.model.ArticleError;

/**
 * An input item as it travels between Spark tasks: plain serialisable fields, with its place in the input
 * ({@code file}, the input file's rank; {@code seq}, the item's rank in that file) so output keeps input order.
 */
public record ItemRow(long file, long seq, String docId, String origin, String text, String source, String url,
                      String title, String published, String language, String errorCode, String errorMessage)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public static ItemRow of(long file, long seq, InputItem item) {
    if (!item.ok()) {
      return new ItemRow(file, seq, item.docId(), item.origin(), null, null, null, null, null, null,
          item.error().code(), item.error().message());
    }
    Article a = item.article();
    return new ItemRow(file, seq, a.docId(), a.origin(), a.text(), a.source(), a.url(), a.title(), a.published(),
        a.language(), null, null);
  }

  public InputItem toItem() {
    if (errorCode != null) {
      return new InputItem(docId, origin, null, new ArticleError(errorCode, errorMessage));
    }
    return InputItem.of(new Article(docId, text, source, url, title, published, language, origin));
  }

  /** The sort key of the input order. */
  public Order order() {
    return new Order(file, seq);
  }

  /** Input order: file rank, then rank within the file. */
  public record Order(long file, long seq) implements Serializable, Comparable<Order> {
    private static final long serialVersionUID = 1L;

    @Override
    public int compareTo(Order o) {
      int c = Long.compare(file, o.file);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }
}
