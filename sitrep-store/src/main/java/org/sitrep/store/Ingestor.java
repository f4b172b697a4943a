package org.sitrep.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.sitrep.core.doc.Article;
import org.sitrep.core.io.DuplicateIds;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.pipeline.Workers;

/**
 * Feeds read articles through an analyser into the store: skips an article whose content the store already
 * holds (before analysing it), analyses the rest on N threads, and stores the records in input order, one
 * transaction each. Killed at any point and run again on the same inputs, it ends with the same rows as an
 * uninterrupted run. One producer thread calls {@link #accept}; not thread-safe itself.
 */
public final class Ingestor implements AutoCloseable {
  /** Turns an article into its record (the engine; a stub in tests). Thread-safe. */
  @FunctionalInterface
  public interface Analyzer {
    ArticleRecord analyze(Article article);

    /**
     * The version of the pipeline (code, settings and data) behind this analyser, stored with each article so
     * that an article analysed by another version is known to be stale; null where unknown (never stale).
     */
    default String version() {
      return null;
    }
  }

  /** What an ingest did. */
  public record Report(int read, int added, int revised, int unchanged, int failed, int stale) {
    public Report(int read, int added, int revised, int unchanged, int failed) {
      this(read, added, revised, unchanged, failed, 0);
    }

    @Override
    public String toString() {
      return read + " read: " + added + " added, " + revised + " revised" + (stale > 0 ? " (" + stale
          + " of them stored by another pipeline version, re-analysed)" : "") + ", " + unchanged + " already stored, "
          + failed + " could not be analysed";
    }
  }

  private record Pending(InputItem item, String hash, boolean replace, Future<ArticleRecord> result) {
  }

  private final SitrepStore store;
  private final Analyzer analyzer;
  private final ExecutorService pool;
  private final Deque<Pending> inFlight = new ArrayDeque<>();
  private final int window;
  private final java.util.List<SitrepStore.Item> buffer = new java.util.ArrayList<>();
  private final int batch;
  private int read;
  private int added;
  private int revised;
  private int unchanged;
  private int failed;
  private int stale;
  private final java.util.function.Consumer<String> log;
  private boolean reanalyze;
  private final DuplicateIds ids;
  private final java.util.Map<String, String> recordIds = new java.util.HashMap<>();

  public Ingestor(SitrepStore store, Analyzer analyzer, int threads, java.util.function.Consumer<String> log) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.store = store;
    this.analyzer = analyzer;
    this.log = log;
    this.ids = new DuplicateIds(log);
    this.pool = Workers.daemonPool("sitrep-ingest-", threads);
    this.window = threads * 4;
    this.batch = 32;
  }

  /**
   * Analyses and stores articles even where their content is stored already (after an upgrade of the
   * pipeline); a re-run of such an ingest after a kill redoes everything, still without duplicates.
   */
  public Ingestor reanalyze(boolean on) {
    this.reanalyze = on;
    return this;
  }

  /**
   * Takes one read item: an error is noted, stored content is skipped, anything else is analysed and stored.
   * A second article with an id already read in this run is stored as {@code ID~2} (a warning says so), not
   * as a revision of the first (a new text under a stored id from an earlier run is a revision).
   */
  public void accept(InputItem read1) {
    InputItem item = ids.distinct(read1);
    read++;
    if (!item.ok()) {
      store.recordError(item.docId(), item.origin(), item.error());
      failed++;
      log.accept(item.origin() + ": " + item.error().message());
      return;
    }
    String hash = ContentHash.of(item.article());
    boolean replace = reanalyze;
    if (!reanalyze && store.hasContent(hash)) {
      if (store.hasContent(hash, analyzer.version())) {
        unchanged++;
        return;
      }
      stale++; // stored, but analysed by another pipeline version: analysed again and replaced
      replace = true;
    }
    inFlight.addLast(new Pending(item, hash, replace, pool.submit(() -> analyzer.analyze(item.article()))));
    while (inFlight.size() > window) {
      storeOldest();
    }
  }

  private void storeOldest() {
    Pending p = inFlight.removeFirst();
    ArticleRecord r;
    try {
      r = p.result().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing", e);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof RuntimeException)) { // an Error (a broken install, out of memory): stop
        throw new IllegalStateException("analysing " + p.item().origin() + " failed unexpectedly: " + e.getCause(), e.getCause());
      }
      // one bad article does not stop the batch: it is noted (and retried by the next run)
      r = ArticleRecord.error(p.item().docId(), null, new org.sitrep.core.model.ArticleError(
          org.sitrep.core.model.ErrorCodes.STAGE_FAILED, p.item().origin() + ": analysis failed: " + e.getCause()
          + "; please report this with the article"));
    }
    if (r.failed()) {
      store.recordError(p.item().docId(), p.item().origin(), r.errors().get(0));
      failed++;
      log.accept(p.item().origin() + ": " + r.errors().get(0).message());
      return;
    }
    buffer.add(new SitrepStore.Item(r, p.hash(), p.replace(), analyzer.version()));
    if (buffer.size() >= batch) {
      storeBuffer();
    }
  }

  /** Stores the buffered records in one transaction: a kill loses at most this batch, which a re-run redoes. */
  private void storeBuffer() {
    if (buffer.isEmpty()) {
      return;
    }
    for (PutResult res : store.putAll(buffer)) {
      switch (res) {
        case ADDED -> added++;
        case REVISED -> revised++;
        case UNCHANGED -> unchanged++;
        default -> throw new IllegalStateException();
      }
    }
    buffer.clear();
  }

  /**
   * Stores an already analysed record (from {@code sitrep analyze -o}), skipping stored content. A record
   * whose id an earlier record of this run had, with other content, is refused (counted as failed, with a
   * message), since its event ids repeat the first one's: it would silently replace it.
   */
  public void acceptRecord(ArticleRecord r) {
    read++;
    if (r.failed()) {
      store.recordError(r.docId(), r.docId(), r.errors().get(0));
      failed++;
      return;
    }
    String hash = ContentHash.of(r);
    String before = recordIds.putIfAbsent(r.docId(), hash);
    if (before != null) {
      if (!before.equals(hash)) {
        failed++;
        log.accept("record refused (doc_id " + r.docId() + "): an earlier record of this run has that id with other"
            + " content; give each record its own id ('sitrep analyze' writes a repeated id as " + r.docId() + "~2)");
      } else {
        unchanged++;
      }
      return;
    }
    buffer.add(new SitrepStore.Item(r, hash));
    if (buffer.size() >= batch) {
      storeBuffer();
    }
  }

  /** Waits for what is in flight, stores it and commits the search index. */
  public Report finish() {
    while (!inFlight.isEmpty()) {
      storeOldest();
    }
    storeBuffer();
    store.flush();
    if (added + revised > 0) {
      store.checkpoint();
    }
    return new Report(read, added, revised, unchanged, failed, stale);
  }

  @Override
  public void close() {
    finish();
    pool.shutdownNow();
  }
}
