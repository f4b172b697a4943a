package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.json.Json;

/** {@code sitrep analyze} in-process with the real pipeline (models load once for the class). */
class AnalyzeCommandTest {
  @TempDir
  Path dir;

  static Path root() {
    Path p = Path.of("").toAbsolutePath();
    return Files.exists(p.resolve("examples")) ? p : p.getParent();
  }

  private static int run(String... args) {
    return SitrepCli.commandLine().execute(args);
  }

  private static List<JsonNode> records(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(Json.mapper().readTree(line));
    }
    return out;
  }

  private static Set<String> texts(JsonNode arr) {
    Set<String> s = new HashSet<>();
    arr.forEach(n -> s.add(n.get("text").asText()));
    return s;
  }

  @Test
  void analyze_seedsGiveThreeRecordsWithEntitiesAndResolvedTimes() throws IOException {
    Path seeds = SharedData.dir("examples", "seeds");
    Path out = dir.resolve("seeds.jsonl");
    assertEquals(0, run("analyze", seeds.toString(), "-o", out.toString(), "--threads", "2"));
    List<JsonNode> recs = records(out);
    assertEquals(3, recs.size());
    Set<String> ents = new HashSet<>();
    recs.forEach(r -> ents.addAll(texts(r.get("entities"))));
    for (String e : List.of("Putin", "Idlib", "Ankara", "Moscow", "Hatay", "Turkey", "Russia", "Syria")) {
      assertTrue(ents.contains(e), e + " in " + ents);
    }
    assertTrue(ents.stream().anyMatch(e -> e.contains("Erdo")), ents.toString());
    assertTrue(ents.stream().anyMatch(e -> e.contains("Assad")), ents.toString());
    JsonNode first = recs.get(0);
    assertEquals("Duvar English/Reuters", first.get("source").asText());
    assertTrue(has(first.get("times"), "Feb. 5", v -> v.equals("2020-02-05") || v.equals("XXXX-02-05")));
    JsonNode second = recs.get(1);
    assertEquals("2020-02-03", second.get("published").asText());
    assertTrue(has(second.get("times"), "today", v -> v.equals("2020-02-03")), second.get("times").toString());
  }

  private static boolean has(JsonNode times, String text, java.util.function.Predicate<String> value) {
    for (JsonNode t : times) {
      if (t.get("text").asText().equals(text) && value.test(t.get("value").asText())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void analyze_examplesAreDeterministicAndResumeWithoutDuplicates() throws IOException {
    Path examples = root().resolve("examples");
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    assertEquals(0, run("analyze", examples.toString(), "-o", a.toString(), "--threads", "2"));
    assertEquals(0, run("analyze", examples.toString(), "-o", b.toString(), "--threads", "1", "--overwrite"));
    assertEquals(Files.readString(a), Files.readString(b), "same input, same bytes, whatever the threads");
    int n = records(a).size();
    assertEquals(4, n);
    // an interrupted run: two whole records and half of the third
    List<String> lines = Files.readAllLines(a);
    Path c = dir.resolve("c.jsonl");
    Files.writeString(c, lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).substring(0, 40));
    assertEquals(0, run("analyze", examples.toString(), "-o", c.toString()));
    assertEquals(Files.readString(a), Files.readString(c), "the re-run completes the file without duplicates");
  }

  @Test
  void analyze_someBadInputsExitOneWithErrorRecords() throws IOException {
    Files.writeString(dir.resolve("good.txt"), "Police arrested ten protesters in Nairobi on Saturday.");
    Files.writeString(dir.resolve("empty.txt"), "");
    Path out = dir.resolve("out.jsonl");
    assertEquals(1, run("analyze", dir.resolve("good.txt").toString(), dir.resolve("empty.txt").toString(),
        "-o", out.toString()));
    List<JsonNode> recs = records(out);
    assertEquals(2, recs.size());
    assertEquals("empty", recs.get(1).get("errors").get(0).get("code").asText());
    assertNotNull(recs.get(0).get("entities"));
  }

  @Test
  void analyze_usageErrorsExitTwo() {
    PrintStream err = System.err;
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try {
      assertEquals(2, run("analyze"));
      assertEquals(2, run("analyze", "x.txt", "--date", "yesterday"));
      assertEquals(2, run("no-such-command"));
    } finally {
      System.setErr(err);
    }
  }
}
