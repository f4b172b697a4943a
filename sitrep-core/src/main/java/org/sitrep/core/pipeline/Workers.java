package org.sitrep.core.pipeline;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  /**
   * The result of {@code f}, waiting for it: what it threw is rethrown as it was (a runtime exception or an error),
   * a checked one wrapped as "{@code doing} failed: ..."; an interruption keeps the thread's interrupt flag and
   * says "interrupted while {@code doing}". {@code doing}: what the task does, e.g. "loading the gazetteer".
   */
  public static <T> T await(Future<T> f, String doing) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(doing + " failed: " + c, c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + doing, e);
    }
  }
}
