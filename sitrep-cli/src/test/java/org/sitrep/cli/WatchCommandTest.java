package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sitrep watch from the command line, without CoreNLP: configuration errors, and one pass over an empty folder. */
class WatchCommandTest {
  @Test
  void watch_badConfiguration_exits2NamingTheKey(@TempDir Path dir) throws Exception {
    Path cfg = dir.resolve("desk.json");
    Files.writeString(cfg, "{\"folders\": [{\"path\": \"inbox\", \"every\": \"5s\"}]}");
    var cli = SitrepCli.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    assertEquals(2, cli.execute("watch", cfg.toString(), "--data", dir.resolve("data").toString(), "--once"));
    assertTrue(err.toString().contains("unknown key folders[0].every"), err.toString());
  }

  @Test
  void watch_once_emptyFolder_savesItsState(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("inbox"));
    Path cfg = dir.resolve("desk.json");
    Files.writeString(cfg, "{\"folders\": [{\"path\": \"inbox\"}], \"alerts\": {\"rules\": [{\"name\": \"n\","
        + " \"on\": \"new_incident\"}]}}");
    Path data = dir.resolve("data");
    assertEquals(0, SitrepCli.commandLine().execute("watch", cfg.toString(), "--data", data.toString(), "--once"));
    assertTrue(Files.exists(data.resolve("watch").resolve("alerts.jsonl")));
  }
}
