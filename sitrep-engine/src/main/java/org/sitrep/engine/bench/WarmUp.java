package org.sitrep.engine.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.LongSupplier;
import java.util.function.ToIntFunction;
import org.sitrep.core.doc.Article;

/**
 * The untimed articles a side of the benchmark runs before its clock starts: a fixed count, or as many as it takes
 * for the JIT to settle. Settled means that in two rounds running (each at least {@link #ROUND_NANOS} of wall time)
 * the JIT's compilers were busy for less than {@link #SETTLED_SHARE} of the workers' time, read from the JVM's
 * accumulated compile time; {@code articles} and {@link #MAX_SETTLING_NANOS} then cap it. A fixed count suits
 * comparisons with earlier runs; settling measures the steady state a long batch reaches, each side after its own
 * warm-up (bare CoreNLP, with fewer and longer loops, settles sooner than sitrep).
 */
public record WarmUp(int articles, boolean untilSettled) {
  /** The compilers' busy share of the workers' time under which a round counts as settled. */
  static final double SETTLED_SHARE = 0.05;
  /** The least wall time of a settling round: long enough that one large compilation does not decide it. */
  static final long ROUND_NANOS = 3_000_000_000L;
  /** The most articles a settling warm-up runs. */
  static final int MAX_SETTLING_ARTICLES = 4000;
  /** The longest a settling warm-up runs: bare CoreNLP takes about six minutes over 1,000 articles on two cores. */
  static final long MAX_SETTLING_NANOS = 300_000_000_000L;

  public WarmUp {
    if (articles < 0) {
      throw new IllegalArgumentException("warm-up articles must be 0 or more, not " + articles);
    }
  }

  /** A warm-up of exactly {@code articles} articles. */
  public static WarmUp fixed(int articles) {
    return new WarmUp(articles, false);
  }

  /**
   * A warm-up that runs until the JIT settles, at most {@link #MAX_SETTLING_ARTICLES} articles and
   * {@link #MAX_SETTLING_NANOS}.
   */
  public static WarmUp settle() {
    return new WarmUp(MAX_SETTLING_ARTICLES, true);
  }

  /** Reads {@code settle} or a count of articles (0 or more), as the CLI's {@code --warmup} takes them. */
  public static WarmUp parse(String spec) {
    String s = spec == null ? "" : spec.strip();
    if (s.equals("settle")) {
      return settle();
    }
    try {
      return fixed(Integer.parseInt(s));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a warm-up is 'settle' or a number of articles (0 or more), not '" + spec
          + "'");
    }
  }

  @Override
  public String toString() {
    return untilSettled ? "until the JIT settles (at most " + articles + " articles, 5 minutes)"
        : articles + " articles";
  }

  /**
   * Runs the warm-up of {@code work} on the pool, articles taken from the corpus's start and cycled; returns the
   * number of articles run. Where the JVM does not report compile time, settling falls back to a fixed 300 articles.
   */
  int run(ExecutorService pool, int threads, List<Article> corpus, ToIntFunction<Article> work) throws Exception {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    if (untilSettled && (jit == null || !jit.isCompilationTimeMonitoringSupported())) {
      return fixed(300).run(pool, threads, corpus, work);
    }
    return run(pool, threads, corpus, work, jit == null ? () -> 0 : jit::getTotalCompilationTime, ROUND_NANOS,
        MAX_SETTLING_NANOS);
  }

  /** {@link #run} with the compile-time clock (milliseconds), the round length and the time cap given, for tests. */
  int run(ExecutorService pool, int threads, List<Article> corpus, ToIntFunction<Article> work,
          LongSupplier compileMillis, long roundNanos, long maxNanos) throws Exception {
    if (!untilSettled) {
      Benchmark.time(pool, Benchmark.warmUpArticles(corpus, 0, articles), work, new long[3]);
      return articles;
    }
    int chunk = Benchmark.CHUNK_PER_THREAD * threads;
    int done = 0;
    int calmRounds = 0;
    long start = System.nanoTime();
    do {
      long t = System.nanoTime();
      long c = compileMillis.getAsLong();
      long wall;
      do {
        int n = Math.min(chunk, articles - done);
        Benchmark.time(pool, Benchmark.warmUpArticles(corpus, done, n), work, new long[3]);
        done += n;
        wall = System.nanoTime() - t;
      } while (wall < roundNanos && done < articles);
      double share = (compileMillis.getAsLong() - c) * 1e6 / (Math.max(1, wall) * (double) threads);
      calmRounds = share < SETTLED_SHARE ? calmRounds + 1 : 0;
    } while (done < articles && calmRounds < 2 && System.nanoTime() - start < maxNanos);
    return done;
  }
}
