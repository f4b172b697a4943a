package org.sitrep.tools;

import java.util.Arrays;
import java.util.Random;
import org.sitrep.nlp.ParserOutputLayer;

/**
 * Development benchmark: the dependency parser's output layer ({@link ParserOutputLayer}, W2 transposed, the loops
 * over the labels) against CoreNLP's loop (one sequential sum per label over W2's float rows), on random weights and
 * hidden layers of the parser's shape (83 labels x 1,000 hidden units by default), in one thread. Checks that every
 * score is the same double, then prints microseconds of CPU per hidden layer for each way, several rounds after a
 * warm-up. Run it also with {@code -XX:-UseSuperWord}: if the transposed loops lose most of their lead there, the JIT
 * was compiling them to vector instructions. Prints figures; asserts nothing but the identity.
 * {@code OutputLayerBench [LABELS HIDDEN]}
 */
public final class OutputLayerBench {
  private static final int LAYERS = 64;

  private OutputLayerBench() {
  }

  public static void main(String[] args) {
    int labels = args.length > 0 ? Integer.parseInt(args[0]) : 83;
    int hidden = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    Random r = new Random(21);
    float[][] w2 = new float[labels][hidden];
    for (float[] row : w2) {
      for (int i = 0; i < hidden; i++) {
        row[i] = (float) (r.nextGaussian() * 0.05);
      }
    }
    double[][] hs = new double[LAYERS][hidden];
    for (double[] h : hs) {
      for (int i = 0; i < hidden; i++) {
        double x = r.nextGaussian();
        h[i] = x * x * x;
      }
    }
    ParserOutputLayer layer = new ParserOutputLayer(w2);
    double[] want = new double[labels];
    double[] one = new double[labels];
    double[] two = new double[labels];
    double[] other = new double[labels];
    for (int k = 0; k + 1 < LAYERS; k += 2) {
      coreNlp(w2, hs[k], want);
      layer.scores(hs[k], one);
      layer.scores(hs[k], hs[k + 1], two, other);
      if (!Arrays.equals(want, one) || !Arrays.equals(want, two)) {
        throw new AssertionError("scores differ from CoreNLP's loop for hidden layer " + k);
      }
      coreNlp(w2, hs[k + 1], want);
      if (!Arrays.equals(want, other)) {
        throw new AssertionError("scores differ from CoreNLP's loop for hidden layer " + (k + 1));
      }
    }
    int reps = 20_000;
    for (int round = 0; round < 6; round++) {
      double sink = 0;
      long t0 = cpu();
      for (int k = 0; k < reps / 4; k++) {
        coreNlp(w2, hs[k % LAYERS], want);
        sink += want[k % labels];
      }
      long t1 = cpu();
      for (int k = 0; k < reps; k++) {
        layer.scores(hs[k % LAYERS], one);
        sink += one[k % labels];
      }
      long t2 = cpu();
      for (int k = 0; k < reps; k += 2) {
        layer.scores(hs[k % LAYERS], hs[(k + 1) % LAYERS], two, other);
        sink += two[k % labels] + other[k % labels];
      }
      long t3 = cpu();
      System.out.printf("round %d: CoreNLP's loop %.2f us, transposed one layer %.2f us, two at a time %.2f us per"
          + " hidden layer (%s)%n", round, (t1 - t0) / 1e3 / (reps / 4), (t2 - t1) / 1e3 / reps,
          (t3 - t2) / 1e3 / reps, sink == 0 ? "0" : "-");
    }
  }

  /** CoreNLP's {@code Classifier.computeScores} output loop: {@code scores[l] += W2[l][i] * h[i]} from zero. */
  private static void coreNlp(float[][] w2, double[] h, double[] out) {
    for (int l = 0; l < w2.length; l++) {
      double s = 0;
      float[] row = w2[l];
      for (int i = 0; i < h.length; i++) {
        s += row[i] * h[i];
      }
      out[l] = s;
    }
  }

  private static long cpu() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }
}
