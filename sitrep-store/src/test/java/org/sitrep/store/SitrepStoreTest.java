package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.doc.Article;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ArticleRecord;

class SitrepStoreTest {
  @TempDir
  static Path dir;
  static SitrepStore store;
  static final int N = 120;

  @BeforeAll
  static void fill() {
    store = SitrepStore.open(dir.resolve("data"));
    for (int i = 0; i < N; i++) {
      assertEquals(PutResult.ADDED, store.put(Fixtures.analyze(Fixtures.article(i)), ContentHash.of(Fixtures.article(i))));
    }
    store.replaceStories(Fixtures.stories(N, 10));
    store.flush();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static List<JsonNode> all(EventQuery f) {
    List<JsonNode> out = new ArrayList<>();
    String cursor = null;
    do {
      Page<EventResults.EventRow> p = store.events(f, 7, cursor);
      for (EventResults.EventRow r : p.items()) {
        out.add(Json.mapper().valueToTree(r));
      }
      cursor = p.nextCursor();
    } while (cursor != null);
    return out;
  }

  @Test
  void schemaVersion_isNewestMigration() {
    assertEquals(Migrations.ALL.get(Migrations.ALL.size() - 1).version(), store.schemaVersion());
  }

  @Test
  void put_sameContentTwice_isUnchanged() {
    Article a = Fixtures.article(3);
    assertEquals(PutResult.UNCHANGED, store.put(Fixtures.analyze(a), ContentHash.of(a)));
    assertTrue(store.hasContent(ContentHash.of(a)));
  }

  @Test
  void contentHash_ofRecordMatchesOfArticle() {
    Article a = Fixtures.article(5);
    assertEquals(ContentHash.of(a), ContentHash.of(Fixtures.analyze(a)));
  }

  @Test
  void events_cursorPagingVisitsEveryEventOnce() {
    List<JsonNode> all = all(EventQuery.all());
    Set<String> ids = new HashSet<>();
    for (JsonNode e : all) {
      assertTrue(ids.add(e.get("id").asText()), "duplicate " + e.get("id"));
    }
    assertEquals(store.rowCounts().get("events"), (long) ids.size());
    for (int i = 1; i < all.size(); i++) {
      String a = all.get(i - 1).path("day").asText("");
      String b = all.get(i).path("day").asText("");
      assertTrue(a.compareTo(b) >= 0, "newest first: " + a + " then " + b);
    }
  }

  @Test
  void events_filterByTypeAndCountry() {
    List<JsonNode> got = all(EventQuery.builder().types(List.of("ASSAULT")).actorCountries(List.of("SYR")).build());
    assertFalse(got.isEmpty());
    for (JsonNode e : got) {
      assertEquals("ASSAULT", e.get("event").asText());
      assertEquals("SYR", e.get("actor").get(0).get("country").asText());
    }
  }

  @Test
  void events_filterByDateRangeAndBbox() {
    List<JsonNode> got = all(EventQuery.builder().from(LocalDate.parse("2020-01-10")).to(LocalDate.parse("2020-01-20"))
        .bbox(new EventQuery.Box(35, 35, 38, 37)).build());
    assertFalse(got.isEmpty());
    for (JsonNode e : got) {
      String day = e.get("day").asText();
      assertTrue(day.compareTo("2020-01-10") >= 0 && day.compareTo("2020-01-20") <= 0, day);
      double lat = e.get("location").get("lat").asDouble();
      assertTrue(lat >= 35 && lat <= 37, "lat " + lat);
    }
  }

  @Test
  void events_filterByFullText() {
    List<JsonNode> got = all(EventQuery.builder().q("\"number 42\"").build());
    assertFalse(got.isEmpty());
    for (JsonNode e : got) {
      assertEquals("syn-00042", e.get("doc_id").asText());
    }
  }

  @Test
  void events_filterByStoryAndPlace() {
    List<JsonNode> got = all(EventQuery.builder().story("s3").build());
    assertFalse(got.isEmpty());
    for (JsonNode e : got) {
      assertEquals(3, Integer.parseInt(e.get("doc_id").asText().substring(4)) % 10);
    }
    for (JsonNode e : all(EventQuery.builder().place("idlib").build())) {
      assertEquals("Idlib", e.get("location").get("admin1").asText());
    }
  }

  @Test
  void events_badCursorOrLimit_sayWhatAndHow() {
    InvalidInput e = assertThrows(InvalidInput.class, () -> store.events(EventQuery.all(), 10, "!!notacursor"));
    assertEquals("cursor", e.parameter());
    assertTrue(e.getMessage().contains("next_cursor"), e.getMessage());
    assertThrows(InvalidInput.class, () -> store.events(EventQuery.all(), 0, null));
    assertThrows(IllegalArgumentException.class, () -> EventQuery.builder().from(LocalDate.parse("2020-02-01"))
        .to(LocalDate.parse("2020-01-01")).build());
    assertThrows(IllegalArgumentException.class, () -> new EventQuery.Box(0, 95, 10, 96));
    assertThrows(InvalidInput.class, () -> store.events(EventQuery.all(), 10, "!!notacursor"));
    assertThrows(InvalidInput.class, () -> store.events(EventQuery.all(), 5000, null));
  }

  @Test
  void parse_injectionAttempt_isJustAValue() {
    List<JsonNode> got = all(EventQuery.builder().actor("x') OR 1=1 --").place("' OR ''='").build());
    assertTrue(got.isEmpty());
    assertTrue(store.rowCounts().get("events") > 0);
  }

  @Test
  void timeline_countsAddUpToEvents() {
    long sum = 0;
    for (EventResults.TimelineRow o : store.timeline(EventQuery.all())) {
      sum += o.n();
      assertTrue(o.quadCode() >= 1 && o.quadCode() <= 4);
    }
    assertEquals((long) store.rowCounts().get("events"), sum);
  }

  @Test
  void network_isWeightedActorRecipientPairs() {
    List<EventResults.NetworkEdge> edges = store.network(EventQuery.all(), 50);
    assertFalse(edges.isEmpty());
    long prev = Long.MAX_VALUE;
    for (EventResults.NetworkEdge e : edges) {
      assertNotNull(e.source());
      assertTrue(e.weight() <= prev);
      prev = e.weight();
    }
  }

  @Test
  void story_hasSourcesSideBySideAndDisagreements() {
    ArticleResults.Story s = store.story("s2");
    assertNotNull(s);
    assertEquals(N / 10, s.sources().size());
    assertEquals(1, s.disagreements().size());
    assertEquals("size.dead", s.disagreements().get(0).field());
    assertEquals(2, s.disagreements().get(0).values().size());
    assertFalse(s.sources().get(0).counts().isEmpty());
    assertEquals(1, s.events().size());
    assertNull(store.story("nope"));
    assertEquals(10, store.stories(100, 0).size());
  }

  @Test
  void quotes_bySpeakerAndText() {
    Page<ClaimResults.QuoteRow> p = store.quotes(new QuoteQuery("General Beta", null, null, null, null), 1000, null);
    assertEquals(N / 4, p.items().size());
    Page<ClaimResults.QuoteRow> q = store.quotes(new QuoteQuery(null, null, null, null, "respond 17"), 10, null);
    assertEquals(1, q.count());
    assertEquals("syn-00017", q.items().get(0).docId());
    assertEquals(4, store.speakers(DayRange.all(), 10).size());
  }

  @Test
  void counts_byKindPaged() {
    Page<ClaimResults.CountRow> p1 = store.counts(new CountQuery(List.of("dead"), null, null, null, null), 50, null);
    assertEquals(50, p1.items().size());
    assertNotNull(p1.nextCursor());
    Page<ClaimResults.CountRow> p2 = store.counts(new CountQuery(List.of("dead"), null, null, null, null), 100, p1.nextCursor());
    assertEquals(N - 50, p2.items().size());
    assertNull(p2.nextCursor());
  }

  @Test
  void article_roundTripsTheRecordWithText() {
    ArticleResults.StoredArticle a = store.article("syn-00007");
    ArticleRecord want = Fixtures.analyze(Fixtures.article(7));
    assertEquals(want, a.article());
    assertEquals(ContentHash.of(Fixtures.article(7)), a.contentHash());
    // serialised, the row is the record with the stored fields after it
    assertEquals(want, Json.read(Json.line(a), ArticleRecord.class));
  }

  @Test
  void put_revisedText_replacesOldVersion(@TempDir Path other) {
    try (SitrepStore s = SitrepStore.open(other)) {
      Article a = Fixtures.article(5);
      assertEquals(PutResult.ADDED, s.put(Fixtures.analyze(a), ContentHash.of(a)));
      Article changed = new Article(a.docId(), a.text() + " Updated.", a.source(), a.url(), a.title(), a.published(),
          a.language(), a.origin());
      assertEquals(PutResult.REVISED, s.put(Fixtures.analyze(changed), ContentHash.of(changed)));
      assertTrue(s.article(a.docId()).article().text().endsWith("Updated."));
      assertEquals(1L, s.rowCounts().get("articles"));
      assertEquals((long) Fixtures.analyze(a).events().size(), s.rowCounts().get("events"));
      s.flush();
      assertEquals(1, s.search("Updated", null, 10).size());
    }
  }

  @Test
  void ingest_reanalyze_replacesStoredContent(@TempDir Path other) {
    try (SitrepStore s = SitrepStore.open(other)) {
      try (Ingestor in = new Ingestor(s, Fixtures::analyze, 1, m -> { })) {
        in.accept(org.sitrep.core.io.InputItem.of(Fixtures.article(1)));
      }
      Ingestor.Report again;
      try (Ingestor in = new Ingestor(s, a -> Fixtures.analyze(Fixtures.article(2)), 1, m -> { }).reanalyze(true)) {
        in.accept(org.sitrep.core.io.InputItem.of(Fixtures.article(1)));
        again = in.finish();
      }
      assertEquals(1, again.revised());
      assertEquals(1L, s.rowCounts().get("articles"));
      assertEquals((long) Fixtures.analyze(Fixtures.article(2)).events().size(), s.rowCounts().get("events"));
    }
  }

  @Test
  void ingest_analyserThrows_notesTheErrorAndGoesOn(@TempDir Path other) {
    try (SitrepStore s = SitrepStore.open(other)) {
      Ingestor.Report rep;
      try (Ingestor in = new Ingestor(s, a -> {
        if (a.docId().endsWith("2")) {
          throw new IllegalArgumentException("bad input");
        }
        return Fixtures.analyze(a);
      }, 1, m -> { })) {
        for (int i = 0; i < 4; i++) {
          in.accept(org.sitrep.core.io.InputItem.of(Fixtures.article(i)));
        }
        rep = in.finish();
      }
      assertEquals(3, rep.added());
      assertEquals(1, rep.failed());
      assertEquals(1L, s.rowCounts().get("ingest_errors"));
    }
  }

  @Test
  void recordError_replacesTheNoteOfTheSameDocInOneWrite(@TempDir Path other) {
    try (SitrepStore s = SitrepStore.open(other)) {
      long g = s.generation();
      s.recordError("doc-1", "test", new org.sitrep.core.model.ArticleError("E_TEXT", "first note"));
      s.recordError("doc-1", "test", new org.sitrep.core.model.ArticleError("E_TEXT", "second note"));
      s.recordError("doc-2", "test", new org.sitrep.core.model.ArticleError("E_TEXT", "other doc"));
      assertEquals(2L, s.rowCounts().get("ingest_errors"), "one note per doc id");
      assertEquals(g + 3, s.generation(), "each committed write moves the generation on");
    }
  }

  @Test
  void export_allFormats() throws Exception {
    EventQuery f = EventQuery.builder().types(List.of("ASSAULT")).build();
    long n = all(f).size();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    store.export(f, ExportFormat.JSONL, b);
    assertEquals(n, b.toString(StandardCharsets.UTF_8).lines().count());
    // the export's spliced lines are the API's rows serialised, byte for byte
    List<String> api = new ArrayList<>();
    String cursor = null;
    do {
      Page<EventResults.EventRow> p = store.events(f, 9, cursor);
      p.items().forEach(r -> api.add(Json.line(r)));
      cursor = p.nextCursor();
    } while (cursor != null);
    assertEquals(api, b.toString(StandardCharsets.UTF_8).lines().toList());
    b.reset();
    store.export(f, ExportFormat.CSV, b);
    List<String> csv = b.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(n + 1, csv.size());
    assertTrue(csv.get(0).startsWith("event_id,doc_id,source,day"));
    b.reset();
    store.export(f, ExportFormat.TSV, b);
    List<String> tsv = b.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(n + 1, tsv.size());
    assertEquals(Exporter.GDELT.size(), tsv.get(1).split("\t", -1).length);
    b.reset();
    store.export(f, ExportFormat.GEOJSON, b);
    JsonNode geo = Json.read(b.toString(StandardCharsets.UTF_8), JsonNode.class);
    assertEquals("FeatureCollection", geo.get("type").asText());
    assertEquals(n, geo.get("features").size());
    b.reset();
    store.export(f, ExportFormat.PARQUET, b);
    byte[] pq = b.toByteArray();
    assertTrue(pq.length > 8);
    assertEquals("PAR1", new String(pq, 0, 4, StandardCharsets.US_ASCII));
    assertEquals("PAR1", new String(pq, pq.length - 4, 4, StandardCharsets.US_ASCII));
  }

  @Test
  void search_returnsHighlightedSnippets() {
    List<ClaimResults.SearchHit> hits = store.search("Saraqib", "article", 5);
    assertFalse(hits.isEmpty());
    assertTrue(hits.get(0).snippet().contains("<mark>Saraqib</mark>"), hits.get(0).toString());
    assertNull(hits.get(0).quoteId());
  }
}
