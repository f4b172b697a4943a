package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.FastParserScores;

/**
 * {@link FastParserScores} returns CoreNLP's classifier scores bit for bit: on small random weights (no model), for
 * feature vectors mixing precomputed features, repeated uncached ones (served from the scorer's cache) and new ones,
 * with a cache small enough to be cleared on the way.
 */
class SitrepScoringHookTest {
  @Test
  void scores_areBitIdenticalToCoreNlpsClassifier() {
    Properties props = new Properties();
    props.setProperty("numPreComputed", "40");
    props.setProperty("numCached", "7");
    Config config = new Config(props);
    config.hiddenSize = 16;
    config.embeddingSize = 5;
    int vocab = 30;
    Random r = new Random(17);
    float[][] e = random(r, vocab, config.embeddingSize);
    float[][] w1 = random(r, config.hiddenSize, config.numTokens * config.embeddingSize);
    float[] b1 = random(r, 1, config.hiddenSize)[0];
    float[][] w2 = random(r, 9, config.hiddenSize);
    List<Integer> pre = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      pre.add(r.nextInt(vocab) * config.numTokens + r.nextInt(config.numTokens));
    }
    pre = new ArrayList<>(new java.util.LinkedHashSet<>(pre)); // CoreNLP's list has distinct ids
    Classifier theirs = new Classifier(config, e, w1, b1, w2, pre);
    theirs.preCompute();
    FastParserScores ours = new FastParserScores(e, w1, b1, w2, pre.stream().mapToInt(Integer::intValue).toArray(),
        config.numPreComputed, config.numTokens, config.embeddingSize, config.numCached);
    FastParserScores shared = sharedTable(theirs, config); // CoreNLP's own precomputed table, as install() uses it

    int precomputedSeen = 0;
    for (int n = 0; n < 300; n++) {
      int[] f = new int[config.numTokens];
      for (int j = 0; j < f.length; j++) {
        f[j] = n % 3 == 0 ? j % 4 : r.nextInt(vocab); // every third vector repeats: cache hits
        if (pre.contains(f[j] * config.numTokens + j)) {
          precomputedSeen++;
        }
      }
      double[] a = theirs.computeScores(f);
      double[] b = ours.scores(f).clone();
      assertArrayEquals(bits(a), bits(b), "vector " + n);
      assertArrayEquals(bits(a), bits(shared.scores(f).clone()), "vector " + n + ", shared table");
    }
    assertTrue(precomputedSeen > 0, "some features were precomputed");
  }

  @SuppressWarnings("unchecked")
  private static FastParserScores sharedTable(Classifier c, Config config) {
    try {
      java.lang.reflect.Field preMap = Classifier.class.getDeclaredField("preMap");
      java.lang.reflect.Field saved = Classifier.class.getDeclaredField("saved");
      preMap.setAccessible(true);
      saved.setAccessible(true);
      return new FastParserScores(c.getE(), c.getW1(), c.getb1(), c.getW2(),
          (java.util.Map<Integer, Integer>) preMap.get(c), (double[][]) saved.get(c), config.numTokens,
          config.embeddingSize, config.numCached);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("CoreNLP's Classifier has no preMap/saved field", e);
    }
  }

  private static long[] bits(double[] d) {
    long[] out = new long[d.length];
    for (int i = 0; i < d.length; i++) {
      out[i] = Double.doubleToRawLongBits(d[i]);
    }
    return out;
  }

  private static float[][] random(Random r, int rows, int cols) {
    float[][] m = new float[rows][cols];
    for (float[] row : m) {
      for (int j = 0; j < cols; j++) {
        row[j] = (float) (r.nextGaussian() * 0.3);
      }
    }
    return m;
  }
}
