package org.sitrep.server;

import io.javalin.Javalin;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.sitrep.watch.AlertRoutes;
import org.sitrep.watch.Watcher;

/**
 * The live desk inside the server ({@code sitrep serve --watch}): a {@link Watcher} on the server's own store, its
 * passes on a thread of their own, its alert routes ({@code /api/alerts}, {@code /api/alerts.atom},
 * {@code /api/alerts/stream}) on the server's app, so the dashboard gets alerts by server-sent events. Closing it
 * lets the pass in progress finish, relinks the store's stories if they are stale, closes the alert streams and
 * the journal (every alert of a finished pass is on disk before its state), in that order. On its first start over
 * a store that already holds articles (those the server ingested, say), it takes their incidents as they stand
 * ({@link Watcher#baseline}): alerts are for what arrives while it watches.
 */
public final class LiveDesk implements AutoCloseable {
  /** How long a pass that failed (a full disk, a store error) waits before the next try. */
  static final Duration RETRY = Duration.ofSeconds(30);
  /** How long closing waits for the pass in progress (a batch being analysed) before giving up on it. */
  static final Duration FINISH = Duration.ofMinutes(5);

  private final Watcher watcher;
  private final AlertRoutes routes;
  private final Consumer<String> log;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final Consumer<Watcher.Pass> each;
  private Thread thread;
  private boolean closed;

  /**
   * A desk over {@code watcher} (not started yet); {@code each} sees every pass (progress), {@code log} the desk's
   * messages. At most 32 alert streams at once.
   */
  public LiveDesk(Watcher watcher, Consumer<Watcher.Pass> each, Consumer<String> log) {
    this.watcher = watcher;
    this.each = each;
    this.log = log;
    this.routes = new AlertRoutes(watcher.journal(), 32);
  }

  /** Adds the alert routes to the server's app (before it starts). */
  void mount(Javalin app) {
    routes.mount(app);
  }

  /** Starts the webhooks and the passes (once; the server calls this when it starts listening). */
  synchronized void start() {
    if (thread != null || closed) {
      return;
    }
    watcher.startWebhooks();
    thread = new Thread(this::loop, "sitrep-desk");
    thread.start();
  }

  private void loop() {
    try {
      int n = watcher.baseline();
      if (n > 0) {
        log.accept("first start over this store: its " + n + " incidents are taken as they stand; alerts are"
            + " raised for what arrives from now on");
      }
    } catch (RuntimeException e) {
      log.accept("taking the store's incidents as they stand failed: " + e.getMessage() + "; they count as new");
    }
    while (!stop.get()) {
      try {
        watcher.run(stop::get, each);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // the server goes on serving; the desk tries again (a pass stores nothing half-way)
        log.accept("a pass failed: " + e.getMessage() + "; the next try is in " + RETRY.toSeconds() + " s");
        long until = System.currentTimeMillis() + RETRY.toMillis();
        while (!stop.get() && System.currentTimeMillis() < until) {
          try {
            Thread.sleep(200);
          } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }
  }

  /** Whether the passes are running. */
  public boolean running() {
    Thread t = thread;
    return t != null && t.isAlive();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    stop.set(true);
    if (thread != null) {
      try {
        thread.join(FINISH.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (thread.isAlive()) {
        log.accept("the pass in progress did not finish within " + FINISH.toMinutes() + " min; stopping without it"
            + " (its articles are read again on the next start)");
        thread.interrupt();
      } else {
        try {
          watcher.refreshStories();
        } catch (RuntimeException e) {
          log.accept("relinking the stories on the way out failed: " + e.getMessage() + " (the next start does it)");
        }
      }
    }
    routes.close();
    watcher.close();
  }
}
