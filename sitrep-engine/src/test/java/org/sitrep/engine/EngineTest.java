package org.sitrep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layer;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.io.Inputs;
import org.sitrep.core.io.ReadOptions;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.ErrorCodes;
import org.sitrep.core.model.TimeRecord;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.Stage;

/** The engine with a stub stage (no models): error handling, language, order, determinism. */
class EngineTest {
  /** Writes one TIME per word "today", and fails on articles containing "EXPLODE". */
  static final class StubStage implements Stage {
    @Override
    public String name() {
      return "stub";
    }

    @Override
    public Set<Layer<?>> requires() {
      return Set.of();
    }

    @Override
    public Set<Layer<?>> produces() {
      return Set.of(Layers.TIMES);
    }

    @Override
    public Document apply(Document doc) {
      if (doc.text().contains("EXPLODE")) {
        throw new IllegalStateException("stub failure");
      }
      List<TimeRecord> t = new ArrayList<>();
      int i = doc.text().indexOf("today");
      if (i >= 0) {
        t.add(new TimeRecord("today", i, i + 5, "DATE", doc.article().published(), null, null));
      }
      return doc.with(Layers.TIMES, List.copyOf(t));
    }
  }

  private final Engine engine = new Engine(Pipeline.builder().add(new StubStage()).build(), EngineOptions.defaults());

  @TempDir
  Path dir;

  @Test
  void analyze_badInputsGiveOneErrorRecordEachAndTheRunGoesOn() throws IOException {
    Files.writeString(dir.resolve("a-good.txt"), " date 2020-02-03 Troops entered the town today.");
    Files.writeString(dir.resolve("b-empty.txt"), "");
    Files.write(dir.resolve("c-image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    Files.writeString(dir.resolve("d-french.txt"), "Les forces de l'ordre ont arrêté dix personnes dans la capitale,"
        + " selon le ministère de l'Intérieur qui a annoncé une enquête.");
    Files.writeString(dir.resolve("e-lines.jsonl"), "{\"id\":\"j1\",\"text\":\"Police arrested ten people today.\"}\n"
        + "{oops\n{\"id\":\"j3\"}\n{\"id\":\"j4\",\"text\":\"EXPLODE now.\"}\n");
    List<ArticleRecord> out = new ArrayList<>();
    Inputs in = Inputs.standard(ReadOptions.defaults());
    try (BatchRunner r = new BatchRunner(engine, 2, out::add)) {
      for (String f : Inputs.expand(List.of(dir.toString()))) {
        in.read(f, System.in, r);
      }
    }
    assertEquals(8, out.size(), "records out = articles in");
    assertEquals(List.of("a-good", "b-empty", "c-image", "d-french", "j1", "e-lines#2", "j3", "j4"),
        out.stream().map(ArticleRecord::docId).toList());
    assertTrue(out.get(0).errors().isEmpty());
    assertEquals("2020-02-03", out.get(0).times().get(0).value());
    assertEquals(ErrorCodes.EMPTY, out.get(1).errors().get(0).code());
    assertEquals(ErrorCodes.BINARY, out.get(2).errors().get(0).code());
    assertEquals(ErrorCodes.NOT_ENGLISH, out.get(3).errors().get(0).code());
    assertTrue(out.get(3).errors().get(0).message().contains("'fr'"), out.get(3).errors().get(0).message());
    assertTrue(out.get(4).errors().isEmpty());
    assertEquals(ErrorCodes.MALFORMED_JSON, out.get(5).errors().get(0).code());
    assertEquals(ErrorCodes.MISSING_TEXT, out.get(6).errors().get(0).code());
    assertEquals(ErrorCodes.STAGE_FAILED, out.get(7).errors().get(0).code());
    assertTrue(out.get(7).errors().get(0).message().contains("'stub'"), out.get(7).errors().get(0).message());
  }

  @Test
  void analyze_errorRecordHasOnlyIdAndErrors() {
    ArticleRecord r = engine.analyze(InputItem.error("x", "x.txt", ErrorCodes.EMPTY, "x.txt is empty"));
    String json = Json.line(r);
    assertTrue(json.contains("\"errors\":[{\"code\":\"empty\""), json);
    assertTrue(r.events().isEmpty() && r.places().isEmpty() && r.text() == null);
  }

  @Test
  void runner_outputOrderIsInputOrderWhateverTheThreads() {
    Random rnd = new Random(3);
    List<Article> arts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      arts.add(new Article("a" + i, "Word ".repeat(1 + rnd.nextInt(50)) + "today.", null, null, null,
          "2020-01-0" + (1 + i % 9), null, "t"));
    }
    List<String> one = run(arts, 1);
    List<String> four = run(arts, 4);
    assertEquals(one, four);
    assertEquals(200, one.size());
  }

  private List<String> run(List<Article> arts, int threads) {
    List<String> out = new ArrayList<>();
    try (BatchRunner r = new BatchRunner(engine, threads, rec -> out.add(Json.line(rec)))) {
      arts.forEach(a -> r.accept(InputItem.of(a)));
    }
    return out;
  }
}
