package org.sitrep.tools;

import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.model.WikiIndex;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.Stage;
import org.sitrep.core.pipeline.StageTimings;
import org.sitrep.places.Gazetteer;
import org.sitrep.core.pipeline.StageContext;
import org.sitrep.core.pipeline.StageProvider;

/**
 * Development benchmark: what each model costs to load, one after another on one thread, in one process:
 * CoreNLP's pieces as sitrep's fast mode configures them (tokenizer, POS tagger, lemmatiser, the one CRF NER
 * model with CoreNLP's numeric classifiers, the dependency parser, a first and a second SUTime), then each of
 * sitrep's own stages' {@code prepare}, the WikiDict index and the gazetteer (loaded on first use), and each
 * stage's time on a first and a second article (what else loads on first use). Prints wall seconds and
 * the process's CPU seconds (all threads, collector and compiler included) per step; asserts nothing.
 * Each step builds on what earlier ones loaded (CoreNLP's annotator cache, tables shared by stages), so the
 * order is the order the pipeline loads them in. {@code ModelLoadCheck}
 */
public final class ModelLoadCheck {
  private ModelLoadCheck() {
  }

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private static long wall0;
  private static long cpu0;
  private static double wallSum;
  private static double cpuSum;

  public static void main(String[] args) {
    System.out.printf("load average at start %.1f%n", OS.getSystemLoadAverage());
    start();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("tokenize.language", "en");
    new StanfordCoreNLP(p);
    step("tokenizer, sentence splitter");
    p.setProperty("annotators", "tokenize,ssplit,pos");
    p.setProperty("pos.maxlen", "400");
    new StanfordCoreNLP(p);
    step("POS tagger");
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    new StanfordCoreNLP(p);
    step("lemmatiser");
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    new StanfordCoreNLP(p);
    step("CRF NER (3 class) + numeric classifiers");
    new DependencyParseAnnotator(new Properties());
    step("dependency parser");
    Properties t = new Properties();
    t.setProperty("sutime.includeRange", "true");
    t.setProperty("sutime.markTimeRanges", "true");
    new TimeAnnotator("sutime", t);
    step("SUTime, first instance");
    new TimeAnnotator("sutime", t);
    step("SUTime, second instance (a second thread's)");
    double nlpWall = wallSum;
    double nlpCpu = cpuSum;
    System.out.printf("%-52s %6.1f s wall %6.1f s CPU%n", "= CoreNLP, one after another", nlpWall, nlpCpu);
    List<StageProvider> providers = ServiceLoader.load(StageProvider.class).stream()
        .map(ServiceLoader.Provider::get).sorted(Comparator.comparing(x -> x.getClass().getName())).toList();
    for (StageProvider provider : providers) {
      start();
      List<Stage> built = provider.stages(StageContext.defaults());
      step("building " + provider.getClass().getSimpleName() + "'s stages");
      for (Stage s : built) {
        if (s.name().startsWith("nlp.")) {
          continue; // measured piece by piece above
        }
        start();
        s.prepare();
        step("stage " + s.name() + ".prepare");
      }
    }
    // tables the stages load on first use rather than in prepare
    start();
    WikiIndex.shared();
    step("WikiDict index (WikiIndex.shared, on first use)");
    Gazetteer.shared();
    step("gazetteer (Gazetteer.shared, on first use)");
    System.out.printf("%-52s %6.1f s wall %6.1f s CPU%n", "= sitrep's own stages and tables", wallSum - nlpWall,
        cpuSum - nlpCpu);
    // The stages' tables (gazetteer, lexicons, WikiDict index, ...) load lazily, at the first article that
    // reaches them: the first article's time per stage against a second one's shows what that costs.
    Pipeline pipeline = Pipeline.discover(StageContext.defaults(), Set.of());
    Map<String, Long> first = timed(pipeline, FIRST);
    Map<String, Long> second = timed(pipeline, SECOND);
    System.out.println("per stage, first article (lazy loads) -> second article, wall ms:");
    for (Map.Entry<String, Long> e : first.entrySet()) {
      System.out.printf("  %-28s %8.1f -> %6.1f%n", e.getKey(), e.getValue() / 1e6, second.get(e.getKey()) / 1e6);
    }
    System.out.printf("load average at end %.1f%n", OS.getSystemLoadAverage());
  }

  private static final String FIRST = "Police in Nairobi said on Tuesday that three people were killed when"
      + " protesters clashed with security forces near the parliament. \"We will not stop,\" said John Mwangi, an"
      + " opposition leader, according to Reuters. Dozens were arrested in Mombasa and Kisumu.";
  private static final String SECOND = "The army of Sudan shelled villages near El Fasher on Friday, killing at least"
      + " 12 civilians, the United Nations said. The governor, Ahmed Salih, told reporters that the attack had"
      + " been condemned by the African Union in Addis Ababa.";

  private static Map<String, Long> timed(Pipeline pipeline, String text) {
    StageTimings t = new StageTimings();
    pipeline.apply(Document.of(new Article("check-" + text.length(), text, "check", null, null, "2026-12-01", "en",
        "ModelLoadCheck")), t);
    return t.snapshot(pipeline);
  }

  private static void start() {
    wall0 = System.nanoTime();
    cpu0 = OS.getProcessCpuTime();
  }

  private static void step(String what) {
    double w = (System.nanoTime() - wall0) / 1e9;
    double c = (OS.getProcessCpuTime() - cpu0) / 1e9;
    wallSum += w;
    cpuSum += c;
    System.out.printf("%-52s %6.1f s wall %6.1f s CPU%n", what, w, c);
    start();
  }
}
