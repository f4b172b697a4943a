package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@link FastParserScores} from many threads: each thread scores with its own buffers and gets the same scores as
 * one thread alone, also when more threads than the scorer's per-thread table has slots take turns (so slots are
 * taken over and given back) and when a thread's scratch is looked up again after another thread took its slot.
 * Small random weights (not a parser model), so the test runs in milliseconds.
 */
class FastParserScoresThreadsTest {
  private static final int VOCAB = 40;
  private static final int TOKENS = 6;
  private static final int EMB = 5;
  private static final int HIDDEN = 13;
  private static final int LABELS = 7;

  private static FastParserScores scorer(int numCached) {
    Random r = new Random(17);
    float[][] e = new float[VOCAB][EMB];
    float[][] w1 = new float[HIDDEN][TOKENS * EMB];
    float[] b1 = new float[HIDDEN];
    float[][] w2 = new float[LABELS][HIDDEN];
    for (float[] row : e) {
      fill(row, r);
    }
    for (float[] row : w1) {
      fill(row, r);
    }
    fill(b1, r);
    for (float[] row : w2) {
      fill(row, r);
    }
    int[] pre = {0, 7, 13, 31, 50, 99}; // feature ids token * TOKENS + position: some features precomputed
    return new FastParserScores(e, w1, b1, w2, pre, pre.length, TOKENS, EMB, numCached);
  }

  private static void fill(float[] a, Random r) {
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) (r.nextGaussian() * 0.3);
    }
  }

  private static List<int[]> features() {
    Random r = new Random(5);
    List<int[]> out = new ArrayList<>();
    for (int k = 0; k < 50; k++) {
      int[] f = new int[TOKENS];
      for (int j = 0; j < TOKENS; j++) {
        f[j] = r.nextInt(VOCAB);
      }
      out.add(f);
    }
    return out;
  }

  private static List<double[]> scoreAll(FastParserScores s, List<int[]> features) {
    List<double[]> out = new ArrayList<>();
    for (int[] f : features) {
      out.add(s.scores(f).clone());
    }
    return out;
  }

  @Test
  void manyThreadsTakingTurns_getOneThreadsScores() throws Exception {
    List<int[]> features = features();
    List<double[]> expected = scoreAll(scorer(3), features); // a fresh scorer, this thread alone
    FastParserScores shared = scorer(3); // a cache of 3 slices: cleared and refilled as threads go
    for (int t = 0; t < 40; t++) { // more threads, one after another, than the scorer has slots
      AtomicReference<List<double[]>> got = new AtomicReference<>();
      Thread th = new Thread(() -> got.set(scoreAll(shared, features)));
      th.start();
      th.join();
      for (int k = 0; k < features.size(); k++) {
        assertArrayEquals(expected.get(k), got.get().get(k), "thread " + t + ", feature vector " + k);
      }
      List<double[]> again = scoreAll(shared, features); // this thread again, after the others
      for (int k = 0; k < features.size(); k++) {
        assertArrayEquals(expected.get(k), again.get(k), "this thread after thread " + t);
      }
    }
  }

  @Test
  void twoThreadsAtOnce_eachHaveTheirOwnBuffer() throws Exception {
    List<int[]> features = features();
    List<double[]> expected = scoreAll(scorer(4), features);
    FastParserScores shared = scorer(4);
    CyclicBarrier step = new CyclicBarrier(2);
    List<AtomicReference<String>> errors = List.of(new AtomicReference<>(), new AtomicReference<>());
    List<AtomicReference<double[]>> buffers = List.of(new AtomicReference<>(), new AtomicReference<>());
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      int me = t;
      threads.add(new Thread(() -> {
        try {
          for (int round = 0; round < 20; round++) {
            for (int k = 0; k < features.size(); k++) {
              step.await(); // both threads score at the same moment, every vector
              double[] out = shared.scores(features.get(k));
              buffers.get(me).set(out);
              if (!java.util.Arrays.equals(expected.get(k), out)) {
                errors.get(me).set("round " + round + ", vector " + k);
              }
            }
          }
        } catch (Exception e) {
          errors.get(me).set(e.toString());
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread th : threads) {
      th.join();
    }
    assertSame(null, errors.get(0).get());
    assertSame(null, errors.get(1).get());
    assertNotSame(buffers.get(0).get(), buffers.get(1).get());
  }

  @Test
  void twoThreadsScoringBatchesAtOnce_getOneThreadsScores() throws Exception {
    List<int[]> features = features();
    List<double[]> expected = scoreAll(scorer(4), features);
    FastParserScores shared = scorer(4);
    CyclicBarrier step = new CyclicBarrier(2);
    List<AtomicReference<String>> errors = List.of(new AtomicReference<>(), new AtomicReference<>());
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      int size = 3 + 2 * t; // batches of 3 and of 5: each thread's hidden buffers are its own
      threads.add(new Thread(() -> {
        try {
          for (int round = 0; round < 10; round++) {
            for (int b = 0; b < 17; b++) { // as many steps for both (the barrier), wrapping round the vectors
              int from = b * size % features.size();
              int n = Math.min(size, features.size() - from);
              int[][] batch = features.subList(from, from + n).toArray(new int[0][]);
              double[][] out = new double[n][LABELS];
              step.await(); // both threads score at the same moment
              shared.scores(batch, n, out);
              for (int k = 0; k < n; k++) {
                if (!java.util.Arrays.equals(expected.get(from + k), out[k])) {
                  errors.get(size == 3 ? 0 : 1).set("round " + round + ", vector " + (from + k));
                }
              }
            }
          }
        } catch (Exception e) {
          errors.get(size == 3 ? 0 : 1).set(e.toString());
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread th : threads) {
      th.join(60_000);
    }
    assertSame(null, errors.get(0).get());
    assertSame(null, errors.get(1).get());
  }
}
