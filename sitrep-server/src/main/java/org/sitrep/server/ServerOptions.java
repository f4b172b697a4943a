package org.sitrep.server;

import org.sitrep.store.Ingestor;

/**
 * How the server runs: the analyser behind {@code POST /api/articles} (null: posting is refused with 503),
 * what to run after a posted article is stored (re-linking stories), the largest request body accepted, and
 * how many JSON responses to keep (0: none); a cached response is dropped as soon as the store changes.
 */
public record ServerOptions(Ingestor.Analyzer analyzer, Runnable afterWrite, long maxBodyBytes, int cacheEntries) {
  public static final long DEFAULT_MAX_BODY = 1_000_000;

  /** Options with the default response cache (256 responses). */
  public ServerOptions(Ingestor.Analyzer analyzer, Runnable afterWrite, long maxBodyBytes) {
    this(analyzer, afterWrite, maxBodyBytes, 256);
  }

  public ServerOptions withCache(int entries) {
    return new ServerOptions(analyzer, afterWrite, maxBodyBytes, entries);
  }

  public ServerOptions {
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("the body limit must be at least 1 byte, not " + maxBodyBytes);
    }
  }

  public static ServerOptions readOnly() {
    return new ServerOptions(null, null, DEFAULT_MAX_BODY);
  }
}
