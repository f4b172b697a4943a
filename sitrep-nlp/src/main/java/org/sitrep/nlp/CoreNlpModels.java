package org.sitrep.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads each CoreNLP configuration once per process (a class loader, in Spark: once per executor) and
 * shares it: {@link StanfordCoreNLP#annotate} is thread-safe.
 */
final class CoreNlpModels {
  private static final Map<NlpSettings, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

  private CoreNlpModels() {
  }

  static StanfordCoreNLP get(NlpSettings s) {
    // one pipeline per CoreNLP configuration (the section size is sitrep's, not CoreNLP's)
    NlpSettings key = new NlpSettings(s.fineNer(), s.parse(), s.maxSentenceTokens(), s.nerModels());
    return PIPELINES.computeIfAbsent(key, CoreNlpModels::load);
  }

  static Properties properties(NlpSettings s) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (s.parse() ? ",depparse" : ""));
    p.setProperty("tokenize.language", "en");
    // Paragraph breaks end sentences (headlines, datelines and outlet lines have no final stop).
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", Boolean.toString(s.fineNer()));
    if (!NlpSettings.ALL_NER_MODELS.equals(s.nerModels())) {
      p.setProperty("ner.model", s.nerModels());
    } else if (!s.fineNer()) {
      p.setProperty("ner.model", NlpSettings.CRF_3CLASS);
    }
    // In the fast mode SUTime runs apart, on the sentences that have a temporal word (CoreNlpStage).
    p.setProperty("ner.useSUTime", Boolean.toString(s.fineNer()));
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("sutime.markTimeRanges", "true");
    p.setProperty("pos.maxlen", "400");
    p.setProperty("depparse.maxlen", Integer.toString(s.maxSentenceTokens()));
    return p;
  }

  private static final SutimePool SUTIME = new SutimePool();

  /** SUTime on its own, for the fast mode: instances each used by one thread at a time (see SutimePool). */
  static SutimePool sutime() {
    return SUTIME;
  }

  private static StanfordCoreNLP load(NlpSettings s) {
    return new StanfordCoreNLP(properties(s));
  }
}
