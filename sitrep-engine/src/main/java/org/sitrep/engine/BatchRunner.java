package org.sitrep.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.pipeline.Workers;

/**
 * Analyses a stream of input items on N threads and hands the records to a sink in input order, so
 * output is the same whatever the thread count. Items are pushed with {@link #accept}; at most a few
 * per thread are in flight, which bounds memory on corpora of any size. Not thread-safe itself: one
 * producer thread pushes, and the sink runs on that thread.
 */
public final class BatchRunner implements Consumer<InputItem>, AutoCloseable {
  private final Engine engine;
  private final Consumer<ArticleRecord> sink;
  private final ExecutorService pool;
  private final Deque<Future<ArticleRecord>> inFlight = new ArrayDeque<>();
  private final int window;
  private boolean aborted;

  public BatchRunner(Engine engine, int threads, Consumer<ArticleRecord> sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.engine = engine;
    this.sink = sink;
    this.pool = Workers.daemonPool("sitrep-worker-", threads);
    this.window = threads * 4;
  }

  @Override
  public void accept(InputItem item) {
    inFlight.addLast(pool.submit(() -> engine.analyze(item)));
    while (inFlight.size() > window) {
      emitOldest();
    }
  }

  private void emitOldest() {
    Future<ArticleRecord> f = inFlight.removeFirst();
    ArticleRecord r;
    try {
      r = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed unexpectedly: " + e.getCause(), e.getCause());
    }
    try {
      sink.accept(r);
    } catch (RuntimeException | Error e) {
      abort();
      throw e;
    }
  }

  /** Drops the articles in flight and stops the workers: the sink failed (the output cannot be written). */
  public void abort() {
    aborted = true;
    inFlight.forEach(x -> x.cancel(true));
    inFlight.clear();
    pool.shutdownNow();
  }

  /** Waits for every pushed item and emits the rest. */
  public void finish() {
    while (!inFlight.isEmpty()) {
      emitOldest();
    }
  }

  @Override
  public void close() {
    if (!aborted) {
      finish();
    }
    pool.shutdown();
  }
}
