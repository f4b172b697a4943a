package org.sitrep.server;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sitrep.core.doc.Article;
import org.sitrep.core.json.Json;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineOptions;
import org.sitrep.store.SitrepStore;
import org.sitrep.watch.IncidentLinker;
import org.sitrep.watch.StoreGateway;
import org.sitrep.watch.WatchConfig;
import org.sitrep.watch.Watcher;

/**
 * Latency of {@code sitrep serve --watch} as the dashboard sees it (a benchmark, not a test; figures in
 * docs/watch.md): the server runs the desk with the real engine (loaded and warmed first), a client follows
 * {@code /api/alerts/stream} as the dashboard's EventSource does, and N articles (written for this benchmark) are
 * dropped into the watched folder one at a time (written aside, then moved in); for each, the time from the move
 * to its alert event arriving on the stream. A second argument P first stores P synthetic articles (the store's
 * stub analyser, dated in the same weeks), so that the desk links each drop within a window of P articles. Run:
 * {@code java -Xmx3g -Xss8m -cp "$(cat cp.txt):sitrep-server/target/classes:sitrep-server/target/test-classes"
 * org.sitrep.server.LiveDeskBench 6}.
 */
public final class LiveDeskBench {
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    int preload = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    Path dir = Files.createTempDirectory("live-desk-bench");
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    long t = System.nanoTime();
    Engine engine = Engine.create(EngineOptions.defaults());
    engine.analyze(new Article("warm", "Government forces shelled rebel positions near the border town on Monday,"
        + " killing six fighters.", "Warm", null, null, "2021-01-01", "en", "warm-up"));
    System.out.printf("models loaded and warm in %.1f s%n", (System.nanoTime() - t) / 1e9);
    WatchConfig cfg = WatchConfig.parse("{\"folders\": [{\"path\": \"inbox\", \"interval\": \"1s\", \"settle\":"
        + " \"200ms\"}], \"link\": {\"window_days\": 90}, \"alerts\": {\"rules\": [{\"name\": \"new\", \"on\":"
        + " \"new_incident\"}]}}", "bench", dir);
    String[][] scenes = {{"Mosul", "Iraqi troops", "Islamic State fighters"}, {"Goma", "M23 rebels", "Congolese soldiers"},
        {"Kidal", "the Malian army", "Tuareg rebels"}, {"Marib", "Houthi forces", "Yemeni government troops"},
        {"Kharkiv", "Russian forces", "Ukrainian positions"}, {"Saraqib", "Syrian government forces", "Turkish troops"}};
    try (SitrepStore store = SitrepStore.open(dir.resolve("data"))) {
      for (int i = 0; i < preload; i++) {
        store.put(org.sitrep.store.Fixtures.analyze(org.sitrep.store.Fixtures.article(i)));
      }
      store.flush();
      LiveDesk desk = new LiveDesk(new Watcher(cfg, new StoreGateway(store), IncidentLinker.standard(), engine::analyze,
          2, Clock.systemUTC(), System.err::println), p -> {
            if (!p.alerts().isEmpty()) {
              System.out.printf("  its pass: poll %d, analyse and store %d, link window %d, store's stories %d, journal"
                  + " and save %d ms%n", p.pollMs(), p.storeMs(), p.linkMs(), p.storiesMs(), p.saveMs());
            }
          }, System.err::println);
      SitrepServer server = new SitrepServer(store, ServerOptions.readOnly(), desk);
      int port = server.start("127.0.0.1", 0);
      BlockingQueue<String[]> events = new LinkedBlockingQueue<>(); // {reported_by..., arrival ns}
      Thread reader = follow("http://127.0.0.1:" + port + "/api/alerts/stream", events);
      if (preload > 0) { // the desk takes the stored incidents as they stand before its first pass
        long b = System.nanoTime();
        while (!Files.exists(dir.resolve("data").resolve("watch").resolve("state.json"))) {
          Thread.sleep(100);
        }
        System.out.printf("%d stored articles taken as they stand in %.1f s%n", preload, (System.nanoTime() - b) / 1e9);
      }
      List<Double> lat = new ArrayList<>();
      try {
        for (int i = 0; i < n; i++) {
          String[] s = scenes[i % scenes.length];
          String id = "bench-" + i;
          String day = String.format("2020-02-%02d", 1 + i);
          String text = s[1] + " attacked " + s[2] + " near " + s[0] + " on " + day + ", killing " + (3 + i)
              + " people, local officials said. The fighting near " + s[0] + " continued into the evening.";
          var o = Json.mapper().createObjectNode();
          o.put("id", id).put("text", text).put("date", day).put("source", "Bench Wire").put("title", "Fighting near " + s[0]);
          Path aside = inbox.resolve(id + ".jsonl.part");
          Files.writeString(aside, o + "\n");
          long t0 = System.nanoTime();
          Files.move(aside, inbox.resolve(id + ".jsonl"));
          Double got = null;
          String story = null;
          long end = t0 + TimeUnit.SECONDS.toNanos(120);
          while (got == null && System.nanoTime() < end) {
            String[] e = events.poll(200, TimeUnit.MILLISECONDS);
            if (e != null && e[0].contains("\"" + id + "\"")) {
              got = (Long.parseLong(e[1]) - t0) / 1e9;
              var m = java.util.regex.Pattern.compile("\"story_id\":\"([^\"]+)\"").matcher(e[0]);
              story = m.find() ? m.group(1) : null;
            }
          }
          lat.add(got);
          System.out.printf("file %d: %s s from the drop to its alert on the event stream (its story in the store: %s)%n",
              i, got == null ? "no alert within 120" : String.format("%.2f", got), story);
          events.clear();
        }
      } finally {
        reader.interrupt();
        long c = System.nanoTime();
        server.close();
        System.out.printf("server and desk stopped in %.2f s%n", (System.nanoTime() - c) / 1e9);
      }
      System.out.println("latencies (s): " + lat);
    }
  }

  /** Follows an event stream; each alert's data line and its arrival time (ns) go to out. */
  static Thread follow(String url, BlockingQueue<String[]> out) throws Exception {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setRequestProperty("Accept", "text/event-stream");
    if (c.getResponseCode() != 200) {
      throw new IllegalStateException("the stream answered " + c.getResponseCode());
    }
    Thread th = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8))) {
        String l;
        while ((l = r.readLine()) != null) {
          if (l.startsWith("data:")) {
            out.add(new String[] {l, Long.toString(System.nanoTime())});
          }
        }
      } catch (java.io.IOException e) {
        // closed
      }
    }, "bench-stream");
    th.setDaemon(true);
    th.start();
    return th;
  }
}
