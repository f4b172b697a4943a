package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.nlp.FastParserScores;

/**
 * CoreNLP's greedy transition parser run over several sentences in step: at each step every sentence still being
 * parsed gets its features, {@link FastParserScores#scores(int[][], int, double[][])} scores them all in one call
 * (the output layer reads W2 once for two sentences), and each sentence takes the best transition it can apply, as
 * CoreNLP's {@code DependencyParser.predictInner} chooses it (the first highest score among the applicable
 * transitions, in the system's order). A sentence's transitions depend only on its own scores, which are the same
 * doubles as when it is parsed alone, so each parse is the one {@code DependencyParser.predict} gives. A step where
 * the sentence can apply one transition only (the first shift, a shift while the stack holds the root and one word,
 * the last word's attachment to the root) is not scored at all: CoreNLP's choice there is that transition whatever
 * the scores (they are finite: the network's weights and inputs are). The
 * {@link GrammaticalStructure} is built from the finished tree as {@code predict} builds it (the same typed
 * dependencies, by CoreNLP's own private methods, called through method handles).
 *
 * <p>For a parser whose scorer is {@link FastParserScores} ({@link SitrepScoringHook#install}). Thread-safe as the
 * parser is: the state of a call (configurations, features, scores) is its own. Not part of CoreNLP: sitrep's code,
 * GPL-3.0-or-later, in CoreNLP's package to reach its package-private parsing system and configuration.
 */
public final class SitrepBatchParser {
  private final ParsingSystem system;
  private final FastParserScores scores;
  private final String[] transitions;
  private final MethodHandle featureArray;
  private final MethodHandle relation;
  private final MethodHandle structure;
  private final DependencyParser parser;

  private SitrepBatchParser(DependencyParser parser, ParsingSystem system, FastParserScores scores)
      throws ReflectiveOperationException {
    this.parser = parser;
    this.system = system;
    this.scores = scores;
    this.transitions = system.transitions.toArray(new String[0]);
    MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(DependencyParser.class, MethodHandles.lookup());
    this.featureArray = lookup.findVirtual(DependencyParser.class, "getFeatureArray",
        MethodType.methodType(int[].class, Configuration.class));
    this.relation = lookup.findVirtual(DependencyParser.class, "makeGrammaticalRelation",
        MethodType.methodType(GrammaticalRelation.class, String.class));
    this.structure = lookup.findVirtual(DependencyParser.class, "makeGrammaticalStructure",
        MethodType.methodType(GrammaticalStructure.class, List.class, TreeGraphNode.class));
  }

  /** The batch parser of {@code parser}, which must be loaded and scored by {@link FastParserScores}. */
  public static SitrepBatchParser of(DependencyParser parser) {
    FastParserScores s = SitrepScoringHook.scorer(parser);
    if (s == null) {
      throw new IllegalStateException("the parser does not score with FastParserScores");
    }
    try {
      java.lang.reflect.Field f = DependencyParser.class.getDeclaredField("system");
      f.setAccessible(true);
      ParsingSystem system = (ParsingSystem) f.get(parser);
      if (system == null) {
        throw new IllegalStateException("the dependency parser is not loaded");
      }
      return new SitrepBatchParser(parser, system, s);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP's dependency parser is not the version sitrep's batch parser was built"
          + " for (4.5.x); run with --set nlp.fast_parser_scores=false", e);
    }
  }

  /** The parses of {@code sentences} (tokens with words and POS tags), in order, each as {@code predict} gives it. */
  public List<GrammaticalStructure> predict(List<? extends CoreMap> sentences) {
    int n = sentences.size();
    Configuration[] conf = new Configuration[n];
    int[] live = new int[n]; // the sentences still being parsed (their order changes nothing: each is on its own)
    int count = 0;
    for (int k = 0; k < n; k++) {
      conf[k] = system.initialConfiguration(sentences.get(k));
      if (!system.isTerminal(conf[k])) {
        live[count++] = k;
      }
    }
    int[][] features = new int[n][];
    int[] scoredIds = new int[n];
    int[] forcedIds = new int[n];
    String[] forcedMove = new String[n];
    double[][] out = new double[n][transitions.length];
    while (count > 0) {
      if (Thread.interrupted()) { // as CoreNLP's loop
        throw new RuntimeInterruptedException();
      }
      int scored = 0; // the sentences with a choice, first in live[]; those with one applicable transition after
      int forcedAt = count;
      for (int k = 0; k < count; k++) {
        String only = only(conf[live[k]]);
        if (only == null) {
          scoredIds[scored] = live[k];
          features[scored++] = features(conf[live[k]]);
        } else {
          forcedIds[--forcedAt] = live[k];
          forcedMove[forcedAt] = only;
        }
      }
      if (scored > 0) {
        scores.scores(features, scored, out);
      }
      int still = 0;
      for (int k = 0; k < count; k++) {
        int id = k < scored ? scoredIds[k] : forcedIds[forcedAt + (k - scored)];
        Configuration c = conf[id];
        system.apply(c, k < scored ? best(c, out[k]) : forcedMove[forcedAt + (k - scored)]);
        if (!system.isTerminal(c)) {
          live[still++] = id;
        }
      }
      count = still;
    }
    List<GrammaticalStructure> parses = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      parses.add(structure(sentences.get(k), conf[k].tree));
    }
    return parses;
  }

  /**
   * The one transition {@code c} can apply, or null when it can apply several. Looked for only where the stack holds
   * at most two items (the root and one word): there the arc-standard system can usually only shift (or, at the
   * end, attach the last word to the root); with more on the stack both arcs apply. Which transitions apply is
   * the system's own {@code canApply}; the stack's size only decides where it is worth asking.
   */
  private String only(Configuration c) {
    if (c.getStackSize() > 2) {
      return null;
    }
    String found = null;
    for (String t : transitions) {
      if (system.canApply(c, t)) {
        if (found != null) {
          return null;
        }
        found = t;
      }
    }
    return found;
  }

  /** CoreNLP's choice: the first transition of highest score that {@code c} can apply. */
  private String best(Configuration c, double[] s) {
    double opt = Double.NEGATIVE_INFINITY;
    String chosen = null;
    for (int j = 0; j < transitions.length; j++) {
      if (s[j] > opt && system.canApply(c, transitions[j])) {
        opt = s[j];
        chosen = transitions[j];
      }
    }
    return chosen;
  }

  private int[] features(Configuration c) {
    try {
      return (int[]) featureArray.invokeExact(parser, c);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /** The typed dependencies of a finished tree, made into a structure as CoreNLP's {@code predict} makes them. */
  private GrammaticalStructure structure(CoreMap sentence, DependencyTree tree) {
    try {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<TypedDependency> deps = new ArrayList<>();
      IndexedWord root = new IndexedWord(new Word("ROOT"));
      root.set(CoreAnnotations.IndexAnnotation.class, 0);
      for (int i = 1; i <= tree.n; i++) {
        int head = tree.getHead(i);
        String label = tree.getLabel(i);
        IndexedWord word = new IndexedWord(tokens.get(i - 1));
        IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
        GrammaticalRelation rel = head == 0 ? GrammaticalRelation.ROOT
            : (GrammaticalRelation) relation.invokeExact(parser, label);
        deps.add(new TypedDependency(rel, headWord, word));
      }
      return (GrammaticalStructure) structure.invokeExact(parser, deps, new TreeGraphNode(root));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
