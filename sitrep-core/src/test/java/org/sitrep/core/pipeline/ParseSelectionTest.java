package org.sitrep.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.CharSpan;
import org.sitrep.core.doc.Layer;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Token;
import org.sitrep.core.testing.FakeStage;

class ParseSelectionTest {
  private static final Layer<String> OUT = Layer.of("test.out", "a reader's output");
  private static final Layer<String> OUT2 = Layer.of("test.out2", "another reader's output");

  private static List<Token> sentence(String... words) {
    List<Token> out = new java.util.ArrayList<>();
    for (String w : words) {
      out.add(new Token(out.size(), 0, w, new CharSpan(0, w.length()), "NN", w, "O"));
    }
    return out;
  }

  /** Produces the parse and keeps the need it is given. */
  private static final class Parser extends FakeStage implements SelectiveParser {
    final AtomicReference<SentenceNeed> given;

    Parser(AtomicReference<SentenceNeed> given) {
      super("parser", Set.of(), Set.of(Layers.DEPENDENCIES), Set.of());
      this.given = given;
    }

    @Override
    public Stage parsingOnly(SentenceNeed need) {
      given.set(need);
      return this;
    }
  }

  private static final class Reader extends FakeStage implements ParseReader {
    private final String word;

    Reader(String name, Layer<String> out, String word) {
      super(name, Set.of(Layers.DEPENDENCIES), Set.of(out), Set.of());
      this.word = word;
    }

    @Override
    public SentenceNeed parseNeed() {
      return SentenceNeed.anyToken(t -> t.text().equals(word));
    }
  }

  private static SentenceNeed needOf(Stage... readers) {
    AtomicReference<SentenceNeed> given = new AtomicReference<>();
    List<Stage> stages = new java.util.ArrayList<>(List.of(readers));
    stages.add(0, new Parser(given));
    StageProvider provider = ctx -> stages;
    Pipeline.discover(List.of(provider), StageContext.defaults(), Set.of());
    return given.get();
  }

  @Test
  void discover_givesTheParserTheUnionOfTheReadersNeeds() {
    SentenceNeed need = needOf(new Reader("r1", OUT, "attack"), new Reader("r2", OUT2, "said"));
    assertTrue(need.test(sentence("the", "attack")));
    assertTrue(need.test(sentence("he", "said")));
    assertFalse(need.test(sentence("it", "rained")));
  }

  @Test
  void discover_aReaderThatSaysNothingNeedsEverySentence() {
    SentenceNeed need = needOf(new Reader("r1", OUT, "attack"),
        new FakeStage("silent", Set.of(), Set.of(OUT2), Set.of(Layers.DEPENDENCIES)));
    assertSame(SentenceNeed.ALL, need);
  }

  @Test
  void discover_noReaderNoParse() {
    assertSame(SentenceNeed.NONE, needOf(new FakeStage("other", Set.of(), Set.of(OUT), Set.of())));
  }

  @Test
  void discover_aDisabledReaderNoLongerCounts() {
    AtomicReference<SentenceNeed> given = new AtomicReference<>();
    StageProvider provider = ctx -> List.of(new Parser(given), new Reader("r1", OUT, "attack"),
        new Reader("r2", OUT2, "said"));
    Pipeline.discover(List.of(provider), new StageContext(java.util.Map.of(), Set.of("r2")), Set.of());
    assertFalse(given.get().test(sentence("he", "said")));
    assertTrue(given.get().test(sentence("the", "attack")));
  }

  @Test
  void or_allAndNoneAreIdentities() {
    SentenceNeed word = SentenceNeed.anyToken(t -> t.text().equals("x"));
    assertSame(word, SentenceNeed.NONE.or(word));
    assertSame(SentenceNeed.ALL, word.or(SentenceNeed.ALL));
    assertEquals(true, word.or(SentenceNeed.NONE).test(sentence("x")));
  }
}
