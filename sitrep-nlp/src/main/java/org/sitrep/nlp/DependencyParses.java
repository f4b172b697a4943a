package org.sitrep.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.SitrepBatchParser;
import edu.stanford.nlp.parser.nndep.SitrepScoringHook;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.semgraph.SemanticGraphFactory.Mode;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser ({@code english_UD}), loaded as its {@code depparse} annotator loads it (no
 * {@code depparse.*} option), with the choice of which dependency graphs to build from each parse.
 *
 * <p>CoreNLP's {@code DependencyParseAnnotator} builds five graphs of every parse (basic, collapsed, CC-processed,
 * enhanced, enhanced++); sitrep reads only enhanced++ ({@link CoreNlpStage}), and building the other four took
 * about a quarter of the parser's CPU (docs/performance.md, perf7). {@link #parse} builds enhanced++ only, from the
 * same {@link GrammaticalStructure} with the same call, so its graph is the annotator's; {@link #parseAsCoreNlp}
 * builds all five, exactly as the annotator does, for the bare-CoreNLP baseline of {@code sitrep bench}.
 * Thread-safe: {@link DependencyParser#predict} is (CoreNLP's annotator shares one parser between threads), and so
 * is {@link SitrepBatchParser}, which parses a list of sentences in step with the fast scorer (the same parses).
 */
final class DependencyParses {
  private static final GrammaticalStructure.Extras EXTRAS = GrammaticalStructure.Extras.NONE; // the annotator's default

  private final DependencyParser parser;
  private final SitrepBatchParser batch; // null with CoreNLP's classifier

  /**
   * Loads the model named by {@code model} in {@code props} (default: CoreNLP's English UD model); with {@code fast},
   * its transitions are scored by {@link FastParserScores} (bit-identical scores, less CPU), else by CoreNLP.
   */
  DependencyParses(Properties props, boolean fast) {
    Properties p = new Properties();
    p.putAll(props);
    if (fast) {
      // CoreNLP caches loaded parsers by model and properties: a key of its own (which the parser does not read)
      // keeps the hooked parser apart from the one CoreNLP's own annotator would share
      p.setProperty("sitrep.scorer", "fast");
    }
    // the default model from its binary copy, made at build time (ParserModelFile): the same parser, read faster
    // and, for the fast scorer, without CoreNLP's precomputed table (FastParserScores makes each row at first use)
    this.parser = ParserModelFile.load(p, !fast);
    if (fast) {
      SitrepScoringHook.install(parser);
    }
    this.batch = fast ? SitrepBatchParser.of(parser) : null;
  }

  /**
   * The parses of {@code sentences}, in order: with the fast scorer, parsed in step ({@link SitrepBatchParser}: the
   * same parses as one by one, less CPU); else one by one by CoreNLP's {@code predict}.
   */
  private List<GrammaticalStructure> predict(List<CoreMap> sentences) {
    if (batch != null) {
      return batch.predict(sentences);
    }
    List<GrammaticalStructure> out = new ArrayList<>(sentences.size());
    for (CoreMap s : sentences) {
      out.add(parser.predict(s));
    }
    return out;
  }

  /** Parses {@code sentences} (see {@link #parse(CoreMap)}) together, each as alone. */
  void parse(List<CoreMap> sentences) {
    List<GrammaticalStructure> gs = predict(sentences);
    for (int i = 0; i < sentences.size(); i++) {
      setEnhancedPlusPlus(sentences.get(i), gs.get(i));
    }
  }

  /** Parses {@code sentences} (see {@link #parseAsCoreNlp(CoreMap)}) together, each as alone. */
  void parseAsCoreNlp(List<CoreMap> sentences) {
    List<GrammaticalStructure> gs = predict(sentences);
    for (int i = 0; i < sentences.size(); i++) {
      setFiveGraphs(sentences.get(i), gs.get(i));
    }
  }

  /** Whether this parser scores with {@link FastParserScores}. */
  boolean fast() {
    return SitrepScoringHook.installed(parser);
  }

  /** Parses one sentence (its tokens need words and POS tags) and sets its enhanced++ graph only. */
  void parse(CoreMap sentence) {
    setEnhancedPlusPlus(sentence, parser.predict(sentence));
  }

  private static void setEnhancedPlusPlus(CoreMap sentence, GrammaticalStructure gs) {
    sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
        SemanticGraphFactory.makeFromTree(gs, Mode.ENHANCED_PLUS_PLUS, EXTRAS, null));
  }

  /** Parses one sentence and sets the five graphs CoreNLP's {@code depparse} annotator sets, built as it builds them. */
  void parseAsCoreNlp(CoreMap sentence) {
    setFiveGraphs(sentence, parser.predict(sentence));
  }

  private static void setFiveGraphs(CoreMap sentence, GrammaticalStructure gs) {
    SemanticGraph collapsed = SemanticGraphFactory.makeFromTree(gs, Mode.COLLAPSED, EXTRAS, null);
    SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, Mode.BASIC, EXTRAS, null);
    SemanticGraph cc = SemanticGraphFactory.makeFromTree(gs, Mode.CCPROCESSED, EXTRAS, null);
    SemanticGraph enhanced = SemanticGraphFactory.makeFromTree(gs, Mode.ENHANCED, EXTRAS, null);
    SemanticGraph enhancedPlusPlus = SemanticGraphFactory.makeFromTree(gs, Mode.ENHANCED_PLUS_PLUS, EXTRAS, null);
    sentence.set(SemanticGraphCoreAnnotations.CollapsedDependenciesAnnotation.class, collapsed);
    sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
    sentence.set(SemanticGraphCoreAnnotations.CollapsedCCProcessedDependenciesAnnotation.class, cc);
    sentence.set(SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class, enhanced);
    sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, enhancedPlusPlus);
  }
}
