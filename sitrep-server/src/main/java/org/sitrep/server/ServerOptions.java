package org.sitrep.server;

import org.sitrep.store.Ingestor;

/**
 * How the server runs: the analyser behind {@code POST /api/articles} (null: posting is refused with 503),
 * what to run after a posted article is stored (re-linking stories), the largest request body accepted, how
 * many JSON responses to keep (0: none; a cached response is dropped as soon as the store changes), and who
 * may do what ({@link Access}: the token for writes, reads, the Host names served, the write rate).
 */
public record ServerOptions(Ingestor.Analyzer analyzer, Runnable afterWrite, long maxBodyBytes, int cacheEntries,
                            Access access) {
  public static final long DEFAULT_MAX_BODY = 1_000_000;

  /** Options with the default response cache (256 responses) and a fresh random write token. */
  public ServerOptions(Ingestor.Analyzer analyzer, Runnable afterWrite, long maxBodyBytes) {
    this(analyzer, afterWrite, maxBodyBytes, 256, Access.withToken(Access.newToken()));
  }

  public ServerOptions withCache(int entries) {
    return new ServerOptions(analyzer, afterWrite, maxBodyBytes, entries, access);
  }

  public ServerOptions withAccess(Access a) {
    return new ServerOptions(analyzer, afterWrite, maxBodyBytes, cacheEntries, a);
  }

  public ServerOptions {
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("the body limit must be at least 1 byte, not " + maxBodyBytes);
    }
    if (access == null) {
      throw new IllegalArgumentException("access is required (Access.withToken(...))");
    }
  }

  public static ServerOptions readOnly() {
    return new ServerOptions(null, null, DEFAULT_MAX_BODY);
  }
}
