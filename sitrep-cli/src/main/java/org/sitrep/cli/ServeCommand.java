package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.server.Access;
import org.sitrep.server.ApiToken;
import org.sitrep.server.LiveDesk;
import org.sitrep.server.ServerOptions;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.Ingestor;
import org.sitrep.store.SitrepStore;
import org.sitrep.watch.WatchConfig;
import org.sitrep.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep serve [INPUT...]}: ingest, then serve the API and dashboard. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Ingest the inputs (default: the bundled examples) into the store, then serve the REST API"
        + " (/api, described at /api/openapi.json) and the dashboard (/) until stopped with Ctrl-C.",
        "Already stored articles are skipped, so restarting is quick."})
public final class ServeCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Articles to ingest first (files, folders);"
      + " default: the bundled examples.")
  List<String> inputs;

  @Option(names = "--data", paramLabel = "DIR", description = "The store folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("sitrep-data");

  @Option(names = "--port", paramLabel = "N", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(names = "--host", paramLabel = "ADDR", description = "Address to listen on (default ${DEFAULT-VALUE},"
      + " this machine only).")
  String host = "127.0.0.1";

  @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body accepted (default ${DEFAULT-VALUE}).")
  long maxBody = ServerOptions.DEFAULT_MAX_BODY;

  @Option(names = "--token-file", paramLabel = "FILE", description = "The API token (writes need it) is in FILE;"
      + " else the environment variable SITREP_TOKEN; else one is generated into DATA/api-token on first start."
      + " A --host beyond this machine needs FILE or SITREP_TOKEN.")
  Path tokenFile;

  @Option(names = "--auth-reads", description = "Reads of /api need the token too (except /api/health).")
  boolean authReads;

  @Option(names = "--allowed-host", paramLabel = "NAME", description = "A host name the server answers to besides"
      + " localhost and IP addresses (DNS-rebinding protection); repeat for more; * for any (behind a proxy that"
      + " checks Host).")
  List<String> allowedHosts = new java.util.ArrayList<>();

  @Option(names = "--write-rate", paramLabel = "N", description = "Writes accepted per minute, all clients together"
      + " (default ${DEFAULT-VALUE}).")
  int writeRate = Access.DEFAULT_WRITES_PER_MINUTE;

  @Option(names = "--watch", paramLabel = "CONFIG", description = "Also run the live desk (as 'sitrep watch CONFIG'"
      + " does, docs/watch.md) in this server: new articles from its folders and feeds are stored and linked, its"
      + " alerts reach the dashboard (server-sent events at /api/alerts/stream, /api/alerts, /api/alerts.atom)."
      + " One engine serves both; Ctrl-C stops both, the desk after its pass in progress.")
  Path watchConfig;

  @Option(names = "--no-ingest", description = "Serve the store as it is.")
  boolean noIngest;

  @Option(names = "--reanalyze", description = "Analyse the inputs again even where stored by this pipeline version"
      + " (inputs stored by another version are re-analysed anyway).")
  boolean reanalyze;

  @Mixin
  EngineOptionsMixin engineOptions;

  @Override
  public Integer call() throws Exception {
    var read = engineOptions.readOptions();
    // access first: a refused configuration stops before any work
    boolean local = ApiToken.loopback(host);
    if (!local && tokenFile == null && (System.getenv(ApiToken.ENV) == null || System.getenv(ApiToken.ENV).isBlank())) {
      throw new IllegalArgumentException("--host " + host + " listens beyond this machine: set the API token with"
          + " --token-file FILE or the environment variable " + ApiToken.ENV + " (and see docs/api.md, Security)");
    }
    // a bad desk configuration stops before any work too
    WatchConfig desk = watchConfig == null ? null : WatchConfig.load(watchConfig);
    ApiToken token = ApiToken.resolve(tokenFile, System.getenv(ApiToken.ENV), data);
    Access access = new Access(token.token(), authReads, new java.util.TreeSet<>(allowedHosts), writeRate);
    SitrepStore store = SitrepStore.open(data);
    // one engine (the models load once) for the ingest, POST /api/articles and the desk
    StoreSupport.LazyEngine analyzer = new StoreSupport.LazyEngine(engineOptions.engineOptions());
    if (!noIngest) {
      List<String> in = inputs == null || inputs.isEmpty() ? List.of(StoreSupport.examples().toString()) : inputs;
      Ingestor.Report rep = IngestCommand.ingest(store, in, false, reanalyze, engineOptions, read, analyzer);
      System.err.println("sitrep serve: " + rep);
      IngestCommand.finishStories(store, null, false);
    }
    LiveDesk live = null;
    Runnable afterWrite = () -> StoreSupport.relink(store);
    if (desk != null) {
      boolean chatty = Terminal.interactive();
      Watcher w = Watcher.open(desk, store, analyzer.version(), analyzer::analyze, engineOptions.threads(),
          m -> System.err.println("sitrep watch: " + m));
      live = new LiveDesk(w, p -> WatchCommand.report(p, chatty), m -> System.err.println("sitrep watch: " + m));
      // a posted article's story is updated by the desk's incremental linker (one writer of the store's stories)
      afterWrite = () -> {
        w.storiesChanged();
        w.refreshStories();
      };
      // the models load while the server starts, so the first article dropped does not wait for them
      Thread warm = new Thread(analyzer::load, "sitrep-engine-load");
      warm.setDaemon(true);
      warm.start();
    }
    SitrepServer server = new SitrepServer(store, new ServerOptions(analyzer, afterWrite, maxBody)
        .withAccess(access), live);
    int actual = server.start(host, port);
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
      stop.countDown();
    }, "sitrep-shutdown"));
    var rows = store.rowCounts();
    String shown = host.equals("127.0.0.1") || host.equals("0.0.0.0") ? "localhost" : host;
    System.out.println("sitrep: serving " + rows.get("articles") + " articles, " + rows.get("events") + " events, "
        + rows.get("stories") + " stories at http://" + shown + ":" + actual + "/  (API: /api/openapi.json; Ctrl-C stops)");
    if (token.generated()) {
      System.out.println("sitrep: API token for writes (POST /api/articles, header 'Authorization: Bearer TOKEN'),"
          + " generated into " + token.source() + ": " + token.token());
    } else {
      System.out.println("sitrep: API token from " + token.source() + (authReads ? " (reads need it too)" : ""));
    }
    if (desk != null) {
      System.out.println("sitrep: watching " + desk.folders().size() + " folder(s) and " + desk.feeds().size()
          + " feed(s) (" + watchConfig + "); alerts at /api/alerts.atom and /api/alerts/stream");
    }
    System.out.flush();
    stop.await();
    return 0;
  }
}
