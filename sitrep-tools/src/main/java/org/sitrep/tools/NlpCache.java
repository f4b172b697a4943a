package org.sitrep.tools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layer;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Mention;
import org.sitrep.core.doc.NumberMention;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.doc.Titled;
import org.sitrep.core.doc.Token;
import org.sitrep.core.io.Inputs;
import org.sitrep.core.io.ReadOptions;
import org.sitrep.core.json.Json;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.StageContext;
import org.sitrep.core.pipeline.StageProvider;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.NlpSettings;
import org.sitrep.nlp.NlpStages;

/**
 * Development tool: runs the NLP stage once over inputs and keeps its layers as JSONL, so that the rule
 * stages after it can be re-run over a dev set in seconds ({@link DevAnalyze}). It analyses what {@code analyze}
 * does: the title before the body ({@link Titled}), with the body's start kept.
 * {@code NlpCache OUT.cache.jsonl INPUT...}; {@code -Dsitrep.sutime_reach=0} has SUTime read whole sentences.
 */
public final class NlpCache {
  /** The layers the NLP stage produces, which a cache restores. */
  public static final Set<Layer<?>> LAYERS = Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.POS, Layers.LEMMAS,
      Layers.NER, Layers.ENTITY_MENTIONS, Layers.TIMEX, Layers.NUMBERS, Layers.DEPENDENCIES);

  /** The NLP layers of one document. */
  public record Cached(Article article, List<Token> tokens, List<Sentence> sentences, List<Mention> mentions,
                       List<TimeExpression> timex, List<NumberMention> numbers, List<List<Dependency>> deps,
                       Integer bodyStart) {
    public Document document() {
      Document d = bodyStart == null ? Document.of(article) : Document.of(article).with(Layers.BODY_START, bodyStart);
      return d.with(Layers.TOKENS, tokens).with(Layers.SENTENCES, sentences)
          .with(Layers.POS, true).with(Layers.LEMMAS, true).with(Layers.NER, true)
          .with(Layers.ENTITY_MENTIONS, mentions).with(Layers.TIMEX, timex).with(Layers.NUMBERS, numbers)
          .with(Layers.DEPENDENCIES, deps);
    }

    static Cached of(Document d) {
      return new Cached(d.article(), d.get(Layers.TOKENS), d.get(Layers.SENTENCES), d.get(Layers.ENTITY_MENTIONS),
          d.get(Layers.TIMEX), d.get(Layers.NUMBERS), d.get(Layers.DEPENDENCIES),
          d.find(Layers.BODY_START).orElse(null));
    }
  }

  private NlpCache() {
  }

  /** Every discovered stage but the NLP stage, over the layers a cache restores (default settings). */
  public static Pipeline rulePipeline() {
    List<StageProvider> providers = ServiceLoader.load(StageProvider.class).stream()
        .map(ServiceLoader.Provider::get).filter(p -> !(p instanceof NlpStages)).toList();
    return Pipeline.discover(providers, StageContext.defaults(), LAYERS);
  }

  /** The articles of these inputs (files, folders, "-"), the ones that read; in input order. */
  public static List<Article> readArticles(List<String> paths) throws IOException {
    Inputs inputs = Inputs.standard(ReadOptions.defaults());
    List<Article> arts = new ArrayList<>();
    for (String f : Inputs.expand(paths)) {
      inputs.read(f, System.in, it -> {
        if (it.ok()) {
          arts.add(it.article());
        }
      });
    }
    return arts;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: NlpCache OUT.cache.jsonl INPUT...");
      System.exit(2);
    }
    // -Dsitrep.sutime_reach=N: SUTime's reach around time cues (nlp.sutime_reach; 0 = whole sentences)
    int reach = Integer.getInteger("sitrep.sutime_reach", NlpSettings.DEFAULT_SUTIME_REACH);
    // -Dsitrep.time_tagger=own|sutime: sitrep's own time tagger before SUTime, or SUTime alone (nlp.time_tagger)
    boolean own = !"sutime".equals(System.getProperty("sitrep.time_tagger", "own"));
    // -Dsitrep.fast_parser_scores=false: CoreNLP's own classifier scores the parser (nlp.fast_parser_scores)
    boolean fast = !"false".equals(System.getProperty("sitrep.fast_parser_scores", "true"));
    CoreNlpStage nlp = new CoreNlpStage(NlpSettings.defaults().withSutimeReach(reach).withOwnTimes(own)
        .withFastParserScores(fast));
    List<Article> arts = readArticles(List.of(args).subList(1, args.length));
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (Article a : arts) {
        w.write(Json.line(Cached.of(nlp.apply(Titled.document(a)))));
        w.newLine();
      }
    }
    System.err.println("cached " + arts.size() + " documents");
  }

  /** Reads a cache file back into documents with the NLP layers set. */
  public static List<Document> load(Path p) throws IOException {
    List<Document> out = new ArrayList<>();
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(Json.read(line, Cached.class).document());
      }
    }
    return out;
  }
}
