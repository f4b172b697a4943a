package org.sitrep.claims.dev;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.claims.ClaimStages;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.pipeline.Stage;
import org.sitrep.core.pipeline.StageContext;

/**
 * Development benchmark: CPU time of the claims stages per article and per 1,000 tokens over an
 * {@link NlpCache} file (warm: the last of five passes). CPU time, not wall time, so that other load on
 * a shared machine disturbs it little. {@code BenchClaims CACHE.jsonl}
 */
public final class BenchClaims {
  public static void main(String[] args) throws Exception {
    List<Document> docs = NlpCache.load(Path.of(args[0]));
    List<Stage> stages = new ClaimStages().stages(StageContext.defaults());
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long tokens = docs.stream().mapToLong(d -> d.get(Layers.TOKENS).size()).sum();
    long[] perStage = new long[stages.size()];
    for (int pass = 0; pass < 5; pass++) {
      java.util.Arrays.fill(perStage, 0);
      for (Document d : docs) {
        for (int i = 0; i < stages.size(); i++) {
          long t0 = mx.getCurrentThreadCpuTime();
          d = stages.get(i).apply(d);
          perStage[i] += mx.getCurrentThreadCpuTime() - t0;
        }
      }
    }
    long total = 0;
    for (int i = 0; i < stages.size(); i++) {
      total += perStage[i];
      System.out.printf("%-20s %8.3f ms/article%n", stages.get(i).name(), perStage[i] / 1e6 / docs.size());
    }
    System.out.printf("all claims stages   %8.3f ms/article, %.3f ms per 1000 tokens (%d articles, %d tokens)%n",
        total / 1e6 / docs.size(), total / 1e6 / (tokens / 1000.0), docs.size(), tokens);
  }
}
