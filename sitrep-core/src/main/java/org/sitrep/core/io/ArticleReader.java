package org.sitrep.core.io;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads articles of one input format. Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.sitrep.core.io.ArticleReader}); plain text and JSONL are built in.
 * A reader must report every article it cannot read as an error item and go on: nothing is dropped.
 */
public interface ArticleReader {
  /** Whether this reader handles a file of this name (by its extension, case-insensitive). */
  boolean accepts(String fileName);

  /** Readers with a higher priority are asked first (built-ins are 0). */
  default int priority() {
    return 10;
  }

  /**
   * Reads the source and hands each article or error to {@code sink}, in input order.
   * {@code defaults} fills what the input lacks (the publication date from {@code --date}).
   * Throws only when the source as a whole cannot be opened.
   */
  void read(InputSource source, ReadOptions defaults, Consumer<InputItem> sink) throws IOException;
}
