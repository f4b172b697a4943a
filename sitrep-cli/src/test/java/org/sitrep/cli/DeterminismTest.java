package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.json.Json;

/**
 * The same input gives the same bytes whatever --threads is and however often it runs (README's promise,
 * issue #18): real news (the VOA dev input, 33 articles of 1-10 KB, and the three seed articles) analysed
 * with 2, 8 and 1 threads and again with 2, and an article's record does not depend on which articles came
 * before it (the input reversed). Needs ../shared; fails, saying so, when it is missing. About 4 analyses
 * of 36 articles: the slowest test of the module.
 */
class DeterminismTest {
  @TempDir
  Path dir;

  @Test
  void analyze_sameBytesWhateverTheThreadsAndTheOrder() throws IOException {
    Path voa = SharedData.dir("eval", "voa", "input.jsonl");
    Path seeds = SharedData.dir("examples", "seeds");
    List<String> lines = new ArrayList<>();
    for (String l : Files.readAllLines(voa, StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        lines.add(l);
      }
    }
    assertTrue(lines.size() >= 30, "the VOA dev input has its 33 articles: " + lines.size());
    String first = null;
    for (String threads : List.of("2", "8", "1", "2")) {
      Path out = dir.resolve("t" + threads + "-" + (first == null ? "a" : "b") + ".jsonl");
      assertEquals(0, SitrepCli.commandLine().execute("analyze", voa.toString(), seeds.toString(), "-o",
          out.toString(), "--overwrite", "--threads", threads));
      String bytes = Files.readString(out, StandardCharsets.UTF_8);
      if (first == null) {
        first = bytes;
        assertEquals(lines.size() + 3, bytes.lines().count(), "one record per article");
      } else {
        assertEquals(first, bytes, "--threads " + threads + " gave other bytes than --threads 2; first difference: "
            + firstDifference(first, bytes));
      }
    }
    // the same articles in the opposite order, each record the same as before
    List<String> reversed = new ArrayList<>(lines);
    Collections.reverse(reversed);
    Path rin = dir.resolve("reversed.jsonl");
    Files.write(rin, reversed, StandardCharsets.UTF_8);
    Path rout = dir.resolve("reversed-out.jsonl");
    assertEquals(0, SitrepCli.commandLine().execute("analyze", rin.toString(), "-o", rout.toString(),
        "--threads", "2"));
    Map<String, String> before = byId(first);
    Map<String, String> after = byId(Files.readString(rout, StandardCharsets.UTF_8));
    assertEquals(lines.size(), after.size());
    for (var e : after.entrySet()) {
      String b = before.get(e.getKey());
      assertEquals(b, e.getValue(), "article " + e.getKey() + " changed with the order of the input: "
          + firstDifference(b == null ? "" : b, e.getValue()));
    }
  }

  private static Map<String, String> byId(String jsonl) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String l : jsonl.split("\n")) {
      if (!l.isBlank()) {
        out.put(Json.mapper().readTree(l).get("doc_id").asText(), l);
      }
    }
    return out;
  }

  private static String firstDifference(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 120);
    return "at character " + i + ": ..." + a.substring(from, Math.min(a.length(), i + 80)) + "\n  vs ..."
        + b.substring(from, Math.min(b.length(), i + 80));
  }
}
