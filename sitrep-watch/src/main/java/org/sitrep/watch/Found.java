package org.sitrep.watch;

import java.util.List;
import org.sitrep.core.io.InputItem;

/**
 * What one poll of a source found: the articles (or error items) it read, and what to remember once they are
 * stored (the file's or feed's cursor), so that a kill before storing re-reads them.
 */
record Found(String source, List<InputItem> items, Runnable onStored) {
  Found {
    items = List.copyOf(items);
  }
}
