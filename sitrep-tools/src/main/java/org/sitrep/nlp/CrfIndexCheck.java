package org.sitrep.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Titled;
import org.sitrep.tools.NlpCache;

/**
 * Development check: CoreNLP's 3-class CRF three ways on the same tagged sentences: read from CoreNLP's own model (its
 * feature index a plain {@code HashIndex} as Java's reader makes it), read from sitrep's build copy with its index
 * replaced by a plain {@code HashIndex} filled as the copy's reader filled it before perf23 (fresh decoded names, added
 * in order), and read from the copy as it is (in this build a {@code CrfFeatureIndex}). Tags each article as the NLP
 * stage does (tokens, sentences, POS), labels every sentence each way, the order rotated from article to article, each
 * timed with the thread's CPU clock (the first article warms up and is not counted), and counts the tokens whose label
 * differs between any two ways. Also times the POS tagger's part of the tagging. Prints figures; asserts nothing.
 * {@code CrfIndexCheck INPUT...}
 */
public final class CrfIndexCheck {
  /** CoreNLP's model and sitrep's copy of it, as classpath resources. */
  static final String MODEL = NlpSettings.CRF_3CLASS;
  static final String COPY = CrfModelFile.RESOURCE;

  private CrfIndexCheck() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: CrfIndexCheck INPUT...");
      System.exit(2);
    }
    List<Article> arts = NlpCache.readArticles(List.of(args));
    Properties tp = CoreNlpModels.properties(NlpSettings.defaults()); // tokens, sentences and POS as the NLP stage
    StanfordCoreNLP split = new StanfordCoreNLP(withAnnotators(tp, "tokenize,ssplit"));
    StanfordCoreNLP tagger = new StanfordCoreNLP(withAnnotators(tp, "pos"), false);
    CRFClassifier<CoreLabel> plainCopy = CRFClassifier.getClassifier(COPY, new Properties());
    plainIndex(plainCopy);
    List<CRFClassifier<CoreLabel>> crfs = List.of(CRFClassifier.getClassifier(MODEL, new Properties()), plainCopy,
        CRFClassifier.getClassifier(COPY, new Properties()));
    String[] names = {"CoreNLP's model", "copy, HashIndex", "copy as built"};
    System.out.println("feature indexes: " + indexClass(crfs.get(0)) + ", " + indexClass(crfs.get(1)) + ", "
        + indexClass(crfs.get(2)));
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[3];
    long posCpu = 0;
    long tokens = 0;
    long differ = 0;
    long sentences = 0;
    for (int a = 0; a < arts.size(); a++) {
      Annotation ann = new Annotation(Titled.document(arts.get(a)).text());
      split.annotate(ann);
      long p0 = mx.getCurrentThreadCpuTime();
      tagger.annotate(ann);
      if (a > 0) {
        posCpu += mx.getCurrentThreadCpuTime() - p0;
      }
      List<CoreMap> sents = ann.get(CoreAnnotations.SentencesAnnotation.class);
      List<List<List<CoreLabel>>> out = new ArrayList<>(List.of(List.of(), List.of(), List.of()));
      for (int k = 0; k < 3; k++) {
        int m = (a + k) % 3;
        List<List<CoreLabel>> labelled = new ArrayList<>(sents.size());
        long t0 = mx.getCurrentThreadCpuTime();
        for (CoreMap s : sents) {
          labelled.add(crfs.get(m).classifySentence(s.get(CoreAnnotations.TokensAnnotation.class)));
        }
        if (a > 0) { // the first article warms all up
          cpu[m] += mx.getCurrentThreadCpuTime() - t0;
        }
        out.set(m, labelled);
      }
      for (int i = 0; i < sents.size(); i++) {
        List<CoreLabel> x = out.get(0).get(i);
        for (int m = 1; m < 3; m++) {
          List<CoreLabel> y = out.get(m).get(i);
          if (x.size() != y.size()) {
            throw new IllegalStateException(arts.get(a).docId() + " sentence " + i + ": token counts differ");
          }
        }
        for (int t = 0; t < x.size(); t++) {
          tokens++;
          String lx = x.get(t).get(CoreAnnotations.AnswerAnnotation.class);
          String ly = out.get(1).get(i).get(t).get(CoreAnnotations.AnswerAnnotation.class);
          String lz = out.get(2).get(i).get(t).get(CoreAnnotations.AnswerAnnotation.class);
          if (!Objects.equals(lx, ly) || !Objects.equals(lx, lz)) {
            differ++;
            System.out.println("differs: " + arts.get(a).docId() + " sentence " + i + " token " + t + " "
                + x.get(t).word() + ": " + lx + " / " + ly + " / " + lz);
          }
        }
      }
      sentences += sents.size();
    }
    int measured = Math.max(1, arts.size() - 1);
    System.out.printf("%d articles, %d sentences, %d tokens; CRF labels differ on %d tokens%n", arts.size(),
        sentences, tokens, differ);
    for (int m = 0; m < 3; m++) {
      System.out.printf("  CRF, %-16s %.2f ms CPU/article%n", names[m], cpu[m] / 1e6 / measured);
    }
    System.out.printf("  POS tagger            %.2f ms CPU/article%n", posCpu / 1e6 / measured);
    System.out.printf("  the copy as built against its plain HashIndex: %.2f ms CPU/article (%.1f%%)%n",
        (cpu[1] - cpu[2]) / 1e6 / measured, 100.0 * (cpu[1] - cpu[2]) / Math.max(1, cpu[1]));
  }

  /**
   * Replaces {@code crf}'s feature index by a plain HashIndex of the same names, as the copy's reader made it before
   * perf23: the names decoded afresh, then added one by one to a HashIndex of their count.
   */
  @SuppressWarnings("unchecked")
  private static void plainIndex(CRFClassifier<CoreLabel> crf) throws ReflectiveOperationException {
    java.lang.reflect.Field f = featureIndex();
    Index<String> built = (Index<String>) f.get(crf);
    String[] decoded = new String[built.size()];
    for (int i = 0; i < decoded.length; i++) {
      decoded[i] = new String(built.get(i).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    HashIndex<String> plain = new HashIndex<>(decoded.length);
    for (String n : decoded) {
      plain.add(n);
    }
    if (built.isLocked()) {
      plain.lock();
    }
    f.set(crf, plain);
  }

  private static Properties withAnnotators(Properties base, String annotators) {
    Properties p = new Properties();
    p.putAll(base);
    p.setProperty("annotators", annotators);
    return p;
  }

  private static String indexClass(CRFClassifier<CoreLabel> crf) throws ReflectiveOperationException {
    return featureIndex().get(crf).getClass().getSimpleName();
  }

  /** CoreNLP's CRFClassifier.featureIndex, opened for this check. */
  private static java.lang.reflect.Field featureIndex() throws NoSuchFieldException {
    java.lang.reflect.Field f = CRFClassifier.class.getDeclaredField("featureIndex");
    f.setAccessible(true);
    return f;
  }
}
