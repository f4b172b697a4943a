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
 *   <li>{@code pass STORED [incremental|relinking] [PASSES]}: a store of STORED articles (the fake analyser's, over
 *   {@code -Ddays=30} days, all in the window), then PASSES passes each bringing 4 new reports through a folder; prints each
 *   pass's time (poll / store / link and rules / save) with the linker given.</li>
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
    } else if (args.length > 0 && args[0].equals("pass")) {
      passes(dir, args.length > 1 ? Integer.parseInt(args[1]) : 300, args.length > 2 ? args[2] : "incremental",
          args.length > 3 ? Integer.parseInt(args[3]) : 5);
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
    cfg.append("], \"link\": {\"window_days\": 1, \"max_articles\": " + Integer.getInteger("max", 600)
        + ", \"store_stories\": \"" + System.getProperty("stories", "incremental") + "\", \"store_stories_every\": \""
        + System.getProperty("storiesEvery", "0s") + "\"},"
        + " \"alerts\": {\"rules\": [{\"name\": \"new\", \"on\": \"new_incident\"}, {\"name\": \"tolls\", \"on\":"
        + " \"revised_toll\"}, {\"name\": \"disputes\", \"on\": \"disagreement\"}]}}");
    SimClock clock = new SimClock(Instant.parse("2020-02-03T00:00:00Z").toEpochMilli());
    System.out.println("step\tsim_time\tarticles\twindow\talerts\tpass_ms (poll/store/link/stories/save)\theap_MB");
    try (SitrepStore store = SitrepStore.open(dir.resolve("data"));
         Watcher w = new Watcher(WatchConfig.parse(cfg.toString(), "bench", dir), new StoreGateway(store),
             IncidentLinker.standard(), FakeNews::analyze, 2, clock, m -> { })) {
      int n = 0;
      long alerts = 0;
      long passMs = 0;
      long[] parts = new long[5];
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
        parts[3] += p.storiesMs();
        parts[4] += p.saveMs();
        passMs += (System.nanoTime() - t0) / 1_000_000;
        if (step % every == 0) {
          System.out.printf("%d\t%dh\t%d\t%d\t%d\t%d (%d/%d/%d/%d/%d)\t%.1f%n", step, step / 30, n, w.windowSize(),
              alerts, passMs / every, parts[0] / every, parts[1] / every, parts[2] / every, parts[3] / every,
              parts[4] / every, heapAfterGc() / 1e6);
          passMs = 0;
          java.util.Arrays.fill(parts, 0);
        }
      }
    } finally {
      servers.forEach(FeedServer::close);
    }
  }

  /** One synthetic report: {@code n}-th, of incident {@code incident}, on {@code day}. */
  static ArticleRecordLine report(int n, int incident, String day) {
    String[] actors = {"SYR", "TUR", "RUS", "UKR", "COD", "RWA"};
    String a = actors[Math.floorMod(incident, actors.length)];
    String r = actors[Math.floorMod(incident / actors.length + 1 + incident, actors.length)];
    if (r.equals(a)) {
      r = actors[(Math.floorMod(incident, actors.length) + 1) % actors.length];
    }
    String town = TOWNS[Math.floorMod(incident / 7, TOWNS.length)];
    String text = FakeNews.text("ASSAULT", a, r, town, 3 + n % 9) + " Incident " + incident + " on " + day + ".";
    return new ArticleRecordLine("b" + n, "Outlet " + n % 5, day, "Report " + n + " from " + town, text);
  }

  record ArticleRecordLine(String id, String source, String day, String title, String text) {
    org.sitrep.core.model.ArticleRecord record() {
      return FakeNews.analyze(new Article(id, text, source, "https://news.example/" + id, title, day, "en", id));
    }

    String jsonl() {
      return FakeNews.jsonl(id, source, day, title, text);
    }
  }

  static void passes(Path dir, int stored, String linking, int passes) throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    String cfg = "{\"folders\": [{\"path\": \"" + inbox + "\", \"interval\": \"1ms\", \"settle\": \"1ms\"}],"
        + " \"link\": {\"window_days\": 400, \"max_articles\": 100000, \"store_stories_every\": \"1d\"},"
        + " \"alerts\": {\"rules\": [{\"name\": \"new\", \"on\": \"new_incident\"}, {\"name\": \"tolls\", \"on\":"
        + " \"revised_toll\"}, {\"name\": \"disputes\", \"on\": \"disagreement\"}]}}";
    java.time.LocalDate start = java.time.LocalDate.of(2020, 3, 1);
    int days = Integer.getInteger("days", 30);
    int perDay = Math.max(1, (stored + days - 1) / days);
    try (SitrepStore store = SitrepStore.open(dir.resolve("data"))) {
      StoreGateway gw = new StoreGateway(store);
      List<StoreGateway.Analysed> batch = new ArrayList<>();
      for (int n = 0; n < stored; n++) {
        // three reports an incident, on its day
        var r = report(n, n / 3, start.plusDays(n / perDay).toString()).record();
        batch.add(new StoreGateway.Analysed(r, gw.hash(r)));
      }
      gw.put(batch);
      gw.flush();
      var settings = org.sitrep.link.LinkSettings.defaults();
      IncidentLinker linker = linking.equals("relinking") ? IncidentLinker.relinking(settings)
          : IncidentLinker.incremental(settings);
      long t0 = System.nanoTime();
      try (Watcher w = new Watcher(WatchConfig.parse(cfg, "bench", dir), gw, linker, FakeNews::analyze, 2,
          Clock.systemUTC(), m -> { })) {
        long t1 = System.nanoTime();
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int incidents = w.baseline();
        long baseCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        System.out.printf("%s, %d articles stored: desk opened in %d ms, baseline (%d incidents) in %d ms (%d ms"
            + " CPU)%n", linking, w.windowSize(), (t1 - t0) / 1_000_000, incidents, (System.nanoTime() - t1) / 1_000_000,
            baseCpu);
        System.out.println("pass\twindow\tincidents\talerts\tpass_ms (poll/store/link/save)\tdesk_thread_cpu_ms");
        var threads = ManagementFactory.getThreadMXBean();
        int n = stored;
        for (int p = 1; p <= passes; p++) {
          for (int k = 0; k < 4; k++, n++) {
            // two follow-ups of the last days' incidents, two new incidents, on the newest day
            int incident = k < 2 ? (n - 6 * k) / 3 : 1_000_000 + n;
            ArticleRecordLine l = report(n, incident, start.plusDays(days - 1).toString());
            Path f = inbox.resolve(l.id() + ".jsonl");
            Files.writeString(f, l.jsonl() + "\n");
            Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
          }
          long t = System.nanoTime();
          long cpu = threads.getCurrentThreadCpuTime();
          Watcher.Pass pass = w.pass();
          cpu = threads.getCurrentThreadCpuTime() - cpu;
          System.out.printf("%d\t%d\t%d\t%d\t%d (%d/%d/%d/%d)\t%d%n", p, w.windowSize(), pass.incidents(),
              pass.alerts().size(), (System.nanoTime() - t) / 1_000_000, pass.pollMs(), pass.storeMs(), pass.linkMs(),
              pass.saveMs(), cpu / 1_000_000);
        }
      }
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
