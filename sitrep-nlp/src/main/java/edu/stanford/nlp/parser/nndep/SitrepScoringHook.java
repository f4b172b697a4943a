package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.sitrep.nlp.FastParserScores;

/**
 * Sitrep's hook into CoreNLP's neural dependency parser: replaces a loaded parser's classifier with one whose
 * {@code computeScores} (package-private, hence this package) is {@link FastParserScores}, which returns the same
 * scores bit for bit, so the parser's loop, its transitions and its parses are unchanged. The parser's private
 * fields (its classifier, configuration and precomputed feature ids) are read by reflection, on the classpath.
 *
 * <p>The replacement holds the weights by reference and gives them back through the classifier's getters; it is
 * for parsing only (it cannot train). The precomputed table is the original classifier's own (shared, not
 * recomputed); dropping the original classifier frees its training-only gradient histories (about as large as the embeddings). Not part of CoreNLP: sitrep's code,
 * GPL-3.0-or-later.
 */
public final class SitrepScoringHook {
  private SitrepScoringHook() {
  }

  /** Puts {@link FastParserScores} into {@code parser}, which must be loaded and initialised; returns the scorer. */
  public static FastParserScores install(DependencyParser parser) {
    try {
      Classifier old = (Classifier) field(DependencyParser.class, "classifier").get(parser);
      Config config = (Config) field(DependencyParser.class, "config").get(parser);
      @SuppressWarnings("unchecked")
      List<Integer> pre = (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
      if (old == null || config == null || pre == null) {
        throw new IllegalStateException("the dependency parser is not loaded");
      }
      if (old instanceof Fast f) {
        return f.scores;
      }
      // CoreNLP's own precomputed table (made when the parser was loaded) is shared, not made a second time: one
      // table of numPreComputed x hidden doubles (about 160 MB) in memory rather than two at the peak
      @SuppressWarnings("unchecked")
      Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(old);
      double[][] saved = (double[][]) field(Classifier.class, "saved").get(old);
      FastParserScores scores = saved == null || preMap == null
          ? new FastParserScores(old.getE(), old.getW1(), old.getb1(), old.getW2(),
              pre.stream().mapToInt(Integer::intValue).toArray(), config.numPreComputed, config.numTokens,
              config.embeddingSize, config.numCached)
          : new FastParserScores(old.getE(), old.getW1(), old.getb1(), old.getW2(), preMap, saved,
              config.numTokens, config.embeddingSize, config.numCached);
      field(DependencyParser.class, "classifier").set(parser, new Fast(config, old, scores));
      return scores;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP's dependency parser is not the version sitrep's scorer was built for"
          + " (4.5.x); run with --set nlp.fast_parser_scores=false", e);
    }
  }

  /** Whether {@code parser} scores with {@link FastParserScores}. */
  public static boolean installed(DependencyParser parser) {
    try {
      return field(DependencyParser.class, "classifier").get(parser) instanceof Fast;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** The scorer installed in {@code parser}, or null when it scores with CoreNLP's classifier. */
  static FastParserScores scorer(DependencyParser parser) {
    try {
      return field(DependencyParser.class, "classifier").get(parser) instanceof Fast f ? f.scores : null;
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  private static Field field(Class<?> c, String name) throws NoSuchFieldException {
    Field f = c.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /** A parse-only classifier: the weights by reference, tiny placeholders for the base class's own tables. */
  private static final class Fast extends Classifier {
    private final FastParserScores scores;
    private final float[][] e;
    private final float[][] w1;
    private final float[] b1;
    private final float[][] w2;

    Fast(Config config, Classifier old, FastParserScores scores) {
      super(config, new float[1][1], new float[1][1], new float[1], new float[1][1], List.of());
      this.scores = scores;
      this.e = old.getE();
      this.w1 = old.getW1();
      this.b1 = old.getb1();
      this.w2 = old.getW2();
    }

    @Override
    double[] computeScores(int[] feature) {
      return scores.scores(feature);
    }

    @Override
    public float[][] getE() {
      return e;
    }

    @Override
    public float[][] getW1() {
      return w1;
    }

    @Override
    public float[] getb1() {
      return b1;
    }

    @Override
    public float[][] getW2() {
      return w2;
    }
  }
}
