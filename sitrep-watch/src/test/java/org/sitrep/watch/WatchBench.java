package org.sitrep.watch;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sitrep.core.doc.Article;
import org.sitrep.store.SitrepStore;

/**
 * Benchmarks of the desk (figures in docs/watch.md; not tests, nothing asserted):
 * <ul>
 *   <li>{@code latency [N]}: with the real engine loaded, N articles dropped into a folder and N items published on
 *   a local feed, one at a time; prints the time from the drop or publication to the new-incident alert.</li>
 *   <li>{@code memory [HOURS]}: a simulated feed traffic of HOURS hours (4 feeds, 2 items each per simulated
 *   2 minutes, compressed: one pass per step), with the fake analyser; prints heap after GC as it goes.</li>
 * </ul>
 * Run: {@code java -cp "$(cat cp.txt):sitrep-watch/target/classes:sitrep-watch/target/test-classes"
 * org.sitrep.watch.WatchBench memory 6}.
 */
public final class WatchBench {
  static final String[] TOWNS = {"Saraqib", "Aleppo", "Kharkiv", "Goma"};

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("watch-bench");
    if (args.length > 0 && args[0].equals("latency")) {
      latency(dir, args.length > 1 ? Integer.parseInt(args[1]) : 5);
    } else {
      memory(dir, args.length > 1 ? Integer.parseInt(args[1]) : 6);
    }
  }

  /** A clock the benchmark moves. */
  static final class SimClock extends Clock {
    volatile long millis;

    SimClock(long start) {
      millis = start;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }
  }

  static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    var mem = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return mem.getUsed();
  }

  static void memory(Path dir, int hours) throws Exception {
    int steps = hours * 30; // one step = 2 simulated minutes
    int every = Math.max(1, Integer.getInteger("every", 30));
    int feeds = 4;
    List<FeedServer> servers = new ArrayList<>();
    StringBuilder cfg = new StringBuilder("{\"feeds\": [");
    for (int f = 0; f < feeds; f++) {
      FeedServer s = new FeedServer();
      s.maxItems = 30;
      s.channel = "Outlet " + f;
      servers.add(s);
      cfg.append(f == 0 ? "" : ",").append("{\"name\": \"f").append(f).append("\", \"url\": \"").append(s.url())
          .append("\", \"interval\": \"2m\"}");
    }
    cfg.append("], \"link\": {\"window_days\": 1, \"max_articles\": " + Integer.getInteger("max", 600) + "},"
        + " \"alerts\": {\"rules\": [{\"name\": \"new\", \"on\": \"new_incident\"}, {\"name\": \"tolls\", \"on\":"
        + " \"revised_toll\"}, {\"name\": \"disputes\", \"on\": \"disagreement\"}]}}");
    SimClock clock = new SimClock(Instant.parse("2020-02-03T00:00:00Z").toEpochMilli());
    System.out.println("step\tsim_time\tarticles\twindow\talerts\tpass_ms (poll/store/link/save)\theap_MB");
    try (SitrepStore store = SitrepStore.open(dir.resolve("data"));
         Watcher w = new Watcher(WatchConfig.parse(cfg.toString(), "bench", dir), new StoreGateway(store),
             IncidentLinker.standard(), FakeNews::analyze, 2, clock, m -> { })) {
      int n = 0;
      long alerts = 0;
      long passMs = 0;
      long[] parts = new long[4];
      for (int step = 1; step <= steps; step++) {
        for (int f = 0; f < feeds; f++) {
          for (int k = 0; k < 2; k++) {
            n++;
            // about one report in three opens an incident; the others report an open one, tolls rising
            int incident = n % 3 == 0 ? n : n - n % 3 - 3 * (f % 2);
            String town = TOWNS[Math.floorMod(incident, TOWNS.length)];
            String day = Instant.ofEpochMilli(clock.millis()).toString().substring(0, 10);
            servers.get(f).publish("a" + n, "Report " + n + " from " + town, rfc1123(clock.millis()),
                FakeNews.text("ASSAULT", "SYR", "TUR", town, 3 + n % 7) + " Incident " + incident + ", " + day + ".", 0);
          }
        }
        clock.millis += Duration.ofMinutes(2).toMillis();
        long t0 = System.nanoTime();
        Watcher.Pass p = w.pass();
        alerts += p.alerts().size();
        parts[0] += p.pollMs();
        parts[1] += p.storeMs();
        parts[2] += p.linkMs();
        parts[3] += p.saveMs();
        passMs += (System.nanoTime() - t0) / 1_000_000;
        if (step % every == 0) {
          System.out.printf("%d\t%dh\t%d\t%d\t%d\t%d (%d/%d/%d/%d)\t%.1f%n", step, step / 30, n, w.windowSize(),
              alerts, passMs / every, parts[0] / every, parts[1] / every, parts[2] / every, parts[3] / every, heapAfterGc() / 1e6);
          passMs = 0;
          java.util.Arrays.fill(parts, 0);
        }
      }
    } finally {
      servers.forEach(FeedServer::close);
    }
  }

  static String rfc1123(long millis) {
    return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC));
  }

  static void latency(Path dir, int n) throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    try (FeedServer feed = new FeedServer()) {
      String cfg = "{\"folders\": [{\"path\": \"" + inbox + "\", \"interval\": \"1s\", \"settle\": \"200ms\"}],"
          + " \"feeds\": [{\"name\": \"wire\", \"url\": \"" + feed.url() + "\", \"interval\": \"2s\"}],"
          + " \"alerts\": {\"rules\": [{\"name\": \"new\", \"on\": \"new_incident\"}]}}";
      long t = System.nanoTime();
      var engine = org.sitrep.engine.Engine.create(org.sitrep.engine.EngineOptions.defaults());
      engine.analyze(new Article("warm", "Syrian forces shelled Turkish troops in Idlib on Monday, killing eight"
          + " soldiers.", "Warm", null, null, "2020-01-01", "en", "warm-up"));
      System.out.printf("models loaded and warm in %.1f s%n", (System.nanoTime() - t) / 1e9);
      Map<String, Long> seen = new ConcurrentHashMap<>();
      AtomicBoolean stop = new AtomicBoolean();
      try (SitrepStore store = SitrepStore.open(dir.resolve("data"));
           Watcher w = new Watcher(WatchConfig.parse(cfg, "bench", dir), new StoreGateway(store),
               IncidentLinker.standard(), engine::analyze, 2, Clock.systemUTC(), System.err::println)) {
        w.journal().listen(a -> a.reportedBy().forEach(d -> seen.putIfAbsent(d, System.nanoTime())));
        Thread desk = new Thread(() -> {
          try {
            w.run(stop::get, p -> { });
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
        desk.start();
        String[][] places = {{"Saraqib", "Syrian government", "Turkish"}, {"Kharkiv", "Russian", "Ukrainian"},
            {"Goma", "M23 rebels", "Congolese army"}, {"Mosul", "Islamic State", "Iraqi"}, {"Kidal", "Malian army",
            "Tuareg rebels"}, {"Marib", "Houthi", "Yemeni government"}};
        List<Double> folder = new ArrayList<>();
        List<Double> feedLat = new ArrayList<>();
        for (int i = 0; i < 2 * n; i++) {
          String[] p = places[i % places.length];
          String day = String.format("2020-03-%02d", 1 + i);
          String text = p[1] + " forces shelled " + p[2] + " positions near " + p[0] + " on " + day + ", killing "
              + (4 + i) + " soldiers, officials said. The attack on " + p[0] + " drew condemnation.";
          boolean viaFeed = i % 2 == 1;
          String id;
          long t0 = System.nanoTime();
          if (viaFeed) {
            feed.publish("item" + i, "Shelling near " + p[0], day.substring(0, 10) + "T10:00:00Z", text, 0);
            id = null;
          } else {
            id = "drop" + i;
            Files.writeString(inbox.resolve(id + ".jsonl"), FakeNews.jsonl(id, "Desk " + i, day, "Shelling near "
                + p[0], text) + "\n");
          }
          long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
          Long at = null;
          while (at == null && System.nanoTime() < end) {
            Thread.sleep(20);
            for (Map.Entry<String, Long> e : seen.entrySet()) {
              if (e.getValue() >= t0 && (id == null ? e.getKey().startsWith("wire-") : e.getKey().equals(id))) {
                at = e.getValue();
              }
            }
          }
          double s = at == null ? Double.NaN : (at - t0) / 1e9;
          (viaFeed ? feedLat : folder).add(s);
          System.out.printf("%s %d: %.2f s to its alert%n", viaFeed ? "feed item" : "file", i, s);
          seen.clear();
        }
        stop.set(true);
        desk.join(30_000);
        System.out.println("folder (interval 1 s, settle 0.2 s): " + folder);
        System.out.println("feed (interval 2 s): " + feedLat);
      }
    }
  }
}
