package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.model.ArticleRecord;

/** Ingest killed with SIGKILL half-way and run again ends with exactly the rows of a whole run. */
class IngestResumeTest {
  static final int N = 1000;

  /** The rows a complete ingest of articles 0..n-1 must leave, counted from the fixtures themselves. */
  static Map<String, Long> expected(int n) {
    Map<String, Long> m = new TreeMap<>();
    for (String t : List.of("articles", "events", "event_actors", "quotes", "counts", "places", "ingest_errors",
        "stories", "story_articles", "story_events", "story_event_mentions", "disagreements")) {
      m.put(t, 0L);
    }
    for (int i = 0; i < n; i++) {
      ArticleRecord r = Fixtures.analyze(Fixtures.article(i));
      m.merge("articles", 1L, Long::sum);
      m.merge("events", (long) r.events().size(), Long::sum);
      m.merge("event_actors", r.events().stream().mapToLong(e -> e.actor().size() + e.recipient().size()).sum(), Long::sum);
      m.merge("quotes", (long) r.quotes().size(), Long::sum);
      m.merge("counts", (long) r.counts().size(), Long::sum);
      m.merge("places", (long) r.places().size(), Long::sum);
    }
    return m;
  }

  @Test
  void ingest_killedAndRerun_hasNoDuplicatesOrLoss(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        IngestChild.class.getName(), data.toString(), Integer.toString(N))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    int seen = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("accepted ")) {
          seen = Integer.parseInt(line.substring(9));
          if (seen >= N / 2) {
            break;
          }
        }
      }
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close, mid-transaction
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child ingest did not die");
    }
    assertTrue(seen >= N / 2 && seen < N, "killed after " + seen + " of " + N + " articles");
    long stored;
    try (SitrepStore store = SitrepStore.open(data)) {
      stored = store.rowCounts().get("articles");
      assertTrue(stored < N, "the kill came before the end (" + stored + " stored)");
      Ingestor.Report rep;
      try (Ingestor in = new Ingestor(store, Fixtures::analyze, 2, msg -> { })) {
        for (int i = 0; i < N; i++) {
          in.accept(InputItem.of(Fixtures.article(i)));
        }
        rep = in.finish();
      }
      assertEquals(stored, rep.unchanged(), "what the killed run committed is skipped");
      assertEquals(N - stored, rep.added(), "the rest is added");
      assertEquals(expected(N), store.rowCounts());
      assertEquals(N, store.search("report", "article", 5000).size(), "the search index caught up");
    }
  }
}
