package org.sitrep.core.io;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.core.doc.Article;

/**
 * Distinct ids within one run ({@code sitrep analyze}, {@code sitrep ingest}): the second article with id
 * {@code x} becomes {@code x~2}, the third {@code x~3}, in input order (so a re-run, and resume, give the
 * same ids), with one warning per id. No article is dropped or overwritten because it shares an id. Not
 * thread-safe: the one thread that reads the inputs calls it.
 */
public final class DuplicateIds {
  private final Map<String, Integer> seen = new HashMap<>();
  private final Consumer<String> warn;

  /** {@code warn} takes the warning, e.g. {@code msg -> System.err.println("sitrep analyze: " + msg)}. */
  public DuplicateIds(Consumer<String> warn) {
    this.warn = warn;
  }

  public InputItem distinct(InputItem item) {
    int n = seen.merge(item.docId(), 1, Integer::sum);
    if (n == 1) {
      return item;
    }
    String id = item.docId() + "~" + n;
    while (seen.containsKey(id)) {
      id = id + "~";
    }
    seen.put(id, 1);
    if (n == 2) {
      warn.accept("id '" + item.docId() + "' occurs more than once (again in " + item.origin() + "); later"
          + " articles with it get the ids '" + item.docId() + "~2', '~3', ... so that none is lost");
    }
    Article a = item.article();
    return a == null ? new InputItem(id, item.origin(), null, item.error())
        : InputItem.of(new Article(id, a.text(), a.source(), a.url(), a.title(), a.published(), a.language(),
            a.origin()));
  }
}
