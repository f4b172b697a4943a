package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.io.Inputs;
import org.sitrep.core.io.ReadOptions;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineOptions;

/**
 * The hostile-input corpus as a benchmark: writes {@link HostileCorpus} into a folder, then analyses it one
 * input at a time on one thread (models loaded first) and prints per input the records, errors, wall time
 * and the process's peak RSS so far (VmHWM) with the heap in use; then the worst time and RSS. Bounded
 * time and memory are read from these figures (docs/io.md), not asserted by a timed test.
 *
 * <pre>
 * mvn -B -ntp -q -pl sitrep-cli -am test-compile
 * java -Xmx3g -cp sitrep-cli/target/test-classes:sitrep-cli/target/classes:$(cat sitrep-cli/target/classpath.txt) \
 *     org.sitrep.cli.HostileBench /tmp/hostile [RUN_ON_TOKENS]
 * </pre>
 */
public final class HostileBench {
  private HostileBench() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: HostileBench DIR [RUN_ON_TOKENS]  (DIR must not exist yet)");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    if (Files.exists(dir)) {
      System.err.println("HostileBench: " + dir + " exists; give a new folder");
      System.exit(2);
    }
    int runOn = args.length > 1 ? Integer.parseInt(args[1]) : HostileInputTest.RUN_ON_TOKENS;
    Map<String, HostileCorpus.Expect> corpus = HostileCorpus.write(dir, runOn);
    long t0 = System.nanoTime();
    Engine engine = Engine.create(EngineOptions.defaults());
    System.out.printf("models loaded in %.1f s; peak RSS %d MB%n", (System.nanoTime() - t0) / 1e9, rssMb());
    Inputs in = Inputs.standard(new ReadOptions("2025-03-06", HostileCorpus.MAX_BYTES));
    System.out.printf("%-18s %8s %7s %9s %8s %8s%n", "input", "records", "errors", "time ms", "RSS MB", "heap MB");
    long worstMs = 0;
    String worst = "";
    int records = 0;
    int errors = 0;
    for (String name : corpus.keySet()) {
      List<ArticleRecord> out = new ArrayList<>();
      long s = System.nanoTime();
      in.read(dir.resolve(name).toString(), System.in, (InputItem item) -> out.add(engine.analyze(item)));
      long ms = (System.nanoTime() - s) / 1_000_000;
      long bad = out.stream().filter(ArticleRecord::failed).count();
      records += out.size();
      errors += (int) bad;
      if (ms > worstMs) {
        worstMs = ms;
        worst = name;
      }
      Runtime rt = Runtime.getRuntime();
      System.out.printf("%-18s %8d %7d %9d %8d %8d%n", name, out.size(), bad, ms, rssMb(),
          (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
    System.out.printf("%d inputs, %d records, %d errors; slowest %s %d ms; peak RSS %d MB%n", corpus.size(), records,
        errors, worst, worstMs, rssMb());
  }

  /** The process's peak resident set (VmHWM) in MB, or -1 where /proc is missing. */
  static long rssMb() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmHWM:")) {
          return Long.parseLong(l.replaceAll("\\D", "")) >> 10;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
