package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's choice of JVM options (`./sitrep`, printed with SITREP_PRINT_OPTS=1): 'analyze' on a small input
 * compiles with C1 only, where C2's compiling would not pay back; on a large input, a folder over the limit or
 * standard input it keeps the tiered compiler with its inlining budget. Option values ("-o FILE") are not inputs.
 */
class LauncherOptionsTest {
  private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
  private static final String TIERED = "-XX:MaxInlineLevel=9";

  @TempDir
  Path dir;

  private static String options(String... args) throws IOException, InterruptedException {
    Path launcher = Path.of("..", "sitrep").toAbsolutePath().normalize();
    assertTrue(Files.isRegularFile(launcher), "the launcher is at the repository's root: " + launcher);
    List<String> cmd = new ArrayList<>(List.of("bash", launcher.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().remove("JAVA_OPTS");
    pb.environment().put("SITREP_PRINT_OPTS", "1");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, p.waitFor(), out);
    return out;
  }

  private Path file(String name, int bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, new byte[bytes]);
    return f;
  }

  @Test
  void analyze_aSmallInputCompilesWithC1Only() throws Exception {
    String small = options("analyze", file("small.jsonl", 10_000).toString());
    assertTrue(small.contains(C1_ONLY), small);
    assertFalse(small.contains(TIERED), small);
  }

  @Test
  void analyze_aLargeInputOrStandardInputKeepsTheTieredCompiler() throws Exception {
    String large = options("analyze", file("large.jsonl", 600_000).toString());
    assertFalse(large.contains(C1_ONLY), large);
    assertTrue(large.contains(TIERED), large);
    // inputs are summed: two small files over the limit together
    Path a = file("a.jsonl", 250_000);
    Path b = file("b.jsonl", 250_000);
    assertFalse(options("analyze", a.toString(), b.toString()).contains(C1_ONLY));
    assertFalse(options("analyze", "-").contains(C1_ONLY));
  }

  @Test
  void analyze_anOptionsValueIsNoInput() throws Exception {
    Path small = file("out.jsonl", 100);
    Path large = file("large.jsonl", 600_000);
    // the output file is small, the input large: the input decides
    String opts = options("analyze", "-o", small.toString(), "--threads", "1", large.toString());
    assertFalse(opts.contains(C1_ONLY), opts);
  }

  @Test
  void bench_measuresWithAnalyzesCollectorAndTheTieredCompiler() throws Exception {
    String bench = options("bench", "--articles", "10");
    assertTrue(bench.contains("-XX:+UseParallelGC"), bench);
    assertTrue(bench.contains(TIERED), bench);
    assertFalse(bench.contains(C1_ONLY), bench);
    String link = options("link", file("records.jsonl", 100).toString());
    assertFalse(link.contains("-XX:+UseParallelGC"), "link and serve keep the JVM's default collector: " + link);
  }

  @Test
  void otherCommandsKeepTheTieredCompiler() throws Exception {
    String link = options("link", file("records.jsonl", 100).toString());
    assertFalse(link.contains(C1_ONLY), link);
    assertTrue(link.contains("-Xmx3g"), link);
  }
}
