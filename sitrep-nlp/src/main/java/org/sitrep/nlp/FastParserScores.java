package org.sitrep.nlp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The transition scores of CoreNLP's neural dependency parser (its {@code Classifier.computeScores}: the hidden layer
 * as the sum of each feature's slice of W1 x embedding, with the precomputed slices of frequent features, plus the
 * bias, cubed, then W2 x hidden), computed with the same floating-point operations in the same order, so every score
 * is bit-identical to CoreNLP's and the parser chooses the same transitions.
 *
 * <p>What is cheaper: W1 is a flat array and W2 a transposed copy widened to double (exact: the products are the same
 * doubles), read by {@link ParserOutputLayer} across the labels in vector instructions, for one sentence or, through
 * {@link #scores(int[][], int, double[][])}, two at a time for several parsed in step; the precomputed slices are
 * CoreNLP's own table, shared, or made a row at a time at first use, and consecutive ones are added to the hidden
 * layer four at a time (each unit's additions still in feature order); the precomputed-feature index is a
 * primitive open-addressing table rather than a {@code HashMap<Integer, Integer>} (no boxing); the slices of the
 * other features are cached per thread (no lock; a slice is a pure function of the feature, so which slices are
 * cached changes no score); and each thread reuses its hidden and output buffers, so a call allocates nothing.
 * The returned array is that thread's buffer, valid until its next call (the parser reads it once per transition).
 *
 * <p>The arithmetic, as CoreNLP's: a slice is {@code double partial += (float) w * (float) e} over the embedding,
 * stored as float for a cached slice and kept double for a precomputed one; the hidden sum adds the features'
 * slices in feature order; then {@code h += b1; h = h * h * h}; then {@code score += h * w2} in order.
 * Immutable after construction and thread-safe. GPL-3.0-or-later, as CoreNLP, whose arithmetic this reproduces.
 */
public final class FastParserScores {
  private final int hidden;
  private final int numTokens;
  private final int embeddingSize;
  private final int labels;
  private final int inputSize;
  private final float[] w1; // hidden x inputSize, row-major
  private final ParserOutputLayer output; // W2, transposed and widened to double (exact)
  private final double[] b1; // widened to double (exact), so that the bias-and-cube loop is one of doubles
  private final float[][] e;
  private final int[] preKeys; // open addressing; -1 empty
  private final int[] preRows;
  private final int preMask;
  private final double[][] saved; // precomputed rows, each hidden long; a null row is made at its first use
  private final int[] preIds; // the feature id of each precomputed row (for a row made lazily)
  private static final VarHandle ROWS = MethodHandles.arrayElementVarHandle(double[][].class);
  private final int cacheSize;
  private final ThreadLocal<Scratch> scratch;

  /**
   * From the parser's weights: embeddings {@code e} (vocabulary x embeddingSize), {@code w1} (hidden x
   * numTokens*embeddingSize), {@code b1}, {@code w2} (labels x hidden), and the feature ids to precompute (id =
   * token * numTokens + position), of which the first {@code numPreComputed} are used, as CoreNLP uses them; the
   * precomputed slices are made here, each at its feature's first use.
   */
  public FastParserScores(float[][] e, float[][] w1, float[] b1, float[][] w2, int[] preComputed, int numPreComputed,
                          int numTokens, int embeddingSize, int numCached) {
    this(e, w1, b1, w2, preMap(preComputed, numPreComputed), null, numTokens, embeddingSize, numCached);
  }

  /**
   * As above, with the precomputed slices already made by CoreNLP's classifier: {@code preMap} (feature id to row)
   * and {@code saved} (its rows, held by reference, not copied: one table in memory, not two), or {@code saved}
   * null to make them here, each at its first use.
   */
  public FastParserScores(float[][] e, float[][] w1, float[] b1, float[][] w2, Map<Integer, Integer> preMap,
                          double[][] saved, int numTokens, int embeddingSize, int numCached) {
    this.hidden = w1.length;
    this.numTokens = numTokens;
    this.embeddingSize = embeddingSize;
    this.labels = w2.length;
    this.inputSize = w1[0].length;
    this.e = e;
    this.b1 = new double[b1.length];
    for (int i = 0; i < b1.length; i++) {
      this.b1[i] = b1[i];
    }
    this.w1 = new float[hidden * inputSize];
    for (int i = 0; i < hidden; i++) {
      System.arraycopy(w1[i], 0, this.w1, i * inputSize, inputSize);
    }
    this.output = new ParserOutputLayer(w2);
    int n = preMap.size();
    int cap = Integer.highestOneBit(Math.max(4, n * 2)) * 2;
    this.preKeys = new int[cap];
    java.util.Arrays.fill(preKeys, -1);
    this.preRows = new int[cap];
    this.preMask = cap - 1;
    int rows = 0;
    for (Map.Entry<Integer, Integer> x : new TreeMap<>(preMap).entrySet()) {
      int slot = find(x.getKey());
      preKeys[slot] = x.getKey();
      preRows[slot] = x.getValue();
      rows = Math.max(rows, x.getValue() + 1);
    }
    this.preIds = new int[rows];
    if (saved == null) {
      // made lazily, a row at its feature's first use (pure: the row is the same whoever makes it, whenever), rather
      // than all numPreComputed rows at load (about 1 s CPU and 160 MB, most of them never read by a news article)
      saved = new double[rows][];
      for (Map.Entry<Integer, Integer> x : preMap.entrySet()) {
        preIds[x.getValue()] = x.getKey();
      }
    } else if (saved.length < rows || rows > 0 && saved[0].length != hidden) {
      throw new IllegalArgumentException("precomputed table of " + saved.length + " rows for " + rows
          + " precomputed features of " + hidden + " hidden units");
    }
    this.saved = saved;
    this.cacheSize = Math.max(0, numCached);
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(hidden, labels, cacheSize));
  }

  /** Feature id to row, as CoreNLP's preMap: the first {@code numPreComputed} ids by list position (a repeated id keeps its last). */
  private static Map<Integer, Integer> preMap(int[] preComputed, int numPreComputed) {
    int n = Math.min(preComputed.length, Math.max(0, numPreComputed));
    Map<Integer, Integer> m = new HashMap<>();
    for (int i = 0; i < n; i++) {
      m.put(preComputed[i], i);
    }
    return m;
  }

  private int find(int key) {
    int slot = mix(key) & preMask;
    while (preKeys[slot] != -1 && preKeys[slot] != key) {
      slot = (slot + 1) & preMask;
    }
    return slot;
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * {@code sum[at + i] += W1[i] . vec} over the slice from column {@code off}, accumulated in double from the
   * float products as CoreNLP does; four rows at once (independent sums, each in CoreNLP's order).
   */
  private void sliceSum(double[] sum, int at, float[] vec, int off) {
    int n = vec.length;
    int i = 0;
    for (; i + 4 <= hidden; i += 4) {
      double p0 = sum[at + i];
      double p1 = sum[at + i + 1];
      double p2 = sum[at + i + 2];
      double p3 = sum[at + i + 3];
      int r0 = i * inputSize + off;
      int r1 = r0 + inputSize;
      int r2 = r1 + inputSize;
      int r3 = r2 + inputSize;
      for (int j = 0; j < n; j++) {
        float v = vec[j];
        p0 += w1[r0 + j] * v;
        p1 += w1[r1 + j] * v;
        p2 += w1[r2 + j] * v;
        p3 += w1[r3 + j] * v;
      }
      sum[at + i] = p0;
      sum[at + i + 1] = p1;
      sum[at + i + 2] = p2;
      sum[at + i + 3] = p3;
    }
    for (; i < hidden; i++) {
      double partial = sum[at + i];
      int row = i * inputSize + off;
      for (int j = 0; j < n; j++) {
        partial += w1[row + j] * vec[j];
      }
      sum[at + i] = partial;
    }
  }

  /**
   * Row {@code r} of the precomputed table, made as CoreNLP's {@code Classifier.preCompute} makes it (the slice summed
   * from zero in double) and published whole: a thread that reads it sees every value (release/acquire); two
   * threads making the same row at once make the same doubles, and either's copy is kept.
   */
  private double[] precompute(int r) {
    int id = preIds[r];
    double[] row = new double[hidden];
    sliceSum(row, 0, e[id / numTokens], (id % numTokens) * embeddingSize);
    ROWS.setRelease(saved, r, row);
    return row;
  }

  /**
   * The scores of every transition for one feature vector (word, POS and label ids by position), the same doubles
   * CoreNLP's classifier returns. The array is this thread's buffer, overwritten by its next call.
   */
  public double[] scores(int[] feature) {
    Scratch s = scratch.get();
    double[] h = s.hidden;
    hiddenLayer(feature, s, h);
    output.scores(h, s.out);
    return s.out;
  }

  /**
   * The hidden layer for one feature vector into {@code h}: the features' slices in order, plus the bias, cubed.
   * Consecutive precomputed rows (most of a vector's 48 features) are added {@link #ROWS_AT_ONCE} at a time, each
   * {@code h[i]} still getting them one after another in feature order ({@code ((h[i] + a[i]) + b[i]) + ...}, as
   * Java evaluates it), so every double is the one the one-row-at-a-time sum gives; what is saved is loading and
   * storing {@code h} once per row.
   */
  private void hiddenLayer(int[] feature, Scratch s, double[] h) {
    java.util.Arrays.fill(h, 0.0);
    double[][] pending = s.pending;
    int waiting = 0;
    int offset = 0;
    for (int j = 0; j < feature.length; j++, offset += embeddingSize) {
      int tok = feature[j];
      int index = tok * numTokens + j;
      int slot = find(index);
      double[] row;
      if (preKeys[slot] != -1) {
        int r = preRows[slot];
        row = (double[]) ROWS.getAcquire(saved, r);
        if (row == null) {
          row = precompute(r);
        }
      } else if (cacheSize == 0) {
        addRows(h, pending, waiting); // the rows before this feature first: the order of the additions is kept
        waiting = 0;
        sliceSum(h, 0, e[tok], offset);
        continue;
      } else {
        row = s.cached(index);
        if (row == null) {
          // the rows waiting first: making a slice may clear the cache and reuse the rows of slices still waiting
          addRows(h, pending, waiting);
          waiting = 0;
          row = slice(s, index, tok, offset);
        }
      }
      pending[waiting++] = row;
      if (waiting == ROWS_AT_ONCE) {
        addRows(h, pending, waiting);
        waiting = 0;
      }
    }
    addRows(h, pending, waiting);
    double[] b = b1;
    for (int i = 0; i < hidden; i++) {
      double x = h[i] + b[i];
      h[i] = x * x * x;
    }
  }

  /**
   * The slice of feature {@code index} (token {@code tok}, columns from {@code offset}), made and cached in
   * {@code s}: summed in double, then kept as CoreNLP caches it, as float, widened to the double CoreNLP adds.
   */
  private double[] slice(Scratch s, int index, int tok, int offset) {
    double[] slice = s.put(index);
    double[] tmp = s.slice;
    java.util.Arrays.fill(tmp, 0.0);
    sliceSum(tmp, 0, e[tok], offset);
    for (int i = 0; i < hidden; i++) {
      slice[i] = (float) tmp[i];
    }
    return slice;
  }

  /** How many precomputed rows {@link #addRows} adds in one pass over the hidden layer. */
  static final int ROWS_AT_ONCE = 4;

  /**
   * {@code h[i] += rows[0][i]; h[i] += rows[1][i]; ...} for the first {@code n} rows, in that order for every
   * {@code i}, in one pass over {@code h} when there are {@link #ROWS_AT_ONCE} of them.
   */
  static void addRows(double[] h, double[][] rows, int n) {
    int len = h.length;
    if (n == 4) {
      double[] a = rows[0];
      double[] b = rows[1];
      double[] c = rows[2];
      double[] d = rows[3];
      for (int i = 0; i < len; i++) {
        h[i] = h[i] + a[i] + b[i] + c[i] + d[i];
      }
      return;
    }
    for (int k = 0; k < n; k++) {
      double[] a = rows[k];
      for (int i = 0; i < len; i++) {
        h[i] += a[i];
      }
    }
  }

  /**
   * The scores of several feature vectors at once (one per sentence parsed in step): {@code out[k]} (at least as long
   * as the transitions) gets the scores of {@code features[k]}, for {@code k < count}, the same doubles as
   * {@link #scores(int[])} gives each alone. Each hidden layer is computed as there; the output layer
   * ({@link ParserOutputLayer}) takes two hidden layers at a time (then the last alone), each score still CoreNLP's
   * additions in CoreNLP's order.
   */
  public void scores(int[][] features, int count, double[][] out) {
    Scratch s = scratch.get();
    double[][] hs = s.batch(count);
    for (int k = 0; k < count; k++) {
      hiddenLayer(features[k], s, hs[k]);
    }
    int k = 0;
    for (; k + 2 <= count; k += 2) {
      output.scores(hs[k], hs[k + 1], out[k], out[k + 1]);
    }
    if (k < count) {
      output.scores(hs[k], out[k]);
    }
  }

  /**
   * One thread's buffers and its cache of computed slices (cleared when full: contents never change a score). A
   * cached slice is held as the doubles CoreNLP adds (its float values, widened), one array per slice, so that it is
   * added to the hidden layer like a precomputed row: with them, in one pass, in vector instructions.
   */
  private static final class Scratch {
    final double[] hidden;
    final double[] out;
    final double[] slice;
    final double[][] pending = new double[ROWS_AT_ONCE][]; // precomputed rows waiting to be added, in order
    final double[][] slices; // made at first use, reused after the cache is cleared
    final int[] keys;
    final int[] rows;
    final int mask;
    final int capacity;
    final int width;
    int used;
    double[][] batch = new double[0][];

    Scratch(int hidden, int labels, int capacity) {
      this.hidden = new double[hidden];
      this.out = new double[labels];
      this.slice = new double[hidden];
      this.width = hidden;
      this.capacity = capacity;
      this.slices = new double[capacity][];
      int cap = Integer.highestOneBit(Math.max(4, capacity * 2)) * 2;
      this.keys = new int[cap];
      java.util.Arrays.fill(keys, -1);
      this.rows = new int[cap];
      this.mask = cap - 1;
    }

    /** At least {@code count} hidden-layer buffers (grown, never shrunk: one per sentence parsed in step). */
    double[][] batch(int count) {
      if (batch.length < count) {
        double[][] b = java.util.Arrays.copyOf(batch, Math.max(count, batch.length * 2));
        for (int k = batch.length; k < b.length; k++) {
          b[k] = new double[width];
        }
        batch = b;
      }
      return batch;
    }

    /** The cached slice of feature {@code key}, or null. */
    double[] cached(int key) {
      int slot = mix(key) & mask;
      while (keys[slot] != -1) {
        if (keys[slot] == key) {
          return slices[rows[slot]];
        }
        slot = (slot + 1) & mask;
      }
      return null;
    }

    /** The array to fill with the slice of feature {@code key}, now cached (the cache cleared first when full). */
    double[] put(int key) {
      if (used == capacity) {
        java.util.Arrays.fill(keys, -1);
        used = 0;
      }
      int slot = mix(key) & mask;
      while (keys[slot] != -1) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      rows[slot] = used;
      if (slices[used] == null) {
        slices[used] = new double[width];
      }
      return slices[used++];
    }
  }
}
