package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.FastParserScores;

/**
 * {@link FastParserScores#scores(int[][], int, double[][])}, the scores of several sentences' feature vectors in one
 * call, are CoreNLP's classifier scores bit for bit, whatever the batch's size (odd sizes leave one vector to the
 * one-vector path, the label count is not a multiple of four) and whatever else is in the output buffers: small
 * random weights, no model.
 */
class FastParserScoresBatchTest {
  @Test
  void batchScores_areBitIdenticalToCoreNlpsClassifier() {
    Properties props = new Properties();
    props.setProperty("numPreComputed", "30");
    props.setProperty("numCached", "5");
    Config config = new Config(props);
    config.hiddenSize = 19;
    config.embeddingSize = 4;
    int vocab = 25;
    int labels = 11; // two groups of four labels and three left over
    Random r = new Random(29);
    float[][] e = random(r, vocab, config.embeddingSize);
    float[][] w1 = random(r, config.hiddenSize, config.numTokens * config.embeddingSize);
    float[] b1 = random(r, 1, config.hiddenSize)[0];
    float[][] w2 = random(r, labels, config.hiddenSize);
    List<Integer> pre = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      pre.add(r.nextInt(vocab) * config.numTokens + r.nextInt(config.numTokens));
    }
    pre = new ArrayList<>(new java.util.LinkedHashSet<>(pre));
    Classifier theirs = new Classifier(config, e, w1, b1, w2, pre);
    theirs.preCompute();
    FastParserScores ours = new FastParserScores(e, w1, b1, w2, pre.stream().mapToInt(Integer::intValue).toArray(),
        config.numPreComputed, config.numTokens, config.embeddingSize, config.numCached);
    int checked = 0;
    for (int size : new int[] {1, 2, 3, 7, 8, 1, 13}) {
      int[][] features = new int[size + 2][]; // longer than the batch: only the first size are read
      double[][] out = new double[size + 2][labels + 3]; // longer than the labels: the rest is not written
      for (double[] o : out) {
        java.util.Arrays.fill(o, 42.0);
      }
      for (int k = 0; k < size; k++) {
        features[k] = new int[config.numTokens];
        for (int j = 0; j < config.numTokens; j++) {
          features[k][j] = k % 3 == 0 ? j % 5 : r.nextInt(vocab); // some vectors repeat: cache hits
        }
      }
      ours.scores(features, size, out);
      for (int k = 0; k < size; k++) {
        double[] want = theirs.computeScores(features[k]);
        for (int l = 0; l < labels; l++) {
          assertEquals(Double.doubleToRawLongBits(want[l]), Double.doubleToRawLongBits(out[k][l]),
              "batch of " + size + ", vector " + k + ", label " + l);
          checked++;
        }
        assertEquals(42.0, out[k][labels], "nothing written past the labels");
        // and the one-vector call agrees with the batch
        double[] alone = ours.scores(features[k]);
        assertEquals(Double.doubleToRawLongBits(want[0]), Double.doubleToRawLongBits(alone[0]));
      }
      assertEquals(42.0, out[size][0], "nothing written past the batch");
    }
    assertEquals((1 + 2 + 3 + 7 + 8 + 1 + 13) * labels, checked);
  }

  /**
   * Nearly every feature precomputed (as in the parser's model, where about 46 of 48 are), with the others between
   * them: runs of four and more precomputed rows, added four at a time, broken by computed and cached slices, give
   * CoreNLP's scores bit for bit (the order of each hidden unit's additions is kept).
   */
  @Test
  void mostFeaturesPrecomputed_rowsAddedInRuns_areBitIdenticalToCoreNlpsClassifier() {
    Properties props = new Properties();
    props.setProperty("numCached", "7");
    Config config = new Config(props);
    config.hiddenSize = 23;
    config.embeddingSize = 3;
    int vocab = 6;
    int labels = 9;
    Random r = new Random(31);
    float[][] e = random(r, vocab, config.embeddingSize);
    float[][] w1 = random(r, config.hiddenSize, config.numTokens * config.embeddingSize);
    float[] b1 = random(r, 1, config.hiddenSize)[0];
    float[][] w2 = random(r, labels, config.hiddenSize);
    List<Integer> pre = new ArrayList<>();
    for (int id = 0; id < vocab * config.numTokens; id++) {
      if (r.nextInt(10) < 8) {
        pre.add(id);
      }
    }
    java.util.Collections.shuffle(pre, r);
    config.numPreComputed = pre.size();
    Classifier theirs = new Classifier(config, e, w1, b1, w2, pre);
    theirs.preCompute();
    FastParserScores ours = new FastParserScores(e, w1, b1, w2, pre.stream().mapToInt(Integer::intValue).toArray(),
        config.numPreComputed, config.numTokens, config.embeddingSize, config.numCached);
    java.util.Set<Integer> precomputed = new java.util.HashSet<>(pre);
    int longRuns = 0;
    int breaks = 0;
    int size = 5;
    for (int round = 0; round < 20; round++) {
      int[][] features = new int[size][config.numTokens];
      for (int[] f : features) {
        int run = 0;
        for (int j = 0; j < config.numTokens; j++) {
          f[j] = r.nextInt(vocab);
          if (precomputed.contains(f[j] * config.numTokens + j)) {
            run++;
          } else {
            longRuns += run >= 4 ? 1 : 0;
            breaks += run > 0 ? 1 : 0;
            run = 0;
          }
        }
      }
      double[][] out = new double[size][labels];
      ours.scores(features, size, out);
      for (int k = 0; k < size; k++) {
        double[] want = theirs.computeScores(features[k]);
        double[] alone = ours.scores(features[k]).clone();
        for (int l = 0; l < labels; l++) {
          assertEquals(Double.doubleToRawLongBits(want[l]), Double.doubleToRawLongBits(out[k][l]),
              "round " + round + ", vector " + k + ", label " + l);
          assertEquals(Double.doubleToRawLongBits(want[l]), Double.doubleToRawLongBits(alone[l]));
        }
      }
    }
    assertTrue(longRuns > 50 && breaks > 50, "the vectors mix runs of precomputed rows with other features: "
        + longRuns + " runs of four or more, " + breaks + " broken runs");
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
