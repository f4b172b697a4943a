package org.sitrep.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layer;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.testing.FakeStage;

class PipelineTest {
  private static final Layer<String> A = Layer.of("test.a", "layer a");
  private static final Layer<String> B = Layer.of("test.b", "layer b");
  private static final Layer<String> C = Layer.of("test.c", "layer c");

  @Test
  void build_missingRequirementNamesStageAndLayer() {
    var ex = assertThrows(PipelineException.class, () -> Pipeline.builder()
        .add(new FakeStage("needs-b", Set.of(B), Set.of(C), Set.of()))
        .build());
    assertTrue(ex.getMessage().contains("'needs-b'"), ex.getMessage());
    assertTrue(ex.getMessage().contains("'test.b'"), ex.getMessage());
  }

  @Test
  void build_requirementProducedLaterNamesTheProducer() {
    var ex = assertThrows(PipelineException.class, () -> Pipeline.builder()
        .add(new FakeStage("needs-a", Set.of(A), Set.of(B), Set.of()))
        .add(new FakeStage("makes-a", Set.of(), Set.of(A), Set.of()))
        .build());
    assertTrue(ex.getMessage().contains("stage 'makes-a' produces it: add it before 'needs-a'"), ex.getMessage());
  }

  @Test
  void build_givenLayersSatisfyRequirements() {
    Pipeline p = Pipeline.builder().given(Set.of(A)).add(new FakeStage("needs-a", Set.of(A), Set.of(B), Set.of()))
        .build();
    assertEquals(1, p.stages().size());
  }

  @Test
  void discover_ordersByRequiresAndUses() {
    StageProvider provider = ctx -> List.of(
        new FakeStage("c-user", Set.of(A), Set.of(C), Set.of(B)),
        new FakeStage("b-maker", Set.of(A), Set.of(B), Set.of()),
        new FakeStage("a-maker", Set.of(), Set.of(A), Set.of()));
    Pipeline p = Pipeline.discover(List.of(provider), StageContext.defaults(), Set.of());
    assertEquals(List.of("a-maker", "b-maker", "c-user"), p.stages().stream().map(Stage::name).toList());
  }

  @Test
  void discover_optionalLayerWithoutProducerIsFine() {
    StageProvider provider = ctx -> List.of(new FakeStage("x", Set.of(), Set.of(A), Set.of(Layers.PLACES)));
    assertEquals(1, Pipeline.discover(List.of(provider), StageContext.defaults(), Set.of()).stages().size());
  }

  @Test
  void discover_disabledStageLeftOutAndItsDependentsFail() {
    StageProvider provider = ctx -> List.of(
        new FakeStage("a-maker", Set.of(), Set.of(A), Set.of()),
        new FakeStage("needs-a", Set.of(A), Set.of(B), Set.of()));
    var ex = assertThrows(PipelineException.class, () -> Pipeline.discover(List.of(provider),
        new StageContext(java.util.Map.of(), Set.of("a-maker")), Set.of()));
    assertTrue(ex.getMessage().contains("needs-a"), ex.getMessage());
  }

  @Test
  void discover_twoProducersOfOneLayerFail() {
    StageProvider provider = ctx -> List.of(
        new FakeStage("one", Set.of(), Set.of(A), Set.of()), new FakeStage("two", Set.of(), Set.of(A), Set.of()));
    var ex = assertThrows(PipelineException.class,
        () -> Pipeline.discover(List.of(provider), StageContext.defaults(), Set.of()));
    assertTrue(ex.getMessage().contains("'one'") && ex.getMessage().contains("'two'"), ex.getMessage());
  }

  @Test
  void discover_cycleIsReported() {
    StageProvider provider = ctx -> List.of(
        new FakeStage("x", Set.of(B), Set.of(A), Set.of()), new FakeStage("y", Set.of(A), Set.of(B), Set.of()));
    var ex = assertThrows(PipelineException.class,
        () -> Pipeline.discover(List.of(provider), StageContext.defaults(), Set.of()));
    assertTrue(ex.getMessage().contains("cycle"), ex.getMessage());
  }

  @Test
  void apply_failureNamesTheStage() {
    Stage boom = new FakeStage("boom", Set.of(), Set.of(A), Set.of()) {
      @Override
      public Document apply(Document doc) {
        throw new IllegalStateException("kaput");
      }
    };
    Pipeline p = Pipeline.builder().add(boom).build();
    var doc = Document.of(new Article("d1", "text", null, null, null, null, null, "test"));
    StageFailure f = assertThrows(StageFailure.class, () -> p.apply(doc));
    assertEquals("boom", f.stage());
    assertTrue(f.getMessage().contains("d1"));
  }

  @Test
  void apply_runsStagesInOrderAndTimesThem() {
    Pipeline p = Pipeline.builder()
        .add(new FakeStage("a-maker", Set.of(), Set.of(A), Set.of()))
        .add(new FakeStage("b-maker", Set.of(A), Set.of(B), Set.of()))
        .build();
    StageTimings t = new StageTimings();
    Document d = p.apply(Document.of(new Article("d", "t", null, null, null, null, null, "test")), t);
    assertEquals("b-maker", d.get(B));
    assertEquals(List.of("a-maker", "b-maker"), List.copyOf(t.snapshot(p).keySet()));
  }
}
