package org.sitrep.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import org.sitrep.core.doc.Article;
import org.sitrep.core.pipeline.StageTimings;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineOptions;
import org.sitrep.nlp.CoreNlpBaseline;
import org.sitrep.nlp.NlpSettings;

/**
 * Measures the whole sitrep pipeline against bare CoreNLP with its default settings for the same
 * annotators (tokenize, ssplit, pos, lemma, ner, depparse), on the same articles and thread count.
 * The two run in alternating chunks, so that load from other processes on a shared machine falls on
 * both alike; besides wall-clock throughput it reports CPU time per article (summed over worker
 * threads), which other processes disturb far less.
 */
public final class Benchmark {
  /**
   * The figures of one run. Times in seconds; heap in MB; CPU in ms per article. {@code tokens} is counted by the
   * baseline (0 without it); {@code warmup} and {@code baselineWarmup} are the untimed articles each side ran first
   * (0 for the baseline when there is none).
   * {@code sitrepOtherCpuMs} is the CPU per article of the process's other threads while sitrep's chunks ran (the
   * JIT's compilers, the garbage collector): what competes with the workers for the cores.
   * {@code sitrepLoadCpuS} is the process's CPU time while sitrep's models loaded (all threads): on a shared machine,
   * the figure to compare.
   */
  public record Result(int articles, long tokens, int threads, int warmup, int baselineWarmup, double sitrepLoadS,
                       double sitrepLoadCpuS, double sitrepS,
                       double baselineLoadS, double baselineS, double sitrepCpuMs, double sitrepOtherCpuMs,
                       double baselineCpuMs,
                       double sitrepPeakHeapMb, Map<String, Long> stageNanos, String annotators) {
    public double sitrepArticlesPerS() {
      return articles / sitrepS;
    }

    public double baselineArticlesPerS() {
      return articles / baselineS;
    }

    /** Wall-clock throughput of sitrep over bare CoreNLP's. */
    public double ratio() {
      return baselineS / sitrepS;
    }

    /** CPU time of bare CoreNLP over sitrep's. */
    public double cpuRatio() {
      return baselineCpuMs / sitrepCpuMs;
    }
  }

  /**
   * Articles per worker in each of the alternating chunks. Each chunk ends when its last article does, so a worker
   * that finishes first idles for part of an article: about half an article per chunk, which with ten articles per
   * chunk on two workers cost about a tenth of their time; sixteen per worker keep it near 3%.
   */
  static final int CHUNK_PER_THREAD = 16;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Benchmark() {
  }

  /**
   * Runs the benchmark: the warm-up (the corpus's first articles, cycled) through each side untimed, on the same
   * pool of {@code threads} workers as the timed run, so that the JIT has compiled the hot code of both before the
   * clock starts; then the corpus, the two sides in alternating chunks.
   */
  public static Result run(List<Article> corpus, int threads, EngineOptions options, boolean withBaseline,
                           WarmUp warmup) throws Exception {
    requireArticles(corpus);
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      return run(corpus, pool, threads, options, withBaseline, warmup);
    } finally {
      pool.shutdown();
    }
  }

  private static Result run(List<Article> corpus, ExecutorService pool, int threads, EngineOptions options,
                            boolean withBaseline, WarmUp warmup) throws Exception {
    resetPeaks();
    long t0 = System.nanoTime();
    long c0 = processCpuNanos();
    Engine engine = Engine.create(options);
    double load = secs(System.nanoTime() - t0);
    double loadCpu = secs(processCpuNanos() - c0);
    int warmed = warmup.run(pool, threads, corpus, a -> {
      engine.analyze(a);
      return 0;
    });
    StageTimings timings = new StageTimings();
    Engine timed = engine.timed(timings);

    NlpSettings mine = NlpSettings.from(options.stages());
    NlpSettings defaults = new NlpSettings(true, mine.parse(), mine.maxSentenceTokens(), NlpSettings.ALL_NER_MODELS);
    CoreNlpBaseline baseline = null;
    double bLoad = 0;
    int baselineWarmed = 0;
    if (withBaseline) {
      long t2 = System.nanoTime();
      baseline = new CoreNlpBaseline(defaults);
      bLoad = secs(System.nanoTime() - t2);
      CoreNlpBaseline b = baseline;
      baselineWarmed = warmup.run(pool, threads, corpus, a -> b.annotate(a.text(), a.published()));
    }
    AtomicLong tokens = new AtomicLong();
    long[] sitrepNs = new long[3];
    long[] baseNs = new long[3];
    int chunkSize = CHUNK_PER_THREAD * threads;
    for (int i = 0; i < corpus.size(); i += chunkSize) {
      List<Article> chunk = corpus.subList(i, Math.min(corpus.size(), i + chunkSize));
      time(pool, chunk, a -> {
        timed.analyze(a);
        return 0;
      }, sitrepNs);
      if (baseline != null) {
        CoreNlpBaseline b = baseline;
        time(pool, chunk, a -> {
          int n = b.annotate(a.text(), a.published());
          tokens.addAndGet(n);
          return n;
        }, baseNs);
      }
    }
    int n = corpus.size();
    return new Result(n, tokens.get(), threads, warmed, baselineWarmed, load, loadCpu, secs(sitrepNs[0]), bLoad,
        baseline == null ? Double.NaN : secs(baseNs[0]), sitrepNs[1] / 1e6 / n,
        Math.max(0, sitrepNs[2] - sitrepNs[1]) / 1e6 / n,
        baseline == null ? Double.NaN : baseNs[1] / 1e6 / n, peakHeapMb(), timings.snapshot(engine.pipeline()),
        CoreNlpBaseline.annotators(defaults));
  }

  /**
   * The figures of a scaling run: the same corpus on one worker and on {@code threads} workers, in one process after
   * one warm-up. Times in seconds; CPU in ms per article, the workers' ({@code *CpuMs}) and the other threads'
   * ({@code *OtherCpuMs}: the JIT's compilers, the collector) while that side ran.
   */
  public record Scaling(int articles, int threads, int warmup, double oneS, double oneCpuMs, double oneOtherCpuMs,
                        double manyS, double manyCpuMs, double manyOtherCpuMs) {
    /** Throughput on {@code threads} workers over throughput on one (wall clock). */
    public double speedup() {
      return oneS / manyS;
    }
  }

  /**
   * Measures {@code threads} workers against one: the warm-up on the {@code threads} workers untimed, then
   * the corpus in chunks, each chunk on one worker and on {@code threads} workers, which runs first alternating from
   * chunk to chunk. Both sides share the process, its loaded models and its compiled code, and load from other
   * processes falls on both alike: the ratio is the pipeline's own scaling, without the difference in JIT state
   * between two processes.
   */
  public static Scaling scaling(List<Article> corpus, int threads, EngineOptions options, WarmUp warmup)
      throws Exception {
    requireArticles(corpus);
    if (threads < 2) {
      throw new IllegalArgumentException("a scaling run compares two or more threads with one, not " + threads);
    }
    ExecutorService one = Executors.newFixedThreadPool(1);
    ExecutorService many = Executors.newFixedThreadPool(threads);
    try {
      Engine engine = Engine.create(options);
      ToIntFunction<Article> work = a -> {
        engine.analyze(a);
        return 0;
      };
      int warmed = warmup.run(many, threads, corpus, work);
      long[] oneNs = new long[3];
      long[] manyNs = new long[3];
      int chunkSize = CHUNK_PER_THREAD * threads;
      for (int i = 0, k = 0; i < corpus.size(); i += chunkSize, k++) {
        List<Article> chunk = corpus.subList(i, Math.min(corpus.size(), i + chunkSize));
        if (k % 2 == 0) {
          time(one, chunk, work, oneNs);
          time(many, chunk, work, manyNs);
        } else {
          time(many, chunk, work, manyNs);
          time(one, chunk, work, oneNs);
        }
      }
      int n = corpus.size();
      return new Scaling(n, threads, warmed, secs(oneNs[0]), oneNs[1] / 1e6 / n,
          Math.max(0, oneNs[2] - oneNs[1]) / 1e6 / n, secs(manyNs[0]), manyNs[1] / 1e6 / n,
          Math.max(0, manyNs[2] - manyNs[1]) / 1e6 / n);
    } finally {
      one.shutdown();
      many.shutdown();
    }
  }

  private static void requireArticles(List<Article> corpus) {
    if (corpus.isEmpty()) {
      throw new IllegalArgumentException("the benchmark needs at least one article");
    }
  }

  /**
   * {@code count} articles of the warm-up, from position {@code from} of the corpus cycled: the corpus's first, and
   * round again when it is shorter.
   */
  static List<Article> warmUpArticles(List<Article> corpus, int from, int count) {
    List<Article> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(corpus.get((from + i) % corpus.size()));
    }
    return out;
  }

  /**
   * Runs {@code work} over the chunk on the pool; adds wall time to acc[0], worker CPU time to acc[1] and the
   * process's CPU time (every thread: the workers, the JIT's compilers, the collector) to acc[2].
   */
  static void time(ExecutorService pool, List<Article> chunk, ToIntFunction<Article> work, long[] acc)
      throws Exception {
    AtomicLong cpu = new AtomicLong();
    long p = processCpuNanos();
    long t = System.nanoTime();
    List<Future<?>> fs = new ArrayList<>();
    for (Article a : longestFirst(chunk)) {
      fs.add(pool.submit(() -> {
        long c = THREADS.getCurrentThreadCpuTime();
        work.applyAsInt(a);
        cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - c);
      }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    acc[0] += System.nanoTime() - t;
    acc[1] += cpu.get();
    acc[2] += processCpuNanos() - p;
  }

  /**
   * The chunk's articles, longest text first (ties in corpus order). A chunk ends when its last article does; with
   * the longest started first, the articles left at the end are the shortest, so a worker that runs out of work idles
   * for less (list scheduling, longest first). Both sides of every comparison run the same order.
   */
  static List<Article> longestFirst(List<Article> chunk) {
    List<Article> out = new ArrayList<>(chunk);
    out.sort(java.util.Comparator.comparingInt((Article a) -> a.text().length()).reversed());
    return out;
  }

  /** The process's CPU time (all threads), or 0 where the JVM does not tell. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime()) : 0;
  }

  private static double secs(long nanos) {
    return nanos / 1e9;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static double peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum / 1048576.0;
  }
}
