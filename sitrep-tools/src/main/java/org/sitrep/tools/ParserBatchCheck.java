package org.sitrep.tools;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.SitrepBatchParser;
import edu.stanford.nlp.parser.nndep.SitrepScoringHook;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Titled;

/**
 * Development benchmark: the dependency parse with {@code FastParserScores}, sentence by sentence (CoreNLP's
 * {@code predict}) against an article's sentences parsed in step ({@link SitrepBatchParser}). Tags each article
 * (tokens, sentences, POS), then parses its sentences of at most 120 tokens both ways, the order alternated from
 * article to article, timed with the thread's CPU clock (the first article warms up and is not counted); compares
 * the typed dependencies of every sentence and prints the sentences that differ and the parse CPU per article of
 * each way. Prints figures; asserts nothing. {@code ParserBatchCheck INPUT...}
 */
public final class ParserBatchCheck {
  private static final int MAX_TOKENS = 120; // nlp.max_sentence_tokens' default

  private ParserBatchCheck() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: ParserBatchCheck INPUT...");
      System.exit(2);
    }
    List<Article> arts = NlpCache.readArticles(List.of(args));
    Properties tp = new Properties();
    tp.setProperty("annotators", "tokenize,ssplit,pos");
    StanfordCoreNLP tagger = new StanfordCoreNLP(tp);
    Properties fp = new Properties();
    fp.setProperty("sitrep.scorer", "fast");
    DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, fp);
    SitrepScoringHook.install(parser);
    SitrepBatchParser batch = SitrepBatchParser.of(parser);
    String[] names = {"one by one", "in step"};
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
      String[][] out = new String[2][sents.size()];
      for (int k = 0; k < 2; k++) {
        int m = (a + k) % 2;
        long t0 = mx.getCurrentThreadCpuTime();
        if (m == 0) {
          for (int i = 0; i < sents.size(); i++) {
            out[m][i] = parser.predict(sents.get(i)).typedDependencies().toString();
          }
        } else {
          List<GrammaticalStructure> gs = batch.predict(sents);
          for (int i = 0; i < sents.size(); i++) {
            out[m][i] = gs.get(i).typedDependencies().toString();
          }
        }
        if (a > 0) { // the first article warms both up
          cpu[m] += mx.getCurrentThreadCpuTime() - t0;
        }
      }
      sentences += sents.size();
      for (int i = 0; i < sents.size(); i++) {
        if (!out[0][i].equals(out[1][i])) {
          differ++;
          System.out.println("differs: " + arts.get(a).docId() + " sentence " + i);
        }
      }
    }
    int measured = Math.max(1, arts.size() - 1);
    System.out.printf("%d articles, %d sentences parsed; parses differ in %d sentences%n", arts.size(), sentences,
        differ);
    for (int m = 0; m < 2; m++) {
      System.out.printf("  %-12s parse %.1f ms CPU/article%n", names[m], cpu[m] / 1e6 / measured);
    }
    System.out.printf("  saving %.1f ms CPU/article (%.1f%% of the parse)%n", (cpu[0] - cpu[1]) / 1e6 / measured,
        100.0 * (cpu[0] - cpu[1]) / Math.max(1, cpu[0]));
  }
}
