package org.sitrep.cli;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sitrep.core.json.Json;
import org.sitrep.engine.Engine;
import org.sitrep.store.SitrepStore;
import org.sitrep.watch.AlertRoutes;
import org.sitrep.watch.ArticleAnalyzer;
import org.sitrep.watch.WatchConfig;
import org.sitrep.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep watch CONFIG}: the live desk (docs/watch.md). */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Follow folders, RSS/Atom feeds and WARC drops (as CONFIG says, docs/watch.md), analyse each new"
        + " article once, store it, update incidents and raise alerts: one JSON line each on standard output, an"
        + " Atom feed and server-sent events (with --port), signed webhooks. Runs until stopped (Ctrl-C); killed"
        + " at any moment and started again, it resumes without duplicate articles or alerts.",
        "Exit status: 0 stopped, 2 usage or configuration error."})
public final class WatchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CONFIG", description = "The configuration file (JSON; see docs/watch.md).")
  Path config;

  @Option(names = "--data", paramLabel = "DIR", description = "The store folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("sitrep-data");

  @Option(names = "--port", paramLabel = "N", description = "Serve /api/alerts, /api/alerts.atom and"
      + " /api/alerts/stream on this port (0 picks a free one; default: no server).")
  Integer port;

  @Option(names = "--host", paramLabel = "ADDR", description = "Address to listen on (default ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--once", description = "One pass over every source, then exit (for cron).")
  boolean once;

  @Mixin
  EngineOptionsMixin engineOptions;

  @Override
  public Integer call() throws Exception {
    WatchConfig cfg = WatchConfig.load(config);
    var opts = engineOptions.engineOptions();
    boolean chatty = Terminal.interactive();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (SitrepStore store = SitrepStore.open(data)) {
      ArticleAnalyzer analyzer = analyzer(opts, !once);
      try (Watcher w = Watcher.open(cfg, store, PipelineVersion.of(opts.stages()), analyzer, engineOptions.threads(),
          msg -> System.err.println("sitrep watch: " + msg))) {
        w.journal().listen(a -> out.println(Json.line(a)));
        if (once) {
          report(w.pass(), true);
          w.refreshStories();
          return 0;
        }
        w.startWebhooks();
        AlertRoutes routes = new AlertRoutes(w.journal(), 32);
        Javalin app = null;
        if (port != null) {
          app = Javalin.create(c -> c.showJavalinBanner = false);
          routes.mount(app);
          app.start(host, port);
          System.err.println("sitrep watch: alerts at http://" + host + ":" + app.port() + "/api/alerts.atom and"
              + " /api/alerts/stream");
        }
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
          stop.set(true);
          try {
            done.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }, "sitrep-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        System.err.println("sitrep watch: watching " + cfg.folders().size() + " folder(s) and " + cfg.feeds().size()
            + " feed(s) into " + data + "; Ctrl-C stops");
        try {
          w.run(stop::get, p -> report(p, chatty));
          w.refreshStories();
        } finally {
          routes.close();
          if (app != null) {
            app.stop();
          }
          done.countDown();
        }
      }
    }
    return 0;
  }

  /** The engine, loaded now for a running desk (the first alert should not wait for the models), else on first use. */
  private static ArticleAnalyzer analyzer(org.sitrep.engine.EngineOptions opts, boolean eager) {
    if (eager) {
      System.err.println("sitrep watch: loading the analysis pipeline (CoreNLP models; about 20 s) ...");
      Engine engine = Engine.create(opts);
      return engine::analyze;
    }
    StoreSupport.LazyEngine lazy = new StoreSupport.LazyEngine(opts);
    return lazy::analyze;
  }

  static void report(Watcher.Pass p, boolean chatty) {
    if (chatty && (p.read() > 0 || !p.alerts().isEmpty())) {
      System.err.println("sitrep watch: " + p.read() + " read, " + p.stored() + " new, " + p.failed() + " failed; "
          + p.incidents() + " incidents in the window; " + p.alerts().size() + " alert(s)");
    }
  }
}
