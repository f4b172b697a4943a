package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.doc.Article;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.model.ArticleRecord;

/** #18 item 7: each article records the pipeline version; ingest re-analyses what another version stored. */
class PipelineVersionStoreTest {
  /** The stub analyser under a version, counting its analyses. */
  record Versioned(String version, AtomicInteger calls) implements Ingestor.Analyzer {
    @Override
    public ArticleRecord analyze(Article a) {
      calls.incrementAndGet();
      return Fixtures.analyze(a);
    }
  }

  static Ingestor.Report ingest(SitrepStore store, Ingestor.Analyzer analyzer, int n) {
    try (Ingestor in = new Ingestor(store, analyzer, 1, m -> { })) {
      for (int i = 0; i < n; i++) {
        in.accept(InputItem.of(Fixtures.article(i)));
      }
      return in.finish();
    }
  }

  @Test
  void ingest_reanalysesArticlesStoredByAnotherPipelineVersion(@TempDir Path dir) {
    try (SitrepStore store = SitrepStore.open(dir)) {
      Versioned v1 = new Versioned("sitrep 0.1 pipeline aaaa", new AtomicInteger());
      assertEquals(10, ingest(store, v1, 10).added());
      assertEquals(Map.of("sitrep 0.1 pipeline aaaa", 10L), store.pipelineVersions());
      // the same pipeline again: nothing to do
      Ingestor.Report same = ingest(store, v1, 10);
      assertEquals(10, same.unchanged());
      assertEquals(10, v1.calls().get());
      // a new pipeline: every stored input is stale, analysed again and replaced (no duplicates)
      Versioned v2 = new Versioned("sitrep 0.1 pipeline bbbb", new AtomicInteger());
      Ingestor.Report upgraded = ingest(store, v2, 12);
      assertEquals(10, upgraded.stale());
      assertEquals(10, upgraded.revised());
      assertEquals(2, upgraded.added());
      assertEquals(12, v2.calls().get());
      assertTrue(upgraded.toString().contains("another pipeline version"), upgraded.toString());
      assertEquals(Map.of("sitrep 0.1 pipeline bbbb", 12L), store.pipelineVersions());
      assertEquals(12L, store.rowCounts().get("articles"));
      assertEquals("sitrep 0.1 pipeline bbbb", store.article("syn-00003").pipelineVersion());
      // an analyser that cannot tell its version never makes anything stale
      assertEquals(12, ingest(store, Fixtures::analyze, 12).unchanged());
    }
  }

  @Test
  void migration2_addsTheColumnToAnOlderStore_whoseArticlesAreThenStale(@TempDir Path dir) throws Exception {
    // a store as schema version 1 left it, with one article
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("sitrep.duckdb"));
         Statement s = c.createStatement()) {
      s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)");
      for (String sql : Migrations.ALL.get(0).sql()) {
        s.execute(sql);
      }
      s.execute("INSERT INTO schema_version VALUES (1, 'v1', current_timestamp)");
      ArticleRecord r = Fixtures.analyze(Fixtures.article(0));
      try (var p = c.prepareStatement("INSERT INTO articles VALUES (1, ?, ?, NULL, NULL, NULL, ?, CAST(? AS DATE),"
          + " false, 'en', ?, ?, 1, 1, 1, current_timestamp)")) {
        p.setString(1, r.docId());
        p.setString(2, ContentHash.of(Fixtures.article(0)));
        p.setString(3, r.published());
        p.setString(4, r.published());
        p.setString(5, r.text());
        p.setString(6, org.sitrep.core.json.Json.line(r.withoutText()));
        p.executeUpdate();
      }
    }
    try (SitrepStore store = SitrepStore.open(dir)) {
      assertEquals(2, store.schemaVersion());
      assertEquals(Map.of("", 1L), store.pipelineVersions());
      String hash = ContentHash.of(Fixtures.article(0));
      assertTrue(store.hasContent(hash));
      assertFalse(store.hasContent(hash, "sitrep 0.1 pipeline cccc"), "an article of unknown version is stale");
      Versioned v = new Versioned("sitrep 0.1 pipeline cccc", new AtomicInteger());
      assertEquals(1, ingest(store, v, 1).stale());
      assertEquals(Map.of("sitrep 0.1 pipeline cccc", 1L), store.pipelineVersions());
    }
  }
}
