package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.link.LinkSettings;
import org.sitrep.store.SitrepStore;

/**
 * The desk's incremental linker gives, pass after pass, the incidents and alerts of a desk that relinks its whole
 * window every pass, while articles arrive, leave the window (by date and by number) and are revised; and a desk
 * restarted from its saved state goes on with the same result.
 */
class WatchIncrementalTest {
  static final String[][] PLACES = {{"SYR", "TUR", "Saraqib"}, {"RUS", "UKR", "Kharkiv"}, {"COD", "RWA", "Goma"},
      {"SYR", "TUR", "Aleppo"}};
  static final String[] OUTLETS = {"Wire A", "Daily B", "Radio C"};
  static final int PASSES = 8;

  /** The files of pass {@code p}: five reports over two days, a revision of an earlier one, now and then undated. */
  static Map<String, String> pass(int p) {
    Map<String, String> files = new java.util.TreeMap<>();
    for (int i = 0; i < 5; i++) {
      int n = p * 5 + i;
      String[] inc = PLACES[(p + i) % PLACES.length];
      String day = "2020-03-" + String.format("%02d", 2 + p + i / 3);
      String text = FakeNews.text("ASSAULT", inc[0], inc[1], inc[2], 4 + n / 3);
      files.put(String.format("p%d-%d.jsonl", p, i), FakeNews.jsonl(String.format("n%02d", n), OUTLETS[n % 3], day,
          "Report " + n + " from " + inc[2], text));
    }
    if (p >= 2) { // the second report of the pass before, corrected: a higher toll under the same id
      int n = (p - 1) * 5 + 1;
      String[] inc = PLACES[(p - 1 + 1) % PLACES.length];
      files.put(String.format("p%d-1.jsonl", p - 1), FakeNews.jsonl(String.format("n%02d", n), OUTLETS[n % 3],
          "2020-03-" + String.format("%02d", 2 + p - 1), "Report " + n + " from " + inc[2] + " (corrected)",
          FakeNews.text("ASSAULT", inc[0], inc[1], inc[2], 30 + p)));
    }
    if (p % 3 == 1) {
      String[] inc = PLACES[p % PLACES.length];
      files.put(String.format("p%d-u.jsonl", p), org.sitrep.core.json.Json.line(Map.of("id", "u" + p, "source",
          "Radio C", "title", "Undated report from " + inc[2], "text",
          FakeNews.text("ASSAULT", inc[0], inc[1], inc[2], 6))));
    }
    return files;
  }

  static Path config(Path dir) throws Exception {
    Path cfg = dir.resolve("desk.json");
    Files.createDirectories(dir.resolve("inbox"));
    Files.writeString(cfg, """
        {"folders": [{"path": "inbox", "interval": "1ms", "settle": "1ms"}],
         "link": {"window_days": 3, "max_articles": 14},
         "alerts": {"rules": [{"name": "new", "on": "new_incident"}, {"name": "tolls", "on": "revised_toll"},
                              {"name": "disputes", "on": "disagreement"}]}}
        """);
    return cfg;
  }

  static void drop(Path dir, Map<String, String> files) throws Exception {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path file = dir.resolve("inbox").resolve(f.getKey());
      Files.writeString(file, f.getValue() + "\n");
      Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000)); // settled
    }
  }

  /** A desk on {@code dir}, linking incrementally or relinking the window. */
  static Watcher desk(Path dir, SitrepStore store, boolean incremental) throws Exception {
    LinkSettings s = LinkSettings.defaults();
    return new Watcher(WatchConfig.load(dir.resolve("desk.json")), new StoreGateway(store),
        incremental ? IncidentLinker.incremental(s) : IncidentLinker.relinking(s), FakeNews::analyze, 2,
        Clock.systemUTC(), m -> { });
  }

  /** The alerts of a pass without their time and sequence number. */
  static List<Alert> alerts(Watcher.Pass p) {
    return p.alerts().stream().map(a -> a.numbered(0, null)).toList();
  }

  static Map<String, Incident> incidents(Path dir) {
    return WatchState.load(dir.resolve("data").resolve("watch").resolve("state.json")).incidents();
  }

  @Test
  void incremental_passByPass_givesTheIncidentsAndAlertsOfRelinkingTheWindow(@TempDir Path tmp) throws Exception {
    Path inc = tmp.resolve("inc");
    Path ref = tmp.resolve("ref");
    config(inc);
    config(ref);
    int restartAfter = PASSES - 2;
    List<String> kinds = new ArrayList<>();
    SitrepStore incStore = SitrepStore.open(inc.resolve("data"));
    Watcher incDesk = desk(inc, incStore, true);
    try (SitrepStore refStore = SitrepStore.open(ref.resolve("data")); Watcher refDesk = desk(ref, refStore, false)) {
      int maxWindow = 0;
      for (int p = 0; p < PASSES; p++) {
        if (p == restartAfter) { // the incremental desk stops after this pass's files are dropped and starts again
          incDesk.close();
          incStore.close();
          incStore = SitrepStore.open(inc.resolve("data"));
          incDesk = desk(inc, incStore, true);
        }
        drop(inc, pass(p));
        drop(ref, pass(p));
        Watcher.Pass a = incDesk.pass();
        Watcher.Pass b = refDesk.pass();
        assertTrue(a.stored() > 0, "pass " + p + " stored " + a.stored());
        assertEquals(b.stored(), a.stored(), "pass " + p);
        assertEquals(alerts(b), alerts(a), "pass " + p + ": the same alerts");
        assertEquals(incidents(ref), incidents(inc), "pass " + p + ": the same incidents");
        assertEquals(refDesk.windowSize(), incDesk.windowSize());
        maxWindow = Math.max(maxWindow, incDesk.windowSize());
        a.alerts().forEach(x -> kinds.add(x.kind()));
      }
      assertEquals(14, maxWindow, "the window filled up, so articles left it");
      assertTrue(kinds.contains("new_incident") && kinds.contains("revised_toll"), kinds.toString());
      assertTrue(incidents(inc).size() >= 4, incidents(inc).keySet().toString());
    } finally {
      incDesk.close();
      incStore.close();
    }
  }
}
