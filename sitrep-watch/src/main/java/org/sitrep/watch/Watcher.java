package org.sitrep.watch;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.io.Inputs;
import org.sitrep.core.io.ReadOptions;
import org.sitrep.core.model.ArticleError;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.ErrorCodes;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.core.pipeline.Workers;

/**
 * The live desk: polls the configured folders and feeds, analyses each article whose content the store does not
 * hold yet, stores it, relinks the incidents of the current window, turns what changed into alerts through the
 * rules, journals them, and saves its state, in that order, once per pass. Killed anywhere and started again it
 * resumes: stored articles are skipped by content hash, articles stored but not yet linked are linked, and an
 * alert found again has the same id and is not raised twice. One thread drives {@link #pass}; analysis runs on
 * {@code threads} threads.
 */
public final class Watcher implements AutoCloseable {
  /**
   * What one pass did, and where its time went (ms: polling, analysing and storing, linking and rules, updating the
   * store's stories, journaling and saving).
   */
  public record Pass(int read, int stored, int failed, int incidents, List<Alert> alerts, long pollMs, long storeMs,
                     long linkMs, long storiesMs, long saveMs) {
  }

  private final WatchConfig config;
  private final StoreGateway store;
  private final IncidentLinker linker;
  private final ArticleAnalyzer analyzer;
  private final Clock clock;
  private final Consumer<String> log;
  private final ExecutorService pool;
  private final AlertJournal journal;
  private final Path stateFile;
  private final Map<String, WatchState.FeedCursor> feedCursors = new HashMap<>();
  private final Map<String, WatchState.FileCursor> fileCursors = new HashMap<>();
  private final List<FolderWatcher> folders = new ArrayList<>();
  private final List<FeedWatcher> feeds = new ArrayList<>();
  private final Window window;
  private Map<String, Incident> incidents = new LinkedHashMap<>();
  private Set<String> linked = new HashSet<>();
  private final WebhookSender webhooks;
  private final StoreStories stories;
  private long storiesDueAt;
  /** Whether the store may hold articles the store's stories do not reflect (true at start: a kill may have left some). */
  private volatile boolean storiesStale = true;

  public Watcher(WatchConfig config, StoreGateway store, IncidentLinker linker, ArticleAnalyzer analyzer, int threads,
                 Clock clock, Consumer<String> log) {
    this.config = config;
    this.store = store;
    this.linker = linker;
    this.analyzer = analyzer;
    this.clock = clock;
    this.log = log;
    this.pool = Workers.daemonPool("sitrep-watch-", Math.max(1, threads));
    Path dir = store.folder().resolve("watch");
    this.stateFile = dir.resolve("state.json");
    this.journal = new AlertJournal(dir.resolve("alerts.jsonl"), clock);
    WatchState s = WatchState.load(stateFile);
    feedCursors.putAll(s.feeds());
    fileCursors.putAll(s.files());
    incidents.putAll(s.incidents());
    linked.addAll(s.linked());
    Inputs inputs = Inputs.standard(ReadOptions.defaults());
    config.folders().forEach(f -> folders.add(new FolderWatcher(f, fileCursors, inputs, log)));
    var client = FeedWatcher.client(config.fetch());
    config.feeds().forEach(f -> feeds.add(new FeedWatcher(f, config.fetch(), client, feedCursors, log)));
    this.window = new Window(config.link().windowDays(), config.link().maxArticles());
    store.forEachArticle(r -> { // the window as the last run left it, trimmed as it is read: never the whole store
      window.put(r, store.hash(r));
      if (window.size() >= 2 * config.link().maxArticles()) {
        window.trim();
      }
    });
    window.trim();
    this.webhooks = config.webhooks().isEmpty() ? null
        : new WebhookSender(journal, config.webhooks(), dir.resolve("webhooks.json"), config.fetch(), log);
    this.stories = new StoreStories(store, org.sitrep.link.LinkSettings.defaults(),
        config.link().storeStoriesIncremental(),
        new StoreStories.Horizon(config.link().storeStoriesDays(), config.link().storeStoriesMaxArticles()));
    this.storiesDueAt = clock.millis();
  }

  /**
   * The desk as {@code sitrep watch} and {@code sitrep serve --watch} run it (the one place both build it): on
   * {@code store}, each stored article marked with {@code pipelineVersion}, the incremental linker with the
   * standard settings, the system clock.
   */
  public static Watcher open(WatchConfig config, org.sitrep.store.SitrepStore store, String pipelineVersion,
                             ArticleAnalyzer analyzer, int threads, Consumer<String> log) {
    return new Watcher(config, new StoreGateway(store, pipelineVersion), IncidentLinker.standard(), analyzer, threads,
        Clock.systemUTC(), log);
  }

  public AlertJournal journal() {
    return journal;
  }

  /** Starts delivering webhooks (if any are configured) on a thread of their own. */
  public Watcher startWebhooks() {
    if (webhooks != null) {
      webhooks.start();
    }
    return this;
  }

  /** Polls what is due, stores what is new, updates incidents and raises alerts; saves the state. */
  public Pass pass() {
    long now = clock.millis();
    long t0 = System.nanoTime();
    List<Found> found = new ArrayList<>();
    boolean polled = false;
    for (FolderWatcher f : folders) {
      if (now >= f.nextAt()) {
        found.addAll(f.poll(now));
      }
    }
    for (FeedWatcher f : feeds) {
      if (now >= f.nextAt()) {
        found.addAll(f.poll(now));
        polled = true;
      }
    }
    long t1 = System.nanoTime();
    int read = 0;
    int stored = 0;
    int failed = 0;
    // one transaction for the pass: a kill loses at most this pass, whose cursors are not saved either
    List<InputItem> todo = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Found f : found) {
      for (InputItem it : f.items()) {
        read++;
        if (!it.ok()) {
          store.error(it.docId(), it.origin(), it.error());
          failed++;
          log.accept(it.origin() + ": " + it.error().message());
          continue;
        }
        String h = store.hash(it.article());
        if (seen.add(h) && !store.has(h)) {
          todo.add(it);
          hashes.add(h);
        }
      }
    }
    List<Future<ArticleRecord>> results = new ArrayList<>();
    todo.forEach(it -> results.add(pool.submit(() -> analyzer.analyze(it.article()))));
    List<StoreGateway.Analysed> batch = new ArrayList<>();
    for (int i = 0; i < todo.size(); i++) {
      ArticleRecord r = result(todo.get(i), results.get(i));
      if (r.failed()) {
        store.error(todo.get(i).docId(), todo.get(i).origin(), r.errors().get(0));
        failed++;
        log.accept(todo.get(i).origin() + ": " + r.errors().get(0).message());
      } else {
        batch.add(new StoreGateway.Analysed(r, hashes.get(i)));
      }
    }
    List<Boolean> added = store.put(batch);
    for (int i = 0; i < batch.size(); i++) {
      if (added.get(i)) {
        stored++;
        ArticleRecord r = batch.get(i).record();
        window.put(r, store.hash(r));
      }
    }
    found.forEach(f -> f.onStored().run());
    if (stored > 0) {
      store.flush();
    }
    window.trim();
    long t2 = System.nanoTime();
    List<Alert> raised = List.of();
    Map<String, String> current = window.hashes();
    Set<String> fresh = new HashSet<>();
    current.forEach((doc, h) -> {
      if (!linked.contains(h)) {
        fresh.add(doc);
      }
    });
    boolean changed = !found.isEmpty() || polled;
    AlertRules.Outcome o = fresh.isEmpty() ? null : relink(fresh);
    if (stored > 0) {
      storiesStale = true;
    }
    long t3 = System.nanoTime();
    // the store's stories before the alerts go out: an alert's incident can be opened, and the dashboard's refresh
    // on an alert shows the storylines with it
    if (storiesStale && clock.millis() >= storiesDueAt) {
      syncStories();
    }
    long t4 = System.nanoTime();
    if (o != null) {
      boolean upToDate = !storiesStale; // the alert names its incident's story in the store, if that is up to date
      List<Alert> named = o.alerts().stream().map(a -> a.withStory(upToDate ? stories.storyOf(a.incident()) : null))
          .toList();
      raised = journal.append(named); // on disk before the state that says they are done
      incidents = new LinkedHashMap<>(o.incidents());
      linked = new HashSet<>(current.values());
      changed = true;
    }
    if (changed) {
      saveState();
    }
    long t5 = System.nanoTime();
    return new Pass(read, stored, failed, incidents.size(), raised, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
        (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000);
  }

  /**
   * On a desk's first start over a store that already holds articles (no state saved yet), takes the incidents
   * of the window as they stand, without alerts, and saves the state: only what arrives from now on raises
   * any (the new-incident rules an incident already matches count as fired). Does nothing once a state is saved,
   * so a desk killed and restarted still raises what it had not. Returns the incidents taken.
   */
  public int baseline() {
    if (java.nio.file.Files.exists(stateFile) || window.size() == 0) {
      return 0;
    }
    Map<String, String> current = window.hashes();
    incidents = new LinkedHashMap<>(relink(current.keySet()).incidents());
    linked = new HashSet<>(current.values());
    saveState();
    return incidents.size();
  }

  /** Links the window, tracks its incidents against those known, with {@code fresh} the new documents. */
  private AlertRules.Outcome relink(Set<String> fresh) {
    List<StoryRecord> stories = linker.link(window.byDoc(), window.hashes());
    IncidentTracker.Result r = IncidentTracker.update(stories, window.byDoc(), fresh, incidents);
    return AlertRules.apply(config.rules(), r, window.byDoc());
  }

  private void saveState() {
    new WatchState(feedCursors, fileCursors, incidents, linked.stream().sorted().toList()).save(stateFile);
  }

  /**
   * Brings the store's stories (the dashboard's incidents and storylines) up to date with every stored article, if
   * anything was stored since they last were: incrementally ({@link StoreStories}), the same stories as relinking
   * the whole store. Safe to call from another thread (a server's {@code POST /api/articles}) while passes run.
   */
  public void refreshStories() {
    if (storiesStale) {
      syncStories();
    }
  }

  /** Articles stored by someone else than the desk (an ingest, a POST): the next pass (or refresh) takes them. */
  public void storiesChanged() {
    storiesStale = true;
  }

  private synchronized void syncStories() {
    storiesStale = false; // before: what is stored while the sync runs makes them stale again
    try {
      stories.sync();
    } catch (RuntimeException e) {
      storiesStale = true;
      throw e;
    }
    storiesDueAt = clock.millis() + config.link().storeStories().toMillis();
  }

  private ArticleRecord result(InputItem it, Future<ArticleRecord> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing " + it.origin(), e);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof RuntimeException)) {
        throw new IllegalStateException("analysing " + it.origin() + " failed unexpectedly: " + e.getCause(), e.getCause());
      }
      return ArticleRecord.error(it.docId(), null, new ArticleError(ErrorCodes.STAGE_FAILED, it.origin()
          + ": analysis failed: " + e.getCause() + "; please report this with the article"));
    }
  }

  /** When the next source is due (epoch ms). */
  long nextDue() {
    long next = Long.MAX_VALUE;
    for (FolderWatcher f : folders) {
      next = Math.min(next, f.nextAt());
    }
    for (FeedWatcher f : feeds) {
      next = Math.min(next, f.nextAt());
    }
    return next;
  }

  /** Runs passes until {@code stop} says so, sleeping until the next source is due (checking stop every 200 ms). */
  public void run(BooleanSupplier stop, Consumer<Pass> each) throws InterruptedException {
    while (!stop.getAsBoolean()) {
      Pass p = pass();
      each.accept(p);
      long wait = Math.max(0, nextDue() - clock.millis());
      long until = clock.millis() + Math.min(wait, 60_000);
      while (!stop.getAsBoolean() && clock.millis() < until) {
        Thread.sleep(Math.max(1, Math.min(200, until - clock.millis())));
      }
    }
  }

  public int windowSize() {
    return window.size();
  }

  @Override
  public void close() {
    if (webhooks != null) {
      webhooks.close();
    }
    pool.shutdownNow();
    journal.close();
  }
}
