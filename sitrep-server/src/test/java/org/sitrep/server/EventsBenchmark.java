package org.sitrep.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.core.io.InputItem;
import org.sitrep.store.Fixtures;
import org.sitrep.store.Ingestor;
import org.sitrep.store.SitrepStore;

/**
 * Not a test: a load benchmark of {@code GET /api/events?type=ASSAULT} against 127.0.0.1 on a store of
 * synthetic events. Bounded in requests and time; prints requests/s and latency percentiles.
 *
 * <pre>java -cp ... org.sitrep.server.EventsBenchmark [STORE_DIR] [ARTICLES=5100] [CLIENTS=4] [REQUESTS=6000]
 *     [PATH=/api/events?type=ASSAULT] [CACHE_ENTRIES=0]</pre>
 *
 * REQUESTS=0 serves on 127.0.0.1:18181 for three minutes instead, for {@code wrk} in another process.
 *
 * An existing STORE_DIR is reused (the synthetic ingest of 5,100 articles, about 10,200 events, takes a minute).
 */
public final class EventsBenchmark {
  public static void main(String[] args) throws Exception {
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("sitrep-bench");
    int articles = args.length > 1 ? Integer.parseInt(args[1]) : 5100;
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    int requests = args.length > 3 ? Integer.parseInt(args[3]) : 6000;
    String path = args.length > 4 ? args[4] : "/api/events?type=ASSAULT";
    int cache = args.length > 5 ? Integer.parseInt(args[5]) : 0;
    try (SitrepStore store = SitrepStore.open(dir)) {
      long t0 = System.nanoTime();
      try (Ingestor in = new Ingestor(store, Fixtures::analyze, 1, m -> { })) {
        for (int i = 0; i < articles; i++) {
          in.accept(InputItem.of(Fixtures.article(i)));
        }
        System.out.printf("ingest: %s in %.1f s%n", in.finish(), (System.nanoTime() - t0) / 1e9);
      }
      System.out.println("store: " + store.rowCounts());
      try (SitrepServer server = new SitrepServer(store, ServerOptions.readOnly().withCache(cache))) {
        int port = server.start("127.0.0.1", requests == 0 ? 18181 : 0);
        if (requests == 0) { // serve for an outside load generator (wrk) for at most 3 minutes
          System.out.println("serving on http://127.0.0.1:" + port + path + " (cache " + cache + ")");
          System.out.flush();
          Thread.sleep(180_000);
          return;
        }
        URI uri = URI.create("http://127.0.0.1:" + port + path);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
        HttpResponse<String> first = http.send(req, HttpResponse.BodyHandlers.ofString());
        System.out.printf("response: %d, %d bytes%n", first.statusCode(), first.body().length());
        run(http, req, clients, Math.max(200, requests / 10), 20); // warm-up
        List<Long> lat = run(http, req, clients, requests, 120);
        report(path, clients, lat);
      }
    }
  }

  static List<Long> run(HttpClient http, HttpRequest req, int clients, int requests, int maxSeconds) throws Exception {
    AtomicInteger left = new AtomicInteger(requests);
    long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<List<Long>>> fs = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      fs.add(pool.submit(() -> {
        List<Long> mine = new ArrayList<>();
        while (left.getAndDecrement() > 0 && System.nanoTime() < deadline) {
          long t = System.nanoTime();
          HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() != 200) {
            throw new IllegalStateException("status " + r.statusCode() + ": " + r.body());
          }
          mine.add(System.nanoTime() - t);
        }
        return mine;
      }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> f : fs) {
      all.addAll(f.get());
    }
    pool.shutdown();
    all.add(0, System.nanoTime() - start); // first element: wall time
    return all;
  }

  static void report(String path, int clients, List<Long> lat) {
    long wall = lat.remove(0);
    Collections.sort(lat);
    int n = lat.size();
    System.out.printf("GET %s: %d requests, %d clients, %.1f s: %.0f requests/s; latency ms p50 %.1f p90 %.1f"
            + " p99 %.1f max %.1f%n", path, n, clients, wall / 1e9, n / (wall / 1e9), lat.get(n / 2) / 1e6,
        lat.get((int) (n * 0.9)) / 1e6, lat.get((int) (n * 0.99)) / 1e6, lat.get(n - 1) / 1e6);
  }
}
