package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.doc.Article;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.model.ArticleRecord;

/** Two articles with one id in one ingest run are both kept (issue #18): never one silently replacing the other. */
class IngestDuplicateIdsTest {
  @TempDir
  Path dir;

  private static Article article(String id, String text) {
    return new Article(id, text, "Outlet", null, null, "2025-03-06", "en", "test:" + text.length());
  }

  private static ArticleRecord record(Article a) {
    return new ArticleRecord(a.docId(), a.source(), a.url(), a.title(), a.published(), false, "en", List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), a.text());
  }

  private static final List<Article> INPUT = List.of(article("x", "Police arrested ten people."),
      article("y", "Troops left the port."), article("x", "Rebels shelled the port."), article("x", "Aid arrived."));

  private static Ingestor.Report ingest(SitrepStore s, List<String> log) {
    try (Ingestor in = new Ingestor(s, IngestDuplicateIdsTest::record, 2, log::add)) {
      INPUT.forEach(a -> in.accept(InputItem.of(a)));
      return in.finish();
    }
  }

  @Test
  void accept_sameIdTwiceInOneRunKeepsBothUnderDistinctIds() {
    try (SitrepStore s = SitrepStore.open(dir)) {
      List<String> log = new ArrayList<>();
      Ingestor.Report rep = ingest(s, log);
      assertEquals(4, rep.added(), rep.toString());
      assertEquals(0, rep.revised(), "a repeated id within a run is not a revision: " + rep);
      assertEquals(4L, s.rowCounts().get("articles"));
      for (String id : List.of("x", "y", "x~2", "x~3")) {
        assertNotNull(s.article(id), id);
      }
      assertTrue(s.article("x~2").toString().contains("Rebels shelled"), s.article("x~2").toString());
      assertEquals(1, log.stream().filter(m -> m.contains("id 'x' occurs more than once")).count(), log.toString());
      // run again (or resume after a kill): the same ids, nothing new
      Ingestor.Report again = ingest(s, new ArrayList<>());
      assertEquals(4, again.unchanged(), again.toString());
      assertEquals(4L, s.rowCounts().get("articles"));
    }
  }

  @Test
  void acceptRecord_sameIdWithOtherContentIsRefusedNotStoredOverTheFirst() {
    try (SitrepStore s = SitrepStore.open(dir)) {
      List<String> log = new ArrayList<>();
      Ingestor.Report rep;
      try (Ingestor in = new Ingestor(s, a -> {
        throw new AssertionError("records are not analysed");
      }, 1, log::add)) {
        in.acceptRecord(record(INPUT.get(0)));
        in.acceptRecord(record(INPUT.get(0))); // the very same record again: already there, not an error
        in.acceptRecord(record(INPUT.get(2)));
        rep = in.finish();
      }
      assertEquals(1, rep.added(), rep.toString());
      assertEquals(1, rep.failed(), rep.toString());
      assertEquals(1, rep.unchanged(), rep.toString());
      assertTrue(s.article("x").toString().contains("Police arrested"), "the first record is kept");
      assertTrue(log.stream().anyMatch(m -> m.contains("record refused (doc_id x)")), log.toString());
    }
  }
}
