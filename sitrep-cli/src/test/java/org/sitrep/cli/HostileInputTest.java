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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.json.Json;

/**
 * A folder of hostile inputs ({@link HostileCorpus}) through {@code sitrep analyze}: the run ends, every
 * input gives its records (an article, or an error record naming the input and the cause), none is lost
 * and none is doubled. Time and memory per input are measured by {@link HostileBench}, not here.
 */
class HostileInputTest {
  /** Tokens of the run-on sentence: thousands, as in pasted tables or text stripped of punctuation. */
  static final int RUN_ON_TOKENS = 2_500;

  @TempDir
  Path dir;

  @Test
  void analyze_everyHostileInputGivesItsRecordsAndTheRunEnds() throws IOException {
    Path corpus = dir.resolve("hostile");
    Map<String, HostileCorpus.Expect> expected = HostileCorpus.write(corpus, RUN_ON_TOKENS);
    Path out = dir.resolve("out.jsonl");
    PrintStream err = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    int status;
    try {
      status = SitrepCli.commandLine().execute("analyze", corpus.toString(), "-o", out.toString(), "--threads", "2",
          "--max-bytes", Integer.toString(HostileCorpus.MAX_BYTES), "--date", "2025-03-06");
    } finally {
      System.setErr(err);
    }
    String log = buf.toString(StandardCharsets.UTF_8);
    assertEquals(1, status, "some inputs give error records: exit 1; " + log);

    Map<String, JsonNode> byId = new LinkedHashMap<>();
    List<String> doubled = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      JsonNode r = Json.mapper().readTree(line);
      if (byId.put(r.get("doc_id").asText(), r) != null) {
        doubled.add(r.get("doc_id").asText());
      }
    }
    assertTrue(doubled.isEmpty(), "record ids given twice: " + doubled);
    int want = 0;
    for (var e : expected.entrySet()) {
      String file = e.getKey();
      for (var rec : e.getValue().records().entrySet()) {
        want++;
        JsonNode r = byId.get(rec.getKey());
        assertTrue(r != null, file + " gave no record '" + rec.getKey() + "'; records: " + byId.keySet());
        JsonNode errors = r.get("errors");
        boolean failed = errors != null && errors.size() > 0;
        String code = rec.getValue();
        if (code == null) {
          assertTrue(!failed, file + ": '" + rec.getKey() + "' should be an article: " + errors);
        } else if (failed) {
          String msg = errors.get(0).get("message").asText();
          assertTrue(msg.contains(file), file + ": the error does not name the input: " + msg);
          if (!code.equals("*")) {
            assertEquals(code, errors.get(0).get("code").asText(), file + ": " + msg);
          }
        } else {
          assertTrue(code.equals("*"), file + ": '" + rec.getKey() + "' should be a '" + code + "' error record");
        }
      }
    }
    assertEquals(want, byId.size(), "records beyond those expected: " + byId.keySet());
    JsonNode runOn = byId.get("runon");
    assertTrue(runOn.get("times").size() > 100, "the run-on sentence's times are read: " + runOn.get("times").size());
  }
}
