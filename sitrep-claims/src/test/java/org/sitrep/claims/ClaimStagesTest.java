package org.sitrep.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.pipeline.Stage;
import org.sitrep.core.pipeline.StageContext;

class ClaimStagesTest {
  @Test
  void stages_allFourRegisteredAndDisableable() {
    List<String> names = new ClaimStages().stages(StageContext.defaults()).stream().map(Stage::name).toList();
    assertEquals(List.of("claims.times", "claims.attribution", "claims.quotes", "claims.counts"), names);
    List<String> fewer = new ClaimStages().stages(new StageContext(java.util.Map.of(), Set.of("claims.quotes")))
        .stream().map(Stage::name).toList();
    assertEquals(3, fewer.size());
    assertTrue(!fewer.contains("claims.quotes"));
  }

  @Test
  void apply_emptyArticleGivesEmptyLayers() {
    Document d = Document.of(new Article("empty", "\u201CUnclosed", null, null, null, null, "en", "test"))
        .with(Layers.TOKENS, List.of()).with(Layers.SENTENCES, List.of()).with(Layers.DEPENDENCIES, List.of())
        .with(Layers.ENTITY_MENTIONS, List.of()).with(Layers.TIMEX, List.of()).with(Layers.NUMBERS, List.of());
    for (Stage s : new ClaimStages().stages(StageContext.defaults())) {
      d = s.apply(d);
    }
    assertEquals(List.of(), d.get(Layers.TIMES));
    assertEquals(List.of(), d.get(Layers.QUOTES));
    assertEquals(List.of(), d.get(Layers.COUNTS));
    assertEquals(List.of(), d.get(Layers.ATTRIBUTIONS));
    assertEquals(null, d.get(Layers.PUBLISHED).value());
  }
}
