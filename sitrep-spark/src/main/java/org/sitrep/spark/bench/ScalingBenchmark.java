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
 * A fourth argument {@code full} makes the Spark run write Parquet and stories too (the default times what
 * the CLI does: read, analyse, write JSONL). Besides wall and CPU time, it prints the CPU the JVM's garbage
 * collector and JIT compiler threads took during the run ({@code gc_cpu_s}, {@code jit_cpu_s}; Linux), so that
 * an overhead can be told apart from the analysis itself ({@code other_cpu_s}: the task or worker threads,
 * reading and writing, and Spark's own threads).
 */
public final class ScalingBenchmark {
  private ScalingBenchmark() {
  }

  /** CPU time of this process, all threads (the JVM's own work, GC and JIT included). */
  private static long cpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  /** CPU seconds the JVM's own threads have taken: the garbage collector's and the JIT compilers'. */
  record JvmThreads(double gc, double jit) {
    JvmThreads minus(JvmThreads o) {
      return new JvmThreads(gc - o.gc, jit - o.jit);
    }

    /**
     * Read from {@code /proc/self/task} (Linux; zeros elsewhere): G1's workers, concurrent markers and
     * refiners, and the C1/C2 compilers. These threads live as long as the JVM, so the difference of two
     * readings is what they spent in between.
     */
    static JvmThreads now() {
      double gc = 0;
      double jit = 0;
      java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
      for (java.io.File t : tasks == null ? new java.io.File[0] : tasks) {
        try {
          String stat = Files.readString(t.toPath().resolve("stat"));
          String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          double secs = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime + stime, in ticks
          if (comm.startsWith("GC Thread") || comm.startsWith("G1 ")) {
            gc += secs;
          } else if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
            jit += secs;
          }
        } catch (IOException | RuntimeException e) {
          // a thread that ended while we read: its time is no longer the JVM's to report
        }
      }
      return new JvmThreads(gc, jit);
    }
  }

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    int cores = Integer.parseInt(args[1]);
    int n = Integer.parseInt(args[2]);
    boolean full = args.length > 3 && args[3].equals("full");
    Path dir = Files.createTempDirectory("sitrep-bench");
    Path in = dir.resolve("news.jsonl");
    List<Article> news = SyntheticNews.generate(n, 42);
    try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
      for (Article a : news) {
        w.write(Json.line(java.util.Map.of("id", a.docId(), "text", a.text(), "date", a.published())));
        w.write('\n');
      }
    }
    long tokens = news.stream().mapToLong(a -> a.text().split("\\s+").length).sum();
    JobConfig cfg = JobConfig.defaults();
    long t0 = System.nanoTime();
    Engine engine = ExecutorEngine.get(cfg);
    for (Article a : SyntheticNews.generate(2, 7)) {
      engine.analyze(a); // warm-up
    }
    double load = (System.nanoTime() - t0) / 1e9;
    double secs;
    JvmThreads jvm0 = JvmThreads.now();
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
    JvmThreads jvm = JvmThreads.now().minus(jvm0);
    System.out.printf(Locale.ROOT, "%s cores=%d articles=%d tokens=%d model_load+warmup_s=%.1f run_s=%.1f"
        + " articles_per_s=%.3f tokens_per_s=%.0f cpu_s=%.1f articles_per_cpu_s=%.3f gc_cpu_s=%.1f jit_cpu_s=%.1f"
        + " other_cpu_s=%.1f load_avg=%.1f%s%n", mode, cores, n,
        tokens, load, secs, n / secs, tokens / secs, cpu, n / cpu, jvm.gc(), jvm.jit(), cpu - jvm.gc() - jvm.jit(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        full ? " (with parquet+stories)" : "");
  }
}
