package org.sitrep.tools;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.SitrepScoringHook;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Titled;

/**
 * The harness of the parser checks ({@link ParserScoresCheck}, {@link ParserBatchCheck}): tags each article (tokens,
 * sentences, POS: what the parser reads), keeps its sentences of at most 120 tokens, parses them two ways, the order
 * alternated from article to article so that warming up and the machine's load fall on both alike, timed with the
 * thread's CPU clock (the first article warms up and is not counted); compares the typed dependencies of every
 * sentence and prints the sentences that differ and the parse CPU per article of each way.
 */
final class ParserComparison {
  private static final int MAX_TOKENS = 120; // nlp.max_sentence_tokens' default

  private ParserComparison() {
  }

  /** A parser with sitrep's bit-identical scorer hooked in (its own instance: CoreNLP caches by properties). */
  static DependencyParser fastParser() {
    Properties fp = new Properties();
    fp.setProperty("sitrep.scorer", "fast");
    DependencyParser fast = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, fp);
    SitrepScoringHook.install(fast);
    return fast;
  }

  /** Runs the comparison on {@code args}' articles: {@code ways} give each sentence's typed dependencies. */
  static void run(String tool, String[] args, String[] names, List<Function<List<CoreMap>, List<String>>> ways)
      throws Exception {
    if (args.length < 1) {
      System.err.println("usage: " + tool + " INPUT...");
      System.exit(2);
    }
    List<Article> arts = NlpCache.readArticles(List.of(args));
    Properties tp = new Properties();
    tp.setProperty("annotators", "tokenize,ssplit,pos");
    StanfordCoreNLP tagger = new StanfordCoreNLP(tp);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[2];
    int differ = 0;
    long sentences = 0;
    for (int a = 0; a < arts.size(); a++) {
      Annotation ann = new Annotation(Titled.document(arts.get(a)).text());
      tagger.annotate(ann);
      List<CoreMap> sents = new ArrayList<>();
      for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
        if (s.get(CoreAnnotations.TokensAnnotation.class).size() <= MAX_TOKENS) {
          sents.add(s);
        }
      }
      List<List<String>> out = new ArrayList<>(List.of(List.of(), List.of()));
      for (int k = 0; k < 2; k++) {
        int m = (a + k) % 2;
        long t0 = mx.getCurrentThreadCpuTime();
        out.set(m, ways.get(m).apply(sents));
        if (a > 0) { // the first article warms both up
          cpu[m] += mx.getCurrentThreadCpuTime() - t0;
        }
      }
      sentences += sents.size();
      for (int i = 0; i < sents.size(); i++) {
        if (!Objects.equals(out.get(0).get(i), out.get(1).get(i))) {
          differ++;
          System.out.println("differs: " + arts.get(a).docId() + " sentence " + i);
        }
      }
    }
    int measured = Math.max(1, arts.size() - 1);
    System.out.printf("%d articles, %d sentences parsed; parses differ in %d sentences%n", arts.size(), sentences,
        differ);
    for (int m = 0; m < 2; m++) {
      System.out.printf("  %-20s parse %.1f ms CPU/article%n", names[m], cpu[m] / 1e6 / measured);
    }
    System.out.printf("  saving %.1f ms CPU/article (%.1f%% of the parse)%n", (cpu[0] - cpu[1]) / 1e6 / measured,
        100.0 * (cpu[0] - cpu[1]) / Math.max(1, cpu[0]));
  }
}
