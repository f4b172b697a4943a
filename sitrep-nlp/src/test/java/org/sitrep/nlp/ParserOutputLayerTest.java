package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ParserOutputLayer}: every score is the in-order sum {@code 0 + h[0] * W2[l][0] + h[1] * W2[l][1] + ...}
 * that CoreNLP's classifier computes, bit for bit, for one hidden layer and for two at once, whatever the numbers of
 * labels and hidden units (the four-unit steps and the units left over), with magnitudes mixed so that any
 * regrouping of the additions would give other doubles; nothing is written past the labels.
 */
class ParserOutputLayerTest {
  /** The reference: CoreNLP's loop, {@code scores[l] += W2[l][i] * h[i]} from zero, one label after another. */
  private static double[] inOrder(float[][] w2, double[] h) {
    double[] s = new double[w2.length];
    for (int l = 0; l < w2.length; l++) {
      for (int i = 0; i < h.length; i++) {
        s[l] += w2[l][i] * h[i];
      }
    }
    return s;
  }

  /** Weights and hidden values of wide and mixed magnitudes, some of them 1e16 beside units. */
  private static double mixed(Random r) {
    double x = r.nextGaussian() * Math.pow(10, r.nextInt(17) - 8);
    return r.nextInt(8) == 0 ? Math.copySign(1e16, x) : r.nextInt(8) == 0 ? Math.copySign(1.0, x) : x;
  }

  private static float[][] weights(Random r, int labels, int hidden) {
    float[][] w2 = new float[labels][hidden];
    for (float[] row : w2) {
      for (int i = 0; i < hidden; i++) {
        row[i] = (float) mixed(r);
      }
    }
    return w2;
  }

  private static double[] layer(Random r, int hidden) {
    double[] h = new double[hidden];
    for (int i = 0; i < hidden; i++) {
      double x = mixed(r);
      h[i] = r.nextBoolean() ? x * x * x : x; // the parser's hidden layer is cubed
    }
    return h;
  }

  private static double[] sentinels(int n) {
    double[] out = new double[n];
    java.util.Arrays.fill(out, Double.longBitsToDouble(0x7ff8_dead_beef_0001L));
    return out;
  }

  private static void assertBits(double[] want, double[] got, int extra, String what) {
    for (int l = 0; l < want.length; l++) {
      assertEquals(Double.doubleToRawLongBits(want[l]), Double.doubleToRawLongBits(got[l]), what + ", label " + l);
    }
    for (int l = want.length; l < want.length + extra; l++) {
      assertEquals(0x7ff8_dead_beef_0001L, Double.doubleToRawLongBits(got[l]), what + ": written past the labels");
    }
  }

  @Test
  void scores_randomWeightsOfMixedMagnitudes_areTheInOrderSumsBitForBit() {
    Random r = new Random(17);
    int[] labelCounts = {1, 3, 8, 13, 83};
    int[] hiddenCounts = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 37, 1000};
    for (int labels : labelCounts) {
      for (int hidden : hiddenCounts) {
        float[][] w2 = weights(r, labels, hidden);
        ParserOutputLayer layer = new ParserOutputLayer(w2);
        for (int trial = 0; trial < 3; trial++) {
          double[] h = layer(r, hidden);
          double[] g = layer(r, hidden);
          String what = labels + " labels, " + hidden + " hidden units, trial " + trial;
          double[] one = sentinels(labels + 5);
          layer.scores(h, one);
          assertBits(inOrder(w2, h), one, 5, what + ", one layer");
          double[] outH = sentinels(labels + 3);
          double[] outG = sentinels(labels + 3);
          layer.scores(h, g, outH, outG);
          assertBits(inOrder(w2, h), outH, 3, what + ", first of two");
          assertBits(inOrder(w2, g), outG, 3, what + ", second of two");
        }
      }
    }
  }

  @Test
  void scores_keepTheOrderOfTheAdditions() {
    // in order: 0 + 1e16 = 1e16, + 1 three times rounds back to 1e16 each time, - 1e16 = 0, then + 1 + 1 = 2.
    // Summed in four lanes (units 0 and 4, 1 and 5, 2 and 6, 3) it would be 0 + 2 + 2 + 1 = 5; pairwise, another.
    double[] h = {1e16, 1, 1, 1, -1e16, 1, 1};
    float[][] w2 = {{1, 1, 1, 1, 1, 1, 1}, {-1, -1, -1, -1, -1, -1, -1}};
    ParserOutputLayer layer = new ParserOutputLayer(w2);
    double[] out = new double[2];
    layer.scores(h, out);
    assertEquals(2.0, out[0]);
    assertEquals(-2.0, out[1]);
    double[] outG = new double[2];
    layer.scores(h, h, out, outG);
    assertEquals(2.0, out[0]);
    assertEquals(-2.0, outG[1]);
  }

  @Test
  void scores_startFromZero_soANegativeZeroTermGivesPositiveZero() {
    // CoreNLP's sum starts at 0.0, and 0.0 + -0.0 is 0.0: a sum that started from the first term would give -0.0
    ParserOutputLayer layer = new ParserOutputLayer(new float[][] {{1, 1, 1, 1, 1}});
    double[] out = {Double.NaN};
    layer.scores(new double[] {-0.0, -0.0, -0.0, -0.0, -0.0}, out);
    assertEquals(0L, Double.doubleToRawLongBits(out[0]));
    double[] outG = {Double.NaN};
    layer.scores(new double[] {-0.0, -0.0, -0.0, -0.0, -0.0}, new double[5], out, outG);
    assertEquals(0L, Double.doubleToRawLongBits(out[0]));
  }

  @Test
  void constructor_raggedOrEmptyW2_failsNamingTheRow() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ParserOutputLayer(new float[][] {{1, 2}, {3}}));
    assertEquals("W2's row 1 has 1 hidden units, row 0 has 2", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ParserOutputLayer(new float[0][]));
  }
}
