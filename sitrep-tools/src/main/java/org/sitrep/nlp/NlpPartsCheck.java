package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Titled;
import org.sitrep.core.io.Inputs;
import org.sitrep.core.io.ReadOptions;

/**
 * Development benchmark: where the NLP stage's CPU goes, part by part, on one thread. Runs the parts of
 * {@code nlp.corenlp} one after another on each article, with the stage's own models and settings (the defaults),
 * and times each with the thread's CPU clock: tokenizer and sentence splitter, POS tagger, lemmatiser, NER (the
 * CRF model and CoreNLP's numeric classifiers, as the stage runs it), sitrep's fine classes, the time tagging of
 * the sentences with a time cue (sitrep's own tagger and SUTime on the windows it leaves; SUTime's first instance
 * is loaded before timing starts), and the dependency parse (enhanced++ only) of every sentence within the length
 * limit (the stage parses only those some later stage reads: on news nearly all). The first {@code WARM} articles
 * warm the JIT and are not counted. In package {@code org.sitrep.nlp} to reach the stage's parts; prints figures,
 * asserts nothing. {@code java -cp ... org.sitrep.nlp.NlpPartsCheck INPUT...}
 */
public final class NlpPartsCheck {
  private static final int WARM = 5;
  private static final String[] PARTS = {"tokenize+ssplit", "pos", "lemma", "ner (CRF + numeric)", "fine classes",
      "time tagging (own + SUTime windows)", "dependency parse (enhanced++)"};

  private NlpPartsCheck() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: NlpPartsCheck INPUT...");
      System.exit(2);
    }
    List<Article> arts = new ArrayList<>();
    Inputs inputs = Inputs.standard(ReadOptions.defaults());
    for (String f : Inputs.expand(List.of(args))) {
      inputs.read(f, System.in, it -> {
        if (it.ok()) {
          arts.add(it.article());
        }
      });
    }
    NlpSettings s = NlpSettings.defaults();
    Properties all = CoreNlpModels.properties(s);
    StanfordCoreNLP[] steps = new StanfordCoreNLP[4];
    String[] names = {"tokenize,ssplit", "pos", "lemma", "ner"};
    for (int i = 0; i < 4; i++) {
      Properties p = new Properties();
      p.putAll(all);
      p.setProperty("annotators", names[i]);
      steps[i] = new StanfordCoreNLP(p, false); // CoreNLP's annotator pool: the stage's own annotators
    }
    CoreNlpModels.Loaded loaded = CoreNlpModels.get(s);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[PARTS.length];
    long tokens = 0;
    long sentences = 0;
    try (SutimePool.Lease warmSutime = CoreNlpModels.sutime().lease()) {
      warmSutime.get(); // SUTime's first instance: a load, not a per-article cost
    }
    for (int a = 0; a < arts.size(); a++) {
      boolean counted = a >= WARM;
      String text = Titled.document(arts.get(a)).text();
      String date = arts.get(a).published();
      String docDate = date == null ? null : date.length() == 7 ? date + "-01" : date;
      Annotation ann = new Annotation(text);
      if (docDate != null) {
        ann.set(CoreAnnotations.DocDateAnnotation.class, docDate);
      }
      long[] t = new long[PARTS.length + 1];
      t[0] = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < 4; i++) {
        steps[i].annotate(ann);
        t[i + 1] = mx.getCurrentThreadCpuTime();
      }
      List<CoreMap> sents = ann.get(CoreAnnotations.SentencesAnnotation.class);
      List<List<String>> words = new ArrayList<>();
      for (CoreMap sent : sents) {
        List<CoreLabel> labels = sent.get(CoreAnnotations.TokensAnnotation.class);
        List<String> w = labels.stream().map(CoreLabel::word).toList();
        String[] tags = new String[labels.size()];
        for (int i = 0; i < tags.length; i++) {
          tags[i] = labels.get(i).ner() == null ? "O" : labels.get(i).ner();
        }
        FineClasses.get().refine(w, tags);
        words.add(w);
      }
      t[5] = mx.getCurrentThreadCpuTime();
      SUTime.TimeIndex index = new SUTime.TimeIndex();
      try (SutimePool.Lease sutime = CoreNlpModels.sutime().lease()) {
        for (int k = 0; k < sents.size(); k++) {
          if (TemporalCues.any(words.get(k))) {
            SutimeWindows.times(sutime, sents.get(k), text, docDate, index, s.maxSentenceTokens(), s.sutimeReach(),
                s.ownTimes());
          }
        }
      }
      t[6] = mx.getCurrentThreadCpuTime();
      loaded.parse(sents, false, s.fastParserScores());
      t[7] = mx.getCurrentThreadCpuTime();
      if (counted) {
        for (int i = 0; i < PARTS.length; i++) {
          cpu[i] += t[i + 1] - t[i];
        }
        sentences += sents.size();
        tokens += ann.get(CoreAnnotations.TokensAnnotation.class).size();
      }
    }
    int n = Math.max(1, arts.size() - WARM);
    long total = 0;
    for (long c : cpu) {
      total += c;
    }
    System.out.printf("%d articles timed (%d warm-up), %d sentences, %d tokens%n", arts.size() - WARM, WARM,
        sentences, tokens);
    for (int i = 0; i < PARTS.length; i++) {
      System.out.printf("  %-38s %7.1f ms CPU/article  %5.1f%%%n", PARTS[i], cpu[i] / 1e6 / n, 100.0 * cpu[i] / total);
    }
    System.out.printf("  %-38s %7.1f ms CPU/article%n", "total", total / 1e6 / n);
  }
}
