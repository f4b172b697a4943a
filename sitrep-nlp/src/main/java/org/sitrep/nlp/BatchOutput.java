package org.sitrep.nlp;

/**
 * The parser's output layer (W2 x the cubed hidden layer, one score per transition) for several sentences' hidden
 * layers at once, as {@link FastParserScores#scores(int[][], int, double[][])} computes it: each score is the sum
 * {@code 0 + h[0] * W2[l][0] + h[1] * W2[l][1] + ...} in double, in that order, as CoreNLP's classifier sums it (W2 is
 * float there, widened here ahead of time: exact), so the scores are CoreNLP's bit for bit. What is cheaper is only
 * which sums run side by side: a lone sequential sum waits on the adder at every term, where sixteen independent
 * ones (four labels of four sentences) keep the processor's adders and multipliers busy, and each row of W2 is read
 * once for four sentences. GPL-3.0-or-later, as CoreNLP, whose arithmetic this reproduces.
 */
final class BatchOutput {
  private BatchOutput() {
  }

  /** The output layers of {@code hs[k..k+3]} into {@code out[k..k+3]}: four labels of the four at once. */
  static void quad(double[] w2d, int labels, int hidden, double[][] hs, int k, double[][] out) {
    double[] h = hs[k];
    double[] g = hs[k + 1];
    double[] f = hs[k + 2];
    double[] d = hs[k + 3];
    double[] oh = out[k];
    double[] og = out[k + 1];
    double[] of = out[k + 2];
    double[] od = out[k + 3];
    int l = 0;
    for (; l + 4 <= labels; l += 4) {
      double r0 = 0;
      double r1 = 0;
      double r2 = 0;
      double r3 = 0;
      double q0 = 0;
      double q1 = 0;
      double q2 = 0;
      double q3 = 0;
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      double t0 = 0;
      double t1 = 0;
      double t2 = 0;
      double t3 = 0;
      int a0 = l * hidden;
      int a1 = a0 + hidden;
      int a2 = a1 + hidden;
      int a3 = a2 + hidden;
      for (int i = 0; i < hidden; i++) {
        double hi = h[i];
        double gi = g[i];
        double fi = f[i];
        double di = d[i];
        double w0 = w2d[a0 + i];
        double w1 = w2d[a1 + i];
        double w2 = w2d[a2 + i];
        double w3 = w2d[a3 + i];
        r0 += hi * w0;
        r1 += hi * w1;
        r2 += hi * w2;
        r3 += hi * w3;
        q0 += gi * w0;
        q1 += gi * w1;
        q2 += gi * w2;
        q3 += gi * w3;
        s0 += fi * w0;
        s1 += fi * w1;
        s2 += fi * w2;
        s3 += fi * w3;
        t0 += di * w0;
        t1 += di * w1;
        t2 += di * w2;
        t3 += di * w3;
      }
      set(oh, l, r0, r1, r2, r3);
      set(og, l, q0, q1, q2, q3);
      set(of, l, s0, s1, s2, s3);
      set(od, l, t0, t1, t2, t3);
    }
    for (; l < labels; l++) {
      double r = 0;
      double q = 0;
      double x = 0;
      double y = 0;
      int row = l * hidden;
      for (int i = 0; i < hidden; i++) {
        double w = w2d[row + i];
        r += h[i] * w;
        q += g[i] * w;
        x += f[i] * w;
        y += d[i] * w;
      }
      oh[l] = r;
      og[l] = q;
      of[l] = x;
      od[l] = y;
    }
  }

  /**
   * The output layer of one hidden layer (a sentence alone, or the last of a batch): eight labels at once, eight
   * independent sums.
   */
  static void single(double[] w2d, int labels, int hidden, double[] h, double[] out) {
    int l = 0;
    for (; l + 8 <= labels; l += 8) {
      double r0 = 0;
      double r1 = 0;
      double r2 = 0;
      double r3 = 0;
      double r4 = 0;
      double r5 = 0;
      double r6 = 0;
      double r7 = 0;
      int a0 = l * hidden;
      int a1 = a0 + hidden;
      int a2 = a1 + hidden;
      int a3 = a2 + hidden;
      int a4 = a3 + hidden;
      int a5 = a4 + hidden;
      int a6 = a5 + hidden;
      int a7 = a6 + hidden;
      for (int i = 0; i < hidden; i++) {
        double hi = h[i];
        r0 += hi * w2d[a0 + i];
        r1 += hi * w2d[a1 + i];
        r2 += hi * w2d[a2 + i];
        r3 += hi * w2d[a3 + i];
        r4 += hi * w2d[a4 + i];
        r5 += hi * w2d[a5 + i];
        r6 += hi * w2d[a6 + i];
        r7 += hi * w2d[a7 + i];
      }
      set(out, l, r0, r1, r2, r3);
      set(out, l + 4, r4, r5, r6, r7);
    }
    for (; l < labels; l++) {
      double r = 0;
      int row = l * hidden;
      for (int i = 0; i < hidden; i++) {
        r += h[i] * w2d[row + i];
      }
      out[l] = r;
    }
  }

  private static void set(double[] o, int l, double a, double b, double c, double d) {
    o[l] = a;
    o[l + 1] = b;
    o[l + 2] = c;
    o[l + 3] = d;
  }

  /** The output layer of two hidden layers: four labels of both at once, eight independent sums. */
  static void pair(double[] w2d, int labels, int hidden, double[] h, double[] g, double[] outH, double[] outG) {
    int l = 0;
    for (; l + 4 <= labels; l += 4) {
      double r0 = 0;
      double r1 = 0;
      double r2 = 0;
      double r3 = 0;
      double q0 = 0;
      double q1 = 0;
      double q2 = 0;
      double q3 = 0;
      int a0 = l * hidden;
      int a1 = a0 + hidden;
      int a2 = a1 + hidden;
      int a3 = a2 + hidden;
      for (int i = 0; i < hidden; i++) {
        double hi = h[i];
        double gi = g[i];
        double w0 = w2d[a0 + i];
        double w1 = w2d[a1 + i];
        double w2i = w2d[a2 + i];
        double w3 = w2d[a3 + i];
        r0 += hi * w0;
        r1 += hi * w1;
        r2 += hi * w2i;
        r3 += hi * w3;
        q0 += gi * w0;
        q1 += gi * w1;
        q2 += gi * w2i;
        q3 += gi * w3;
      }
      outH[l] = r0;
      outH[l + 1] = r1;
      outH[l + 2] = r2;
      outH[l + 3] = r3;
      outG[l] = q0;
      outG[l + 1] = q1;
      outG[l + 2] = q2;
      outG[l + 3] = q3;
    }
    for (; l < labels; l++) {
      double r = 0;
      double q = 0;
      int row = l * hidden;
      for (int i = 0; i < hidden; i++) {
        double w = w2d[row + i];
        r += h[i] * w;
        q += g[i] * w;
      }
      outH[l] = r;
      outG[l] = q;
    }
  }

}
