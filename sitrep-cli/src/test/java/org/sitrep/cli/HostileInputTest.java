package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.json.Json;

/**
 * A folder of hostile inputs, written by the test (issue #18): every file gives its records (one, or one
 * per JSONL line), with the input's own id, and the run ends with status 1 (some error records), never a
 * crash or a lost input. Prints the figures (inputs, records, errors, time).
 */
class HostileInputTest {
  @TempDir
  Path dir;

  @Test
  void analyze_hostileFolderGivesOneRecordPerInput() throws IOException {
    Path in = Files.createDirectories(dir.resolve("hostile"));
    Map<String, Integer> expected = new TreeMap<>(); // doc id -> records with it
    write(in, "empty.txt", new byte[0], expected, "empty");
    write(in, "only-bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, expected, "only-bom");
    write(in, "blank.jsonl", "\n \n".getBytes(StandardCharsets.UTF_8), expected, "blank");
    byte[] nul = ("Police said the blast hit the market. ".repeat(400) + "\0").getBytes(StandardCharsets.UTF_8);
    write(in, "nul-late.txt", nul, expected, "nul-late");
    byte[] noise = new byte[20_000];
    new Random(18).nextBytes(noise);
    write(in, "noise.txt", noise, expected, "noise");
    write(in, "latin1.txt", "Caf\u00e9s \u00e0 S\u00e3o Paulo \u00e9t\u00e9 ferm\u00e9s.".getBytes(StandardCharsets.ISO_8859_1),
        expected, "latin1");
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    w.writeBytes("\uFEFFTroops left Goma on Monday, the army said.".getBytes(StandardCharsets.UTF_16LE));
    write(in, "wide.txt", w.toByteArray(), expected, "wide");
    write(in, "lines.jsonl", String.join("\n",
        "{\"id\": \"j1\", \"text\": \"The minister\uFFFDs office said talks resume on Tuesday.\"}",
        "{\"id\": \"j2\", \"text\": 5}",
        "{\"id\": \"j3\", \"text\": \"cut off",
        "[1, 2, 3]",
        "{\"id\": \"j1\", \"text\": \"A second article with the same id.\"}",
        "{\"id\": \"j6\", \"text\": \"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8), expected,
        "j1", "j2", "j3", "lines#4", "j1~2", "j6");
    // one 'sentence' of 8,000 words with no punctuation, and a table of numbers
    StringBuilder run = new StringBuilder();
    Random r = new Random(5);
    for (int i = 0; i < 8000; i++) {
      run.append(List.of("soldiers", "the", "city", "near", "and", "fighters", "said", "river").get(r.nextInt(8)))
          .append(' ');
    }
    write(in, "run-on.txt", run.toString().getBytes(StandardCharsets.UTF_8), expected, "run-on");
    StringBuilder table = new StringBuilder();
    for (int i = 0; i < 800; i++) {
      table.append("| ").append(i).append(" | ").append(i * 37 % 1000).append(" | 12.5% | 2020-01-0")
          .append(1 + i % 9).append(" |\n");
    }
    write(in, "table.txt", table.toString().getBytes(StandardCharsets.UTF_8), expected, "table");
    write(in, "deep.html", ("<div>".repeat(20_000) + "<p>Rebels shelled the port.</p>" + "</div>".repeat(20_000))
        .getBytes(StandardCharsets.UTF_8), expected, "deep");
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
      g.write("<html><body><p>compressed</p></body></html>".getBytes(StandardCharsets.UTF_8));
    }
    write(in, "gzipped.html", gz.toByteArray(), expected, "gzipped");
    String lol = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
        + "<rss><channel><item><title>t</title><description>&d;&d;&d;&d;</description></item></channel></rss>";
    write(in, "bomb.rss", lol.getBytes(StandardCharsets.UTF_8), expected, (String[]) null);
    write(in, "broken.warc", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\n<html>"
        .getBytes(StandardCharsets.UTF_8), expected, (String[]) null);
    Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("gone.txt"));
    expected.put("dangling", 1);
    Files.createSymbolicLink(in.resolve("loop-a.txt"), in.resolve("loop-b.txt"));
    Files.createSymbolicLink(in.resolve("loop-b.txt"), in.resolve("loop-a.txt"));
    expected.put("loop-a", 1);
    expected.put("loop-b", 1);

    Path out = dir.resolve("out.jsonl");
    long t0 = System.nanoTime();
    int status = SitrepCli.commandLine().execute("analyze", in.toString(), "-o", out.toString(), "--threads", "2",
        "--max-bytes", "65536");
    double secs = (System.nanoTime() - t0) / 1e9;
    List<JsonNode> recs = new ArrayList<>();
    for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      recs.add(Json.mapper().readTree(l));
    }
    Map<String, Integer> got = new TreeMap<>();
    int errors = 0;
    for (JsonNode rec : recs) {
      got.merge(rec.get("doc_id").asText(), 1, Integer::sum);
      if (rec.get("errors").size() > 0) {
        errors++;
        assertTrue(rec.get("errors").get(0).get("message").asText().length() > 10, rec.toString());
      }
    }
    System.err.printf("hostile corpus: %d files, %d records, %d error records, %.1f s, exit %d%n",
        Files.list(in).count(), recs.size(), errors, secs, status);
    assertEquals(1, status, "some inputs are errors, none stops the run");
    for (var e : expected.entrySet()) {
      assertEquals(e.getValue(), got.get(e.getKey()), "records for " + e.getKey() + " in " + got.keySet());
    }
    assertTrue(got.containsKey("bomb") || got.keySet().stream().anyMatch(k -> k.startsWith("bomb")), got.toString());
    assertTrue(got.keySet().stream().anyMatch(k -> k.startsWith("broken")), got.toString());
  }

  private static void write(Path dir, String name, byte[] bytes, Map<String, Integer> expected, String... ids)
      throws IOException {
    Files.write(dir.resolve(name), bytes);
    if (ids != null) {
      for (String id : ids) {
        expected.merge(id, 1, Integer::sum);
      }
    }
  }
}
