package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.core.doc.Article;
import org.sitrep.core.io.Inputs;
import org.sitrep.engine.bench.Benchmark;
import org.sitrep.engine.bench.SyntheticNews;
import org.sitrep.engine.bench.WarmUp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep bench [CORPUS...]}: the whole pipeline against bare CoreNLP, same articles, same threads. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure sitrep's throughput (articles/s, tokens/s), model load and peak heap, and in the same"
        + " run bare CoreNLP with the same annotators, with the ratio and the time of each stage.",
        "Without CORPUS, a synthetic corpus of --articles news-length articles is generated."})
public final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "CORPUS", description = "Articles to measure on (any input sitrep reads).")
  List<String> corpus = List.of();

  @Option(names = "--articles", paramLabel = "N", description = "Articles to use (default ${DEFAULT-VALUE}).")
  int articles = 300;

  @Option(names = "--warmup", paramLabel = "settle|N", description = "Untimed articles each side runs first, on"
      + " the benchmark's threads, so that the JIT has compiled the hot code before the clock starts (the corpus's"
      + " first articles, cycled): 'settle' runs them until the JIT's compilers are busy under 5% of the workers'"
      + " time for two rounds of 3 s running (at most 4,000 articles or 5 minutes; each side its own count), N runs"
      + " exactly N."
      + " Default ${DEFAULT-VALUE}.")
  String warmup = "settle";

  @Option(names = "--no-baseline", description = "Skip the bare CoreNLP run.")
  boolean noBaseline;

  @Option(names = "--scaling", description = "Measure --threads workers against one worker instead of against bare"
      + " CoreNLP: after the warm-up, the corpus in chunks, each on one worker and on --threads workers (alternately"
      + " first), in one process. --threads must be 2 or more.")
  boolean scaling;

  @Option(names = "--export", paramLabel = "FILE",
      description = "Write the synthetic corpus to FILE as JSONL (sitrep's input format) and exit.")
  java.nio.file.Path export;

  @Mixin
  EngineOptionsMixin engineOptions;

  @Override
  public Integer call() throws Exception {
    List<Article> docs = new ArrayList<>();
    if (corpus.isEmpty()) {
      docs.addAll(SyntheticNews.generate(articles, 42));
    } else {
      Inputs in = Inputs.standard(engineOptions.readOptions());
      for (String f : Inputs.expand(corpus)) {
        in.read(f, System.in, item -> {
          if (item.ok() && docs.size() < articles) {
            docs.add(item.article());
          }
        });
      }
    }
    if (export != null) {
      try (var w = java.nio.file.Files.newBufferedWriter(export, java.nio.charset.StandardCharsets.UTF_8)) {
        for (Article a : docs) {
          var m = new java.util.LinkedHashMap<String, String>();
          m.put("id", a.docId());
          m.put("text", a.text());
          m.put("date", a.published());
          m.put("source", a.source());
          w.write(org.sitrep.core.json.Json.line(m));
          w.write('\n');
        }
      }
      System.err.printf("sitrep bench: wrote %d articles to %s%n", docs.size(), export);
      return 0;
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no readable article in " + corpus);
    }
    WarmUp warm;
    try {
      warm = WarmUp.parse(warmup);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--warmup: " + e.getMessage());
    }
    int cores = Runtime.getRuntime().availableProcessors();
    if (scaling) {
      return scaling(docs, cores, warm);
    }
    System.err.printf("sitrep bench: %d articles (warm-up %s), %d threads, %d cores%n", docs.size(), warm,
        engineOptions.threads(), cores);
    Benchmark.Result r = Benchmark.run(docs, engineOptions.threads(), engineOptions.engineOptions(), !noBaseline,
        warm);
    if (noBaseline) {
      System.out.printf("corpus            %d articles (after %d untimed warm-up articles)%n", r.articles(),
          r.warmup());
    } else {
      System.out.printf("corpus            %d articles, %d tokens (%.0f tokens/article; after untimed warm-up"
          + " articles: sitrep %d, bare CoreNLP %d)%n", r.articles(), r.tokens(), (double) r.tokens() / r.articles(),
          r.warmup(), r.baselineWarmup());
    }
    System.out.printf("threads           %d (on %d cores; load average %.1f at the end)%n", r.threads(), cores,
        loadAverage());
    System.out.printf("model load        sitrep %.1f s (%.1f s CPU), bare CoreNLP %.1f s (once per process)%n",
        r.sitrepLoadS(), r.sitrepLoadCpuS(), r.baselineLoadS());
    // tokens are counted by the baseline: tokens/s only with it
    String tokensPerS = noBaseline ? "" : String.format("  %6.0f tokens/s", r.tokens() / r.sitrepS());
    System.out.printf("sitrep            %6.1f s wall  %6.2f articles/s%s  %7.1f ms CPU/article%n",
        r.sitrepS(), r.sitrepArticlesPerS(), tokensPerS, r.sitrepCpuMs());
    if (!noBaseline) {
      System.out.printf("bare CoreNLP      %6.1f s wall  %6.2f articles/s  %6.0f tokens/s  %7.1f ms CPU/article  (%s,"
          + " CoreNLP defaults)%n", r.baselineS(), r.baselineArticlesPerS(), r.tokens() / r.baselineS(),
          r.baselineCpuMs(), r.annotators());
      System.out.printf("ratio             sitrep: %.2fx bare CoreNLP's throughput (wall), %.2fx less CPU per article%n",
          r.ratio(), r.cpuRatio());
    }
    System.out.printf("other threads     %7.1f ms CPU/article while sitrep ran (the JIT's compilers, the garbage"
        + " collector: not in sitrep's CPU per article)%n", r.sitrepOtherCpuMs());
    System.out.printf("peak heap         %.0f MB (sum of heap pools' peaks; an upper bound; the smallest -Xmx that"
        + " works is lower)%n", r.sitrepPeakHeapMb());
    long total = r.stageNanos().values().stream().mapToLong(Long::longValue).sum();
    System.out.println("time per stage (summed over threads):");
    for (Map.Entry<String, Long> e : r.stageNanos().entrySet()) {
      System.out.printf("  %-24s %8.1f ms/article  %5.1f%%%n", e.getKey(), e.getValue() / 1e6 / r.articles(),
          100.0 * e.getValue() / Math.max(1, total));
    }
    return 0;
  }

  private int scaling(List<Article> docs, int cores, WarmUp warm) throws Exception {
    int threads = engineOptions.threads();
    if (threads < 2) {
      throw new IllegalArgumentException("--scaling compares --threads workers with one: give --threads 2 or more,"
          + " not " + threads);
    }
    System.err.printf("sitrep bench --scaling: %d articles (warm-up %s), one worker against %d, %d cores%n",
        docs.size(), warm, threads, cores);
    Benchmark.Scaling r = Benchmark.scaling(docs, threads, engineOptions.engineOptions(), warm);
    System.out.printf("corpus            %d articles (after %d untimed warm-up articles on %d workers)%n",
        r.articles(), r.warmup(), r.threads());
    System.out.printf("threads           1 and %d (on %d cores; load average %.1f at the end)%n", r.threads(), cores,
        loadAverage());
    System.out.printf("one thread        %6.1f s wall  %6.2f articles/s  %7.1f ms CPU/article  (other threads %.1f)%n",
        r.oneS(), r.articles() / r.oneS(), r.oneCpuMs(), r.oneOtherCpuMs());
    System.out.printf("%-17s %6.1f s wall  %6.2f articles/s  %7.1f ms CPU/article  (other threads %.1f)%n",
        r.threads() + " threads", r.manyS(), r.articles() / r.manyS(), r.manyCpuMs(), r.manyOtherCpuMs());
    System.out.printf("scaling           %.2fx one thread's throughput (wall) on %d threads; CPU per article %+.1f%%%n",
        r.speedup(), r.threads(), 100 * (r.manyCpuMs() / r.oneCpuMs() - 1));
    return 0;
  }

  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
