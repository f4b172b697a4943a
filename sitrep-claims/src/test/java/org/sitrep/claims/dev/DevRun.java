package org.sitrep.claims.dev;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.sitrep.core.doc.Document;
import org.sitrep.core.json.Json;
import org.sitrep.core.pipeline.ArticleAssembler;
import org.sitrep.core.pipeline.Stage;
import org.sitrep.core.pipeline.StageContext;
import org.sitrep.core.pipeline.StageProvider;

/**
 * Development tool, not a test: runs the claims stages (and any other non-NLP stage on the class path)
 * over an {@link NlpCache} file and writes article records. {@code DevRun CACHE.jsonl OUT.jsonl}
 */
public final class DevRun {
  public static void main(String[] args) throws IOException {
    List<Document> docs = NlpCache.load(Path.of(args[0]));
    List<Stage> stages = new ArrayList<>();
    for (StageProvider p : ServiceLoader.load(StageProvider.class)) {
      if (!p.getClass().getName().startsWith("org.sitrep.nlp")) {
        stages.addAll(p.stages(StageContext.defaults()));
      }
    }
    stages = order(stages);
    long t0 = System.nanoTime();
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (Document d : docs) {
        for (Stage s : stages) {
          d = s.apply(d);
        }
        w.write(Json.line(ArticleAssembler.assemble(d, false)));
        w.newLine();
      }
    }
    System.err.printf("%d docs, stages %s, %.1f ms%n", docs.size(), stages.stream().map(Stage::name).toList(),
        (System.nanoTime() - t0) / 1e6);
  }

  static List<Stage> order(List<Stage> stages) {
    List<Stage> left = new ArrayList<>(stages);
    List<Stage> out = new ArrayList<>();
    java.util.Set<Object> have = new java.util.HashSet<>();
    have.addAll(List.of(org.sitrep.core.doc.Layers.TOKENS, org.sitrep.core.doc.Layers.SENTENCES,
        org.sitrep.core.doc.Layers.POS, org.sitrep.core.doc.Layers.LEMMAS, org.sitrep.core.doc.Layers.NER,
        org.sitrep.core.doc.Layers.ENTITY_MENTIONS, org.sitrep.core.doc.Layers.TIMEX,
        org.sitrep.core.doc.Layers.NUMBERS, org.sitrep.core.doc.Layers.DEPENDENCIES));
    java.util.Set<Object> produced = new java.util.HashSet<>();
    left.forEach(s -> produced.addAll(s.produces()));
    while (!left.isEmpty()) {
      Stage next = left.stream().filter(s -> have.containsAll(s.requires())
          && s.uses().stream().allMatch(u -> have.contains(u) || !produced.contains(u))).findFirst()
          .orElseThrow(() -> new IllegalStateException("cannot order " + left.stream().map(Stage::name).toList()));
      out.add(next);
      have.addAll(next.produces());
      left.remove(next);
    }
    return out;
  }
}
