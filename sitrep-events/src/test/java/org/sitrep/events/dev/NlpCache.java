package org.sitrep.events.dev;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Mention;
import org.sitrep.core.doc.NumberMention;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.doc.Token;

/**
 * Development aid: runs CoreNLP once over a JSONL or text input and stores the NLP layers as JSONL, so the
 * event rules can be re-run over a dev set in seconds ({@link DevRun}). Not part of the build's tests.
 * Usage: {@code NlpCache INPUT OUT.cache.jsonl}.
 */
public final class NlpCache {
  private static final ObjectMapper M = new ObjectMapper()
      .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private NlpCache() {
  }

  public static void main(String[] args) throws IOException {
    List<Article> articles = readArticles(Path.of(args[0]));
    var nlp = new org.sitrep.nlp.CoreNlpStage(org.sitrep.nlp.NlpSettings.defaults());
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (Article a : articles) {
        Document d = nlp.apply(Document.of(a));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", a);
        m.put("tokens", d.get(Layers.TOKENS));
        m.put("sentences", d.get(Layers.SENTENCES));
        m.put("deps", d.get(Layers.DEPENDENCIES));
        m.put("mentions", d.get(Layers.ENTITY_MENTIONS));
        m.put("timex", d.get(Layers.TIMEX));
        m.put("numbers", d.get(Layers.NUMBERS));
        w.write(M.writeValueAsString(m));
        w.newLine();
      }
    }
  }

  public static List<Article> readArticles(Path p) throws IOException {
    List<Article> out = new ArrayList<>();
    if (p.toString().endsWith(".jsonl")) {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = M.readTree(line);
        out.add(new Article(n.get("id").asText(), n.get("text").asText(), null, null, null,
            n.hasNonNull("date") ? n.get("date").asText() : null, "en", p.toString()));
      }
    } else {
      for (Path f : Files.isDirectory(p) ? Files.list(p).sorted().toList() : List.of(p)) {
        out.addAll(readText(f));
      }
    }
    return out;
  }

  private static List<Article> readText(Path f) throws IOException {
    String id = f.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    var item = org.sitrep.core.io.TextArticleReader.parse(Files.readString(f, StandardCharsets.UTF_8), id,
        f.toString(), org.sitrep.core.io.ReadOptions.defaults());
    return item.ok() ? List.of(item.article()) : List.of();
  }

  /** Reads a cache file back into documents with the NLP layers set. */
  public static List<Document> load(Path cache) throws IOException {
    List<Document> out = new ArrayList<>();
    for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
      JsonNode n = M.readTree(line);
      Article a = M.treeToValue(n.get("article"), Article.class);
      Document d = Document.of(a)
          .with(Layers.TOKENS, M.convertValue(n.get("tokens"), new TypeReference<List<Token>>() { }))
          .with(Layers.SENTENCES, M.convertValue(n.get("sentences"), new TypeReference<List<Sentence>>() { }))
          .with(Layers.DEPENDENCIES, M.convertValue(n.get("deps"), new TypeReference<List<List<Dependency>>>() { }))
          .with(Layers.ENTITY_MENTIONS, M.convertValue(n.get("mentions"), new TypeReference<List<Mention>>() { }))
          .with(Layers.TIMEX, M.convertValue(n.get("timex"), new TypeReference<List<TimeExpression>>() { }))
          .with(Layers.NUMBERS, M.convertValue(n.get("numbers"), new TypeReference<List<NumberMention>>() { }));
      out.add(d);
    }
    return out;
  }
}
