package org.sitrep.tools;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.SitrepScoringHook;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Properties;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Titled;

/**
 * Development benchmark: the dependency parser's CPU with CoreNLP's classifier and with sitrep's bit-identical
 * scorer ({@code nlp.fast_parser_scores}). Tags each article (tokens, sentences, POS: what the parser reads), then
 * parses every sentence of at most 120 tokens with both parsers, the order alternated from article to article so
 * that warming up and the machine's load fall on both alike; compares the typed dependencies of every sentence and
 * prints the sentences that differ and the parse CPU per article of each. Prints figures; asserts nothing.
 * {@code ParserScoresCheck INPUT...}
 */
public final class ParserScoresCheck {
  private static final int MAX_TOKENS = 120; // nlp.max_sentence_tokens' default

  private ParserScoresCheck() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: ParserScoresCheck INPUT...");
      System.exit(2);
    }
    List<Article> arts = NlpCache.readArticles(List.of(args));
    Properties tp = new Properties();
    tp.setProperty("annotators", "tokenize,ssplit,pos");
    StanfordCoreNLP tagger = new StanfordCoreNLP(tp);
    DependencyParser plain = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    Properties fp = new Properties();
    fp.setProperty("sitrep.scorer", "fast"); // a parser instance of its own (CoreNLP caches by properties)
    DependencyParser fast = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, fp);
    SitrepScoringHook.install(fast);
    DependencyParser[] parsers = {plain, fast};
    String[] names = {"CoreNLP classifier", "FastParserScores"};
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[2];
    int differ = 0;
    long sentences = 0;
    for (int a = 0; a < arts.size(); a++) {
      Annotation ann = new Annotation(Titled.document(arts.get(a)).text());
      tagger.annotate(ann);
      List<CoreMap> sents = ann.get(CoreAnnotations.SentencesAnnotation.class);
      String[][] out = new String[2][sents.size()];
      for (int k = 0; k < 2; k++) {
        int m = (a + k) % 2;
        long t0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < sents.size(); i++) {
          if (sents.get(i).get(CoreAnnotations.TokensAnnotation.class).size() <= MAX_TOKENS) {
            out[m][i] = parsers[m].predict(sents.get(i)).typedDependencies().toString();
          }
        }
        if (a > 0) { // the first article warms both up
          cpu[m] += mx.getCurrentThreadCpuTime() - t0;
        }
      }
      sentences += sents.size();
      for (int i = 0; i < sents.size(); i++) {
        if (!java.util.Objects.equals(out[0][i], out[1][i])) {
          differ++;
          System.out.println("differs: " + arts.get(a).docId() + " sentence " + i);
        }
      }
    }
    int measured = Math.max(1, arts.size() - 1);
    System.out.printf("%d articles, %d sentences; parses differ in %d sentences%n", arts.size(), sentences, differ);
    for (int m = 0; m < 2; m++) {
      System.out.printf("  %-20s parse %.1f ms CPU/article%n", names[m], cpu[m] / 1e6 / measured);
    }
    System.out.printf("  saving %.1f ms CPU/article (%.1f%% of the parse)%n", (cpu[0] - cpu[1]) / 1e6 / measured,
        100.0 * (cpu[0] - cpu[1]) / Math.max(1, cpu[0]));
  }
}
