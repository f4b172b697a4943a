package org.sitrep.tools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.Token;
import org.sitrep.core.json.Json;
import org.sitrep.core.pipeline.ArticleAssembler;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.SentenceNeed;

/**
 * Development tool: what parsing only the needed sentences does to the records, in seconds. Over an
 * {@link NlpCache} file (every sentence parsed) it drops the arcs of the sentences that no stage's
 * {@code ParseReader} need selects, exactly as the NLP stage leaves them unparsed, runs the stages after the
 * NLP stage and writes the records as {@link DevAnalyze} does; compare the two outputs byte for byte. Prints
 * the share of sentences and tokens that are parsed, and for each stage the sentences that it alone needs (what
 * narrowing that stage's need could save at most). {@code ParseNeedCheck CACHE OUT.jsonl}
 */
public final class ParseNeedCheck {
  private ParseNeedCheck() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ParseNeedCheck CACHE OUT.jsonl");
      System.exit(2);
    }
    Pipeline pipeline = NlpCache.rulePipeline();
    SentenceNeed need = pipeline.parseNeed();
    java.util.Map<String, SentenceNeed> perStage = new java.util.TreeMap<>();
    for (org.sitrep.core.pipeline.Stage s : pipeline.stages()) {
      if (s instanceof org.sitrep.core.pipeline.ParseReader r) {
        perStage.put(s.name(), r.parseNeed());
      }
    }
    java.util.Map<String, Long> perStageCount = new java.util.TreeMap<>();
    java.util.Map<String, Long> aloneCount = new java.util.TreeMap<>(); // sentences no other stage needs
    java.util.Map<String, Long> aloneTokens = new java.util.TreeMap<>();
    long sentences = 0;
    long parsed = 0;
    long tokens = 0;
    long parsedTokens = 0;
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (Document d : NlpCache.load(Path.of(args[0]))) {
        List<Token> toks = d.get(Layers.TOKENS);
        List<List<Dependency>> deps = d.get(Layers.DEPENDENCIES);
        List<List<Dependency>> kept = new ArrayList<>(deps.size());
        List<Sentence> ss = d.get(Layers.SENTENCES);
        for (int i = 0; i < ss.size(); i++) {
          List<Token> st = toks.subList(ss.get(i).tokens().start(), ss.get(i).tokens().end());
          boolean keep = need.test(st);
          java.util.List<String> needers = new ArrayList<>();
          perStage.forEach((name, n) -> {
            boolean needs = n.test(st);
            perStageCount.merge(name, needs ? 1L : 0L, Long::sum);
            if (needs) {
              needers.add(name);
            }
          });
          if (needers.size() == 1) {
            aloneCount.merge(needers.get(0), 1L, Long::sum);
            aloneTokens.merge(needers.get(0), (long) st.size(), Long::sum);
          }
          kept.add(keep ? deps.get(i) : List.of());
          sentences++;
          tokens += st.size();
          if (keep) {
            parsed++;
            parsedTokens += st.size();
          }
        }
        w.write(Json.line(ArticleAssembler.assemble(pipeline.apply(d.with(Layers.DEPENDENCIES, kept)), false)));
        w.newLine();
      }
    }
    System.out.printf("parsed %d of %d sentences (%.1f%%), %d of %d tokens (%.1f%%)%n", parsed, sentences,
        100.0 * parsed / Math.max(1, sentences), parsedTokens, tokens, 100.0 * parsedTokens / Math.max(1, tokens));
    long all = sentences;
    long allTokens = tokens;
    perStageCount.forEach((name, n) -> System.out.printf(
        "  %-22s needs %5.1f%% of the sentences; alone (no other stage needs them) %d sentences, %.1f%% of the tokens%n",
        name, 100.0 * n / Math.max(1, all), aloneCount.getOrDefault(name, 0L),
        100.0 * aloneTokens.getOrDefault(name, 0L) / Math.max(1, allTokens)));
  }
}
