package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser scoring with {@link FastParserScores} gives the same parses as with CoreNLP's classifier, on sentences
 * written for this test (coordination, relative clauses, a passive, numbers, a quote, a long list), parsed twice so
 * the second pass reads the scorer's cache. Loads the parser twice (~10 s).
 */
class FastParserScoresTest {
  static final String TEXT = DependencyParsesTest.TEXT + "\n\n\"We will not leave,\" a farmer told reporters on"
      + " Tuesday, as 1,200 workers, teachers, nurses, drivers and students marched from the port to the old"
      + " stadium, where the governor, who was elected in 2019, was expected to speak. Two bridges were closed.";

  @Test
  void fastScores_giveCoreNlpsParses() {
    DependencyParses fast = CoreNlpModels.parser(true);
    DependencyParses plain = CoreNlpModels.parser(false);
    assertTrue(fast.fast());
    assertFalse(plain.fast());
    for (int round = 0; round < 2; round++) {
      List<CoreMap> ours = DependencyParsesTest.tagged(TEXT);
      List<CoreMap> theirs = DependencyParsesTest.tagged(TEXT);
      assertEquals(6, ours.size());
      for (int i = 0; i < ours.size(); i++) {
        fast.parse(ours.get(i));
        plain.parse(theirs.get(i));
        assertEquals(graph(theirs.get(i)), graph(ours.get(i)), "sentence " + i);
      }
    }
  }

  /**
   * Sentences parsed in step ({@code DependencyParses.parse(List)}, the stage's way) get the parses CoreNLP's
   * classifier gives each alone: sentences of very different lengths (so some finish while others go on, and the
   * batch shrinks to odd sizes), a one-word sentence (every transition forced: nothing is scored) and the longer
   * ones where the stack often falls back to the root and one word (a forced shift amid scored steps).
   */
  @Test
  void sentencesInStep_giveCoreNlpsParses() {
    String text = TEXT + "\n\nStop. Rain fell. The old bridge over the river, which had stood for two centuries"
        + " and had survived three floods, a war and years of neglect, finally collapsed on Sunday night after"
        + " days of heavy rain, officials said. Nobody was hurt.";
    List<CoreMap> ours = DependencyParsesTest.tagged(text);
    List<CoreMap> theirs = DependencyParsesTest.tagged(text);
    assertEquals(10, ours.size());
    CoreNlpModels.parser(true).parse(ours);
    DependencyParses plain = CoreNlpModels.parser(false);
    for (int i = 0; i < ours.size(); i++) {
      plain.parse(theirs.get(i));
      assertEquals(graph(theirs.get(i)), graph(ours.get(i)), "sentence " + i);
    }
    assertTrue(graph(ours.get(6)).contains("root(ROOT-0, Stop-1)"), graph(ours.get(6)));
  }

  private static String graph(CoreMap s) {
    return s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)
        .toString(SemanticGraph.OutputFormat.LIST);
  }
}
