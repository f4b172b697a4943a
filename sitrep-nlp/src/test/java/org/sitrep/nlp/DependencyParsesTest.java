package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Building only the enhanced++ graph gives the same graph as CoreNLP's {@code depparse} annotator, which builds all
 * five: on sentences written for this test with the constructions the enhanced++ rules rewrite (coordination
 * with a shared subject and object, relative clauses, multi-word prepositions, a passive with an agent, partitives,
 * a control verb). Loads a second parser (CoreNLP's own annotator) to compare against (~10 s).
 */
class DependencyParsesTest {
  static final String TEXT = "Soldiers and police fired on and dispersed the crowd that had gathered outside the"
      + " ministry. According to the mayor, dozens of the protesters were detained by officers who wanted to question"
      + " them. The rebels attacked the town, and the army retaliated against them in front of the church.\n\n"
      + "Aid groups said both a school and a clinic, which the storm damaged, would reopen as well as the market.";

  @Test
  void parse_setsTheSameEnhancedPlusPlusGraphAsCoreNlpsAnnotatorAndNothingElse() {
    List<CoreMap> ours = tagged();
    List<CoreMap> theirs = tagged();
    for (CoreMap s : ours) {
      CoreNlpModels.parser().parse(s); // the process's one parser, as CoreNlpStage uses it
    }
    Annotation viaAnnotator = new Annotation(TEXT);
    viaAnnotator.set(CoreAnnotations.SentencesAnnotation.class, theirs);
    new DependencyParseAnnotator(new Properties()).annotate(viaAnnotator);

    assertEquals(4, ours.size());
    for (int i = 0; i < ours.size(); i++) {
      SemanticGraph a = ours.get(i).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      SemanticGraph b = theirs.get(i).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      assertNotNull(a, "sentence " + i + " has no enhanced++ graph");
      assertEquals(b.toString(SemanticGraph.OutputFormat.LIST), a.toString(SemanticGraph.OutputFormat.LIST),
          "sentence " + i);
      assertEquals(b.vertexListSorted().toString(), a.vertexListSorted().toString(), "sentence " + i);
      assertNull(ours.get(i).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class),
          "only the enhanced++ graph is built");
      assertNull(ours.get(i).get(SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class));
    }
    // the enhanced++ rules did rewrite something here (else the comparison above would prove little)
    String all = ours.stream().map(s -> s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation
        .class).toString(SemanticGraph.OutputFormat.LIST)).reduce("", String::concat);
    assertTrue(all.contains("nmod:according_to") || all.contains("obl:according_to"), all);
    assertTrue(all.contains("conj:and"), all);
    assertTrue(all.contains("ref("), all);
  }

  @Test
  void parseAsCoreNlp_setsTheFiveGraphsOfTheAnnotator() {
    List<CoreMap> ours = tagged();
    List<CoreMap> theirs = tagged();
    for (CoreMap s : ours) {
      CoreNlpModels.parser().parseAsCoreNlp(s);
    }
    Annotation viaAnnotator = new Annotation(TEXT);
    viaAnnotator.set(CoreAnnotations.SentencesAnnotation.class, theirs);
    new DependencyParseAnnotator(new Properties()).annotate(viaAnnotator);
    List<Class<? extends edu.stanford.nlp.ling.CoreAnnotation<SemanticGraph>>> graphs = List.of(
        SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
        SemanticGraphCoreAnnotations.CollapsedDependenciesAnnotation.class,
        SemanticGraphCoreAnnotations.CollapsedCCProcessedDependenciesAnnotation.class,
        SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class,
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    for (int i = 0; i < ours.size(); i++) {
      for (var g : graphs) {
        assertEquals(theirs.get(i).get(g).toString(SemanticGraph.OutputFormat.LIST),
            ours.get(i).get(g).toString(SemanticGraph.OutputFormat.LIST), "sentence " + i + ", " + g.getSimpleName());
      }
    }
  }

  private static List<CoreMap> tagged() {
    return tagged(TEXT);
  }

  /** The sentences of {@code text}, tagged to NER by the default configuration (no parse). */
  static List<CoreMap> tagged(String text) {
    Annotation ann = new Annotation(text);
    CoreNlpModels.get(NlpSettings.defaults()).tag(ann);
    return ann.get(CoreAnnotations.SentencesAnnotation.class);
  }
}
