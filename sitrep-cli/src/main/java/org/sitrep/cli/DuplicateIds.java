package org.sitrep.cli;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.core.doc.Article;
import org.sitrep.core.io.InputItem;

/**
 * Distinct record ids within one run: the second article with id {@code x} becomes {@code x~2}, the third
 * {@code x~3}, in input order (so a re-run, and resume, give the same ids), with a warning on standard
 * error. No article is dropped or overwritten because it shares an id.
 */
final class DuplicateIds {
  private final Map<String, Integer> seen = new HashMap<>();
  private final String command;

  DuplicateIds(String command) {
    this.command = command;
  }

  InputItem distinct(InputItem item) {
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
      System.err.println("sitrep " + command + ": id '" + item.docId() + "' occurs more than once (again in "
          + item.origin() + "); later articles with it are written as '" + item.docId() + "~2', '~3', ...");
    }
    Article a = item.article();
    return a == null ? new InputItem(id, item.origin(), null, item.error())
        : InputItem.of(new Article(id, a.text(), a.source(), a.url(), a.title(), a.published(), a.language(),
            a.origin()));
  }
}
