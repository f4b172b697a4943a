package org.sitrep.tools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.core.doc.Document;
import org.sitrep.core.json.Json;
import org.sitrep.core.pipeline.ArticleAssembler;
import org.sitrep.core.pipeline.Pipeline;

/**
 * Development tool: runs every stage after the NLP stage over an {@link NlpCache} file and writes the same
 * article records as {@code sitrep analyze} would (for {@code score.py}), in seconds instead of minutes.
 * {@code DevAnalyze CACHE OUT.jsonl}. The records match {@code analyze}'s as long as the NLP stage and its
 * settings are unchanged since the cache was written. The text is kept, as {@code analyze} keeps it by default:
 * the story linker reads it (terms, dateline), so {@code dev.sh}'s story figures are those of {@code analyze}.
 */
public final class DevAnalyze {
  private DevAnalyze() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: DevAnalyze CACHE OUT.jsonl");
      System.exit(2);
    }
    Pipeline pipeline = NlpCache.rulePipeline();
    List<Document> docs = NlpCache.load(Path.of(args[0]));
    long t0 = System.nanoTime();
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (Document d : docs) {
        w.write(Json.line(ArticleAssembler.assemble(pipeline.apply(d), true)));
        w.newLine();
      }
    }
    System.err.printf("%d documents in %.1f s%n", docs.size(), (System.nanoTime() - t0) / 1e9);
  }
}
