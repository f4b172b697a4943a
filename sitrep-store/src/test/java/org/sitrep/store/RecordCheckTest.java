package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.ArticleError;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.CountRecord;
import org.sitrep.core.model.NumberValue;
import org.sitrep.core.model.QuoteRecord;

class RecordCheckTest {
  @Test
  void problems_noneForRecordsAsTheEngineWritesThem() {
    for (int i = 0; i < 50; i++) {
      assertEquals(List.of(), RecordCheck.problems(Fixtures.analyze(Fixtures.article(i))));
    }
    assertEquals(List.of(), RecordCheck.problems(ArticleRecord.error("x", null, new ArticleError("empty", "empty"))));
  }

  @Test
  void problems_nameEachFieldOutsideTheContract() {
    ArticleRecord r = Fixtures.analyze(Fixtures.article(1));
    ArticleRecord bad = new ArticleRecord("a\u0000b", r.source(), r.url(), r.title(), "yesterday", false, "en",
        r.events(), List.of(new QuoteRecord("q", 5, 2, "direct", null, null, null, "said")), r.counts(), r.places(),
        r.times(), r.entities(), r.errors(), r.text());
    List<String> p = RecordCheck.problems(bad);
    assertTrue(p.stream().anyMatch(s -> s.startsWith("doc_id:")), p.toString());
    assertTrue(p.stream().anyMatch(s -> s.startsWith("published:")), p.toString());
    assertTrue(p.stream().anyMatch(s -> s.startsWith("quotes[0]: offsets 5..2")), p.toString());
  }

  @Test
  void problems_everyCountKindTheCountsStageWritesIsAccepted() {
    ArticleRecord r = Fixtures.analyze(Fixtures.article(1));
    for (String kind : org.sitrep.core.data.CountKinds.all()) {
      ArticleRecord withKind = new ArticleRecord(r.docId(), r.source(), r.url(), r.title(), r.published(),
          r.publishedInferred(), r.language(), r.events(), r.quotes(),
          List.of(new CountRecord(kind, new NumberValue(6L, 6L, 6L, "exact", "six"), null, null, null, null, null,
              null)), r.places(), r.times(), r.entities(), r.errors(), r.text());
      assertEquals(List.of(), RecordCheck.problems(withKind), kind);
    }
    ArticleRecord unknown = new ArticleRecord(r.docId(), r.source(), r.url(), r.title(), r.published(),
        r.publishedInferred(), r.language(), r.events(), r.quotes(),
        List.of(new CountRecord("wounded", null, null, null, null, null, null, null)), r.places(), r.times(),
        r.entities(), r.errors(), r.text());
    assertTrue(RecordCheck.problems(unknown).stream().anyMatch(p -> p.startsWith("counts[0].kind")));
  }
}
