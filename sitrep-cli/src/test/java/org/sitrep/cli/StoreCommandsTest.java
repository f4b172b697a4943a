package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.PlaceRecord;

/** ingest --records and export, without CoreNLP: records written by hand go in, exports come out. */
class StoreCommandsTest {
  static ArticleRecord record(int i) {
    PlaceRecord place = new PlaceRecord("Idlib", 0, 5, "Idlib", 169387L, "ADM1", "SY", "Idlib", 35.83, 36.55, false);
    EventRecord e = new EventRecord("a" + i + "#e1", i % 2 == 0 ? "ASSAULT" : "PROTEST", null, List.of(), null,
        i % 2 == 0 ? 4 : 3, null, List.of(new ActorRecord("troops", null, "SYR", "MIL", null)), List.of(),
        "2020-02-0" + (1 + i % 9), null, place, Map.of(), "occurred", null, null, null);
    return new ArticleRecord("a" + i, "Outlet", null, null, "2020-02-10", false, "en", List.of(e), List.of(), List.of(),
        List.of(place), List.of(), List.of(), List.of(), "Text of article " + i + ".");
  }

  @Test
  void ingestRecords_thenExport_csvAndGeojson(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("records.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      lines.add(Json.line(record(i)));
    }
    Files.write(in, lines, StandardCharsets.UTF_8);
    Path data = dir.resolve("data");
    var cli = SitrepCli.commandLine();
    assertEquals(0, cli.execute("ingest", "--records", "--no-link", "--data", data.toString(), in.toString()));
    // again: everything is already stored
    assertEquals(0, SitrepCli.commandLine().execute("ingest", "--records", "--no-link", "--data", data.toString(),
        in.toString()));
    Path csv = dir.resolve("assault.csv");
    assertEquals(0, SitrepCli.commandLine().execute("export", "--data", data.toString(), "-o", csv.toString(),
        "--where", "type=ASSAULT"));
    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals(1 + 5, rows.size(), String.join("\n", rows));
    assertTrue(rows.get(0).startsWith("event_id,"));
    Path geo = dir.resolve("all.geojson");
    assertEquals(0, SitrepCli.commandLine().execute("export", "--data", data.toString(), "-o", geo.toString()));
    assertEquals(10, Json.read(Files.readString(geo), com.fasterxml.jackson.databind.JsonNode.class)
        .get("features").size());
    assertEquals(2, SitrepCli.commandLine().execute("export", "--data", data.toString(), "--where", "typo=x"));
    // the API's parser checks the values: a type that is not PLOVER's is refused before the store is opened
    assertEquals(2, SitrepCli.commandLine().execute("export", "--data", data.toString(), "--where", "type=BOMB"));
  }

  /** Records saved by an editor that writes a UTF-8 byte-order mark: the first record is read, not refused. */
  @Test
  void ingestRecordsAndLink_readAFirstLineAfterAByteOrderMark(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("bom.jsonl");
    Files.writeString(in, "\uFEFF" + Json.line(record(1)) + "\n" + Json.line(record(2)) + "\n", StandardCharsets.UTF_8);
    assertEquals(0, SitrepCli.commandLine().execute("ingest", "--records", "--no-link", "--data",
        dir.resolve("data").toString(), in.toString()));
    try (org.sitrep.store.SitrepStore store = org.sitrep.store.SitrepStore.open(dir.resolve("data"))) {
      assertEquals(2L, store.rowCounts().get("articles"));
      assertTrue(store.article("a1") != null, "the first record, after the mark");
    }
    Path stories = dir.resolve("stories.jsonl");
    assertEquals(0, SitrepCli.commandLine().execute("link", in.toString(), "-o", stories.toString()));
  }

  @Test
  void ingestRecords_refusesWhatDoesNotFitTheContract_withLineNumbers(@TempDir Path dir) throws Exception {
    ArticleRecord good = record(1);
    EventRecord e = good.events().get(0);
    ArticleRecord badType = new ArticleRecord("bad-type", "Outlet", null, null, "2020-02-10", false, "en",
        List.of(new EventRecord("x#e1", "<img src=x onerror=alert(1)>", null, List.of(), null, 4, null, e.actor(),
            List.of(), null, null, null, Map.of(), "occurred", null, null, null)), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), "Text.");
    ArticleRecord badOffsets = new ArticleRecord("bad-offsets", "Outlet", null, null, "2020-02-10", false, "en",
        List.of(new EventRecord("y#e1", "ASSAULT", null, List.of(), "19x", 7, null,
            List.of(new ActorRecord("t", null, "syria", "MIL", null)), List.of(), null, null, null, Map.of(), "done",
            null, new org.sitrep.core.model.Evidence(3, 999, "s"), null)), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), "Short text.");
    Path in = dir.resolve("records.jsonl");
    Files.write(in, List.of(Json.line(good), Json.line(badType), "{not json", Json.line(badOffsets)),
        StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream old = System.err;
    int code;
    System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      code = SitrepCli.commandLine().execute("ingest", "--records", "--no-link", "--data",
          dir.resolve("data").toString(), in.toString());
    } finally {
      System.setErr(old);
    }
    String log = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, code, log);
    assertTrue(log.contains("records.jsonl:2: record refused (doc_id bad-type): events[0].event"), log);
    assertTrue(log.contains("records.jsonl:3: record refused"), log);
    assertTrue(log.contains("records.jsonl:4: record refused (doc_id bad-offsets)"), log);
    for (String p : List.of("offsets 3..999", "cameo", "quad_code", "country: 'syria'", "status: 'done'")) {
      assertTrue(log.contains(p), p + " in " + log);
    }
    try (org.sitrep.store.SitrepStore store = org.sitrep.store.SitrepStore.open(dir.resolve("data"))) {
      assertEquals(1L, store.rowCounts().get("articles"), "only the good record is stored");
    }
  }

  @Test
  void serve_beyondThisMachine_refusesWithoutAnOperatorToken(@TempDir Path dir) {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("SITREP_TOKEN") == null, "SITREP_TOKEN is set");
    java.io.StringWriter err = new java.io.StringWriter();
    var cli = SitrepCli.commandLine();
    cli.setErr(new java.io.PrintWriter(err));
    int code = cli.execute("serve", "--host", "0.0.0.0", "--port", "0", "--no-ingest", "--data",
        dir.resolve("data").toString());
    assertEquals(2, code, err.toString());
    assertTrue(err.toString().contains("--token-file"), err.toString());
    assertTrue(!Files.exists(dir.resolve("data").resolve("api-token")), "no token generated, no store opened");
  }

  @Test
  void serveWatch_badDeskConfiguration_exits2NamingTheKey_beforeOpeningTheStore(@TempDir Path dir) throws Exception {
    Path cfg = dir.resolve("desk.json");
    Files.writeString(cfg, "{\"alerts\": {\"rules\": [{\"name\": \"x\", \"on\": \"toll\"}]}}");
    java.io.StringWriter err = new java.io.StringWriter();
    var cli = SitrepCli.commandLine();
    cli.setErr(new java.io.PrintWriter(err));
    int code = cli.execute("serve", "--watch", cfg.toString(), "--port", "0", "--no-ingest", "--data",
        dir.resolve("data").toString());
    assertEquals(2, code, err.toString());
    assertTrue(err.toString().contains("alerts.rules[0].on"), err.toString());
    assertTrue(!Files.exists(dir.resolve("data")), "no store opened");
  }
}
