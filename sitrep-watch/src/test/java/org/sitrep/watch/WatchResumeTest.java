package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.SitrepStore;

/**
 * A desk killed with SIGKILL half-way and started again ends with the store and the alert journal of a run that
 * was never interrupted: every article stored once, every alert raised once, none missing; the webhook got
 * every alert (at least once: at most the one in flight at the kill twice).
 */
class WatchResumeTest {
  static final int N = 40;
  static final String[][] INCIDENTS = {{"SYR", "TUR", "Saraqib"}, {"RUS", "UKR", "Kharkiv"}, {"COD", "RWA", "Goma"},
      {"SYR", "TUR", "Aleppo"}};
  static final String[] OUTLETS = {"Wire A", "Daily B", "Radio C"};

  /** Article i as a JSONL file: incident i % 4, a toll that grows as reports come in. */
  static void writeInbox(Path inbox) throws Exception {
    Files.createDirectories(inbox);
    for (int i = 0; i < N; i++) {
      String[] inc = INCIDENTS[i % INCIDENTS.length];
      String text = FakeNews.text("ASSAULT", inc[0], inc[1], inc[2], 5 + i / 4);
      Files.writeString(inbox.resolve(String.format("r%02d.jsonl", i)), FakeNews.jsonl(String.format("r%02d", i),
          OUTLETS[i % OUTLETS.length], "2020-02-0" + (3 + i / 20), "Report " + i + " from " + inc[2], text) + "\n");
    }
  }

  static Path config(Path dir, Path inbox, String hook) throws Exception {
    Path cfg = dir.resolve("desk.json");
    Files.writeString(cfg, """
        {"folders": [{"path": "%s", "interval": "1ms", "settle": "1ms", "batch": 2}],
         "alerts": {"rules": [{"name": "new", "on": "new_incident"}, {"name": "tolls", "on": "revised_toll"},
                              {"name": "disputes", "on": "disagreement"}]%s}}
        """.formatted(inbox, hook == null ? "" : ", \"webhooks\": [{\"url\": \"" + hook + "\", \"secret\": \""
        + WatchEndToEndTest.SECRET + "\"}]"));
    return cfg;
  }

  /** Runs passes in this process until a pass reads nothing, then brings the store's stories up to date (as a stop does). */
  static void runToEnd(Path cfg, Path data, boolean webhooks, WatchEndToEndTest.Receiver hook, long expected)
      throws Exception {
    try (SitrepStore store = SitrepStore.open(data);
         Watcher w = new Watcher(WatchConfig.load(cfg), new StoreGateway(store), IncidentLinker.standard(),
             FakeNews::analyze, 2, Clock.systemUTC(), System.err::println)) {
      if (webhooks) {
        w.startWebhooks();
      }
      for (int i = 0; i < 200; i++) {
        Thread.sleep(5);
        if (w.pass().read() == 0 && i > 0) {
          break;
        }
      }
      w.refreshStories();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (webhooks && new HashSet<>(hook.received.stream().map(a -> a.get("id").asText()).toList()).size() < expected
          && System.nanoTime() < end) {
        Thread.sleep(100);
      }
    }
  }

  static List<String> journal(Path data) throws Exception {
    return Files.readAllLines(data.resolve("watch").resolve("alerts.jsonl")).stream()
        .map(l -> org.sitrep.core.json.Json.read(l, Alert.class)).map(a -> a.seq() + " " + a.kind() + " " + a.id())
        .toList();
  }

  static Map<String, Long> rows(Path data) {
    try (SitrepStore s = SitrepStore.open(data)) {
      return s.rowCounts();
    }
  }

  @Test
  void watch_killedAndRestarted_storesAndAlertsEverythingOnce(@TempDir Path dir) throws Exception {
    Path inbox = dir.resolve("inbox");
    writeInbox(inbox);
    // the reference: the same inputs, never interrupted
    Path refData = dir.resolve("ref");
    runToEnd(config(Files.createDirectories(dir.resolve("ref-cfg")), inbox, null), refData, false, null, 0);
    List<String> reference = journal(refData);
    assertTrue(reference.stream().anyMatch(a -> a.contains("revised_toll")), reference.toString());

    try (WatchEndToEndTest.Receiver hook = new WatchEndToEndTest.Receiver()) {
      Path cfg = config(Files.createDirectories(dir.resolve("cfg")), inbox, hook.url().toString());
      Path data = dir.resolve("data");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
          WatchChild.class.getName(), cfg.toString(), data.toString(), "100", "40")
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      int passes = 0;
      try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.startsWith("pass ") && ++passes >= N / 2 / 2) {
            break;
          }
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, mid-pass
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child desk did not die");
      }
      long stored = rows(data).get("articles");
      assertTrue(stored > 0 && stored < N, "killed midway: " + stored + " of " + N + " articles stored");
      int before = journal(data).size();
      assertTrue(before > 0 && before < reference.size(), "killed midway: " + before + " of " + reference.size() + " alerts");

      runToEnd(cfg, data, true, hook, reference.size());

      assertEquals(rows(refData), rows(data), "every article once, none lost");
      assertEquals(N, rows(data).get("articles"));
      assertEquals(reference, journal(data), "the same alerts, in the same order, none twice");
      List<String> delivered = hook.received.stream().map(a -> a.get("id").asText()).toList();
      List<String> ids = journal(data).stream().map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
      assertEquals(new HashSet<>(ids), new HashSet<>(delivered), "the webhook got every alert");
      assertTrue(delivered.size() <= ids.size() + 1, "at most the alert in flight at the kill twice: " + delivered.size()
          + " deliveries of " + ids.size());
      assertEquals(0, hook.badSignatures.get());
    }
  }
}
