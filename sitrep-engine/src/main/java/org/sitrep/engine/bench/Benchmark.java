package org.sitrep.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.core.doc.Article;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.pipeline.StageTimings;
import org.sitrep.engine.BatchRunner;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineOptions;
import org.sitrep.nlp.CoreNlpBaseline;
import org.sitrep.nlp.NlpSettings;

/**
 * Measures the whole sitrep pipeline and, in the same run, bare CoreNLP with the same annotators on the
 * same articles and thread count: model load, articles/s, tokens/s, peak heap, time per stage.
 */
public final class Benchmark {
  /** The figures of one run. Times in seconds; heap in MB. */
  public record Result(int articles, long tokens, int threads, double sitrepLoadS, double sitrepS,
                       double baselineLoadS, double baselineS, double sitrepPeakHeapMb, double baselinePeakHeapMb,
                       Map<String, Long> stageNanos, String annotators) {
    public double sitrepArticlesPerS() {
      return articles / sitrepS;
    }

    public double baselineArticlesPerS() {
      return articles / baselineS;
    }

    public double ratio() {
      return baselineS / sitrepS;
    }
  }

  private Benchmark() {
  }

  public static Result run(List<Article> corpus, int threads, EngineOptions options, boolean withBaseline)
      throws Exception {
    int warm = Math.min(10, corpus.size());
    // sitrep: load, warm up, then time the whole corpus
    resetPeaks();
    long t0 = System.nanoTime();
    Engine engine = Engine.create(options);
    double load = secs(System.nanoTime() - t0);
    corpus.subList(0, warm).forEach(engine::analyze);
    StageTimings timings = new StageTimings();
    Engine timed = engine.timed(timings);
    long t1 = System.nanoTime();
    try (BatchRunner runner = new BatchRunner(timed, threads, r -> { })) {
      corpus.forEach(a -> runner.accept(InputItem.of(a)));
    }
    double sitrep = secs(System.nanoTime() - t1);
    double sitrepHeap = peakHeapMb();

    // bare CoreNLP: the same annotators with CoreNLP's defaults (fine-grained NER, three CRF models, SUTime)
    NlpSettings mine = NlpSettings.from(options.stages());
    NlpSettings nlp = new NlpSettings(true, mine.parse(), mine.maxSentenceTokens(), NlpSettings.ALL_NER_MODELS);
    double bLoad = 0;
    double base = Double.NaN;
    double baseHeap = Double.NaN;
    AtomicLong tokens = new AtomicLong();
    System.gc();
    resetPeaks();
    long t2 = System.nanoTime();
    CoreNlpBaseline baseline = new CoreNlpBaseline(nlp);
    bLoad = secs(System.nanoTime() - t2); // ~0 where sitrep runs CoreNLP's defaults and loaded them already
    if (withBaseline) {
      corpus.subList(0, warm).forEach(a -> baseline.annotate(a.text(), a.published()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long t3 = System.nanoTime();
      List<Future<?>> fs = corpus.stream().<Future<?>>map(a -> pool.submit(
          () -> tokens.addAndGet(baseline.annotate(a.text(), a.published())))).toList();
      for (Future<?> f : fs) {
        f.get();
      }
      if (withBaseline) {
        base = secs(System.nanoTime() - t3);
        baseHeap = peakHeapMb();
      }
    } finally {
      pool.shutdown();
    }
    return new Result(corpus.size(), tokens.get(), threads, load, sitrep, bLoad, base, sitrepHeap, baseHeap,
        timings.snapshot(engine.pipeline()), CoreNlpBaseline.annotators(nlp));
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
