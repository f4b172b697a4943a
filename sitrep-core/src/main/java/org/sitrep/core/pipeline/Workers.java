package org.sitrep.core.pipeline;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread pools for analysing articles in parallel. */
public final class Workers {
  private Workers() {
  }

  /**
   * A fixed pool of {@code threads} daemon threads (they never keep the JVM alive) named {@code prefix1},
   * {@code prefix2}, ... in the order they start.
   */
  public static ExecutorService daemonPool(String prefix, int threads) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }
}
