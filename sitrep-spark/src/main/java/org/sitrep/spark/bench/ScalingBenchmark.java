package org.sitrep.spark.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.sitrep.core.doc.Article;
import org.sitrep.core.io.Inputs;
import org.sitrep.core.json.Json;
import org.sitrep.engine.BatchRunner;
import org.sitrep.engine.Engine;
import org.sitrep.engine.bench.SyntheticNews;
import org.sitrep.link.LinkSettings;
import org.sitrep.spark.ExecutorEngine;
import org.sitrep.spark.JobConfig;
import org.sitrep.spark.JobSummary;
import org.sitrep.spark.SitrepSparkJob;
import org.sitrep.spark.StoryKeys;

/**
 * Articles per second of the plain CLI path ({@link BatchRunner} over {@link Inputs}, as {@code sitrep analyze})
 * and of the Spark job in local mode, on the same synthetic news (400-700 tokens each), models loaded and warm
 * before the clock starts. Run each mode in its own JVM:
 * <pre>
 * java -Xmx3g -cp ... org.sitrep.spark.bench.ScalingBenchmark cli 1 N     # sitrep analyze --threads 1
 * java -Xmx3g -cp ... org.sitrep.spark.bench.ScalingBenchmark spark 2 N   # sitrep spark --master local[2]
 * </pre>
 * A fifth argument {@code full} makes the Spark run write Parquet and stories too (the default times what
 * the CLI does: read, analyse, write JSONL).
 */
public final class ScalingBenchmark {
  private ScalingBenchmark() {
  }

  /** CPU time of this process, all threads (the JVM's own work, GC and JIT included). */
  private static long cpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    int cores = Integer.parseInt(args[1]);
    int n = Integer.parseInt(args[2]);
    boolean full = args.length > 3 && args[3].equals("full");
    Path dir = Files.createTempDirectory("sitrep-bench");
    Path in = dir.resolve("news.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
      for (Article a : SyntheticNews.generate(n, 42)) {
        w.write(Json.line(java.util.Map.of("id", a.docId(), "text", a.text(), "date", a.published())));
        w.write('\n');
      }
    }
    long tokens = SyntheticNews.generate(n, 42).stream().mapToLong(a -> a.text().split("\\s+").length).sum();
    JobConfig cfg = JobConfig.defaults();
    long t0 = System.nanoTime();
    Engine engine = ExecutorEngine.get(cfg);
    for (Article a : SyntheticNews.generate(2, 7)) {
      engine.analyze(a); // warm-up
    }
    double load = (System.nanoTime() - t0) / 1e9;
    double secs;
    long cpu0 = cpuNanos();
    if (mode.equals("cli")) {
      Inputs inputs = Inputs.standard(cfg.readOptions());
      Path out = dir.resolve("out.jsonl");
      long t = System.nanoTime();
      try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
           BatchRunner runner = new BatchRunner(engine, cores, r -> {
             try {
               w.write(Json.line(r));
               w.write('\n');
             } catch (IOException e) {
               throw new java.io.UncheckedIOException(e);
             }
           })) {
        for (String f : Inputs.expand(List.of(in.toString()))) {
          inputs.read(f, System.in, runner);
        }
      }
      secs = (System.nanoTime() - t) / 1e9;
    } else {
      try (SparkSession spark = SitrepSparkJob.session("local[" + cores + "]")) {
        long t = System.nanoTime();
        JobSummary s = SitrepSparkJob.run(spark, new SitrepSparkJob.JobOptions(List.of(in.toString()),
            dir.resolve("out").toString(), false, cfg, 0, new StoryKeys(7, true), LinkSettings.defaults(), full, full, 0));
        secs = (System.nanoTime() - t) / 1e9;
        System.out.println("# " + s.describe());
      }
    }
    double cpu = (cpuNanos() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "%s cores=%d articles=%d tokens=%d model_load+warmup_s=%.1f run_s=%.1f"
        + " articles_per_s=%.3f tokens_per_s=%.0f cpu_s=%.1f articles_per_cpu_s=%.3f load_avg=%.1f%s%n", mode, cores, n,
        tokens, load, secs, n / secs, tokens / secs, cpu, n / cpu,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        full ? " (with parquet+stories)" : "");
  }
}
