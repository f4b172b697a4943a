package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.io.StopRun;
import org.sitrep.core.json.Json;

/**
 * Never touch the input, never lose output, errors before work (issue #18): the checks that refuse a run
 * come before any model loads and name the option or input, the cause and the fix.
 */
class IoSafetyTest {
  @TempDir
  Path dir;

  private record Run(int status, String err) {
  }

  private static Run run(String... args) {
    PrintStream err = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      int s = SitrepCli.commandLine().execute(args); // picocli's err writer wraps System.err as it is now
      return new Run(s, buf.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(err);
    }
  }

  private Path input() throws IOException {
    return Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"a\", \"text\": \"Police arrested ten people.\"}\n");
  }

  @Test
  void output_thatIsTheInputIsRefusedAndTheInputUntouched() throws IOException {
    Path in = input();
    String before = Files.readString(in);
    Run r = run("analyze", in.toString(), "-o", in.toString());
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("is the input") && r.err().contains("choose another output"), r.err());
    assertEquals(before, Files.readString(in));
    // the same file by another path
    Run r2 = run("analyze", in.toString(), "-o", dir.resolve("./x/../in.jsonl").toString());
    assertEquals(2, r2.status(), r2.err());
  }

  @Test
  void output_insideAnInputFolderIsRefused() throws IOException {
    input();
    Run r = run("analyze", dir.toString(), "-o", dir.resolve("out/records.jsonl").toString());
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("inside the input folder"), r.err());
    assertTrue(Files.notExists(dir.resolve("out")), "nothing was made");
  }

  @Test
  void output_underAFileIsRefusedNamingTheFile() throws IOException {
    Path in = input();
    Path afile = Files.writeString(dir.resolve("afile"), "x");
    Path other = Files.createDirectories(dir.resolve("elsewhere"));
    Run r = run("analyze", in.toString(), "-o", afile.resolve("out.jsonl").toString());
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("afile is a file, not a folder"), r.err());
    Run r2 = run("analyze", in.toString(), "-o", other.toString());
    assertEquals(2, r2.status(), r2.err());
    assertTrue(r2.err().contains("is a folder; give a file name"), r2.err());
  }

  @Test
  void input_missingOrDanglingIsAUsageErrorBeforeAnythingLoads() throws IOException {
    Run r = run("analyze", dir.resolve("nope.txt").toString());
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("input " + dir.resolve("nope.txt") + ": does not exist"), r.err());
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("gone.txt"));
    Run r2 = run("analyze", link.toString());
    assertEquals(2, r2.status(), r2.err());
    assertTrue(r2.err().contains("symbolic link"), r2.err());
  }

  @Test
  void options_badValuesNameTheOptionTheCauseAndTheFix() throws IOException {
    Path in = input();
    Run r = run("analyze", in.toString(), "--set", "nlp.max_sentence_tokens=abc");
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("option --set nlp.max_sentence_tokens: 'abc' is not a whole number"), r.err());
    Run d = run("analyze", in.toString(), "--disable", "no.such.stage");
    assertEquals(2, d.status(), d.err());
    assertTrue(d.err().contains("option --disable no.such.stage: no stage has that name")
        && d.err().contains("nlp.corenlp"), d.err());
    Run m = run("analyze", in.toString(), "--max-bytes", "-1");
    assertEquals(2, m.status(), m.err());
    assertTrue(m.err().contains("option --max-bytes: -1"), m.err());
    Run t = run("analyze", in.toString(), "--threads", "0");
    assertEquals(2, t.status(), t.err());
    Run f = run("analyze", in.toString(), "--set", "places.keep_unresolved=maybe");
    assertEquals(2, f.status(), f.err());
    assertTrue(f.err().contains("option --set places.keep_unresolved: 'maybe' is not true or false"), f.err());
  }

  /** A misspelt --set key is refused before any model loads or store opens, listing the valid keys. */
  @Test
  void options_unknownSetKeyIsRefusedListingTheValidOnes() throws IOException {
    Path in = input();
    Run r = run("analyze", in.toString(), "--set", "nlp.max_sentence_token=50");
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("option --set nlp.max_sentence_token: no stage has that option; the options are"),
        r.err());
    assertTrue(r.err().contains("nlp.max_sentence_tokens (a whole number, at least 1, default 120)")
        && r.err().contains("places.keep_unresolved (true or false, default false)"), r.err());
    Path data = dir.resolve("data");
    Run i = run("ingest", "--data", data.toString(), in.toString(), "--set", "places.keep=true");
    assertEquals(2, i.status(), i.err());
    assertTrue(i.err().contains("option --set places.keep: no stage has that option"), i.err());
    assertTrue(Files.notExists(data), "refused before the store is made");
    Run v = run("ingest", "--data", data.toString(), in.toString(), "--set", "nlp.parse=maybe");
    assertEquals(2, v.status(), v.err());
    assertTrue(v.err().contains("option --set nlp.parse: 'maybe' is not true or false"), v.err());
    assertTrue(Files.notExists(data), "refused before the store is made");
  }

  @Test
  void output_writeErrorEndsTheRunWithTheReason() throws IOException {
    Path full = Path.of("/dev/full");
    assertTrue(Files.exists(full), "this test needs Linux's /dev/full");
    Run r = run("analyze", input().toString(), "-o", full.toString(), "--threads", "1");
    assertEquals(3, r.status(), r.err());
    assertTrue(r.err().contains("No space left on device"), r.err());
  }

  @Test
  void output_brokenPipeIsStatus141AndAWriteErrorIs3() {
    RecordOutput out = RecordOutput.stdout();
    StopRun pipe = out.failure(new IOException("Broken pipe"));
    assertEquals(141, pipe.exitCode());
    StopRun full = out.failure(new IOException("No space left on device"));
    assertEquals(3, full.exitCode());
    assertTrue(full.getMessage().contains("No space left on device"));
  }

  @Test
  void duplicateIdsGetDistinctRecordIdsAndResumeKeepsBoth() throws IOException {
    Path in = Files.writeString(dir.resolve("dups.jsonl"), String.join("\n",
        "{\"id\": \"a\", \"text\": \"Police arrested ten people in Nairobi.\"}",
        "{\"id\": \"b\", \"text\": \"Troops left Goma on Monday.\"}",
        "{\"id\": \"a\", \"text\": \"Rebels shelled the port on Sunday.\"}",
        "{\"id\": \"a\", \"text\": \"Aid groups left the city.\"}") + "\n");
    Path out = dir.resolve("out/dups.jsonl");
    Run r = run("analyze", in.toString(), "-o", out.toString(), "--threads", "2");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.err().contains("id 'a' occurs more than once"), r.err());
    assertEquals(List.of("a", "b", "a~2", "a~3"), ids(out));
    String whole = Files.readString(out);
    // a crash after two records: the re-run writes the two missing ones, not again the first 'a'
    List<String> lines = Files.readAllLines(out);
    Files.writeString(out, lines.get(0) + "\n" + lines.get(1) + "\n");
    assertEquals(0, run("analyze", in.toString(), "-o", out.toString(), "--threads", "2").status());
    assertEquals(whole, Files.readString(out));
  }

  private static List<String> ids(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (String l : Files.readAllLines(file)) {
      JsonNode n = Json.mapper().readTree(l);
      out.add(n.get("doc_id").asText());
    }
    return out;
  }
}
