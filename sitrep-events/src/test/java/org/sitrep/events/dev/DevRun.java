package org.sitrep.events.dev;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.json.Json;
import org.sitrep.core.pipeline.Stage;
import org.sitrep.events.EventsStageProvider;

/**
 * Development aid: runs this module's stages over an {@link NlpCache} file and writes article records
 * (doc_id, events, entities) for {@code score.py}. Usage: {@code DevRun CACHE OUT.jsonl}; prints timings.
 */
public final class DevRun {
  private DevRun() {
  }

  public static void main(String[] args) throws IOException {
    List<Document> docs = NlpCache.load(Path.of(args[0]));
    List<Stage> stages = new EventsStageProvider().stages(org.sitrep.core.pipeline.StageContext.defaults());
    long t0 = System.nanoTime();
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (Document d : docs) {
        for (Stage s : stages) {
          d = s.apply(d);
        }
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("doc_id", d.docId());
        rec.put("published", d.article().published());
        rec.put("events", d.list(Layers.EVENTS));
        rec.put("entities", d.list(Layers.ENTITIES));
        w.write(Json.line(rec));
        w.newLine();
      }
    }
    System.err.printf("%d documents in %.1f ms%n", docs.size(), (System.nanoTime() - t0) / 1e6);
  }
}
