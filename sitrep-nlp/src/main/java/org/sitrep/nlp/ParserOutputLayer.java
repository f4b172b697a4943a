package org.sitrep.nlp;

/**
 * The dependency parser's output layer (W2 x the cubed hidden layer: one score per transition), as
 * {@link FastParserScores} computes it. Each score is the sum {@code 0 + h[0] * W2[l][0] + h[1] * W2[l][1] + ...}
 * in double, in that order, as CoreNLP's classifier sums it (W2 is float there, widened here ahead of time: exact),
 * so the scores are CoreNLP's bit for bit.
 *
 * <p>What is cheaper is the layout: W2 is held transposed, one row of the labels' weights per hidden unit, and the
 * loops run over the labels, {@code out[l] = out[l] + h0 * a[l] + h1 * b[l] + h2 * c[l] + h3 * d[l]} for four
 * hidden units at a time. Java evaluates that left to right, so each {@code out[l]} still receives CoreNLP's terms in
 * CoreNLP's order, and since no label's sum depends on another's, Java 17's JIT (C2) compiles the loop to vector
 * instructions across labels. It does so for a row of its own ({@code a[l]}), not for an offset into one flat array,
 * and for a simple body: four hidden units of one or two hidden layers (eight units, or four hidden layers with four
 * units each, stay scalar). Immutable and thread-safe. GPL-3.0-or-later, as CoreNLP, whose arithmetic this
 * reproduces.
 */
public final class ParserOutputLayer {
  private final int labels;
  private final int hidden;
  private final double[][] w2t; // hidden x labels: w2t[i][l] = W2[l][i], widened to double

  /** From CoreNLP's W2 (labels x hidden units), copied. */
  public ParserOutputLayer(float[][] w2) {
    if (w2.length == 0) {
      throw new IllegalArgumentException("W2 has no labels");
    }
    this.labels = w2.length;
    this.hidden = w2[0].length;
    this.w2t = new double[hidden][labels];
    for (int l = 0; l < labels; l++) {
      if (w2[l].length != hidden) {
        throw new IllegalArgumentException("W2's row " + l + " has " + w2[l].length + " hidden units, row 0 has "
            + hidden);
      }
      for (int i = 0; i < hidden; i++) {
        w2t[i][l] = w2[l][i];
      }
    }
  }

  /** The number of labels (transitions), the length of the scores. */
  public int labels() {
    return labels;
  }

  /** The number of hidden units, the length of a hidden layer. */
  public int hidden() {
    return hidden;
  }

  /**
   * The scores of hidden layer {@code h} into {@code out[0..labels)}; the rest of {@code out} (at least as long as the
   * labels) is left as it is.
   */
  public void scores(double[] h, double[] out) {
    int n = labels;
    java.util.Arrays.fill(out, 0, n, 0.0);
    int i = 0;
    for (; i + 4 <= hidden; i += 4) {
      double[] a = w2t[i];
      double[] b = w2t[i + 1];
      double[] c = w2t[i + 2];
      double[] d = w2t[i + 3];
      double h0 = h[i];
      double h1 = h[i + 1];
      double h2 = h[i + 2];
      double h3 = h[i + 3];
      for (int l = 0; l < n; l++) {
        out[l] = out[l] + h0 * a[l] + h1 * b[l] + h2 * c[l] + h3 * d[l];
      }
    }
    for (; i < hidden; i++) {
      double[] a = w2t[i];
      double h0 = h[i];
      for (int l = 0; l < n; l++) {
        out[l] = out[l] + h0 * a[l];
      }
    }
  }

  /**
   * The scores of two hidden layers, {@code h} into {@code outH} and {@code g} into {@code outG}, each exactly as
   * {@link #scores(double[], double[])} gives it alone; the rows of W2 are read once for both.
   */
  public void scores(double[] h, double[] g, double[] outH, double[] outG) {
    int n = labels;
    java.util.Arrays.fill(outH, 0, n, 0.0);
    java.util.Arrays.fill(outG, 0, n, 0.0);
    int i = 0;
    for (; i + 4 <= hidden; i += 4) {
      double[] a = w2t[i];
      double[] b = w2t[i + 1];
      double[] c = w2t[i + 2];
      double[] d = w2t[i + 3];
      double h0 = h[i];
      double h1 = h[i + 1];
      double h2 = h[i + 2];
      double h3 = h[i + 3];
      double g0 = g[i];
      double g1 = g[i + 1];
      double g2 = g[i + 2];
      double g3 = g[i + 3];
      for (int l = 0; l < n; l++) {
        double x = a[l];
        double y = b[l];
        double z = c[l];
        double w = d[l];
        outH[l] = outH[l] + h0 * x + h1 * y + h2 * z + h3 * w;
        outG[l] = outG[l] + g0 * x + g1 * y + g2 * z + g3 * w;
      }
    }
    for (; i < hidden; i++) {
      double[] a = w2t[i];
      double h0 = h[i];
      double g0 = g[i];
      for (int l = 0; l < n; l++) {
        double x = a[l];
        outH[l] = outH[l] + h0 * x;
        outG[l] = outG[l] + g0 * x;
      }
    }
  }
}
