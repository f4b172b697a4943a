package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads each CoreNLP configuration once per process (a class loader, in Spark: once per executor) and
 * shares it: {@link StanfordCoreNLP#annotate} is thread-safe.
 */
final class CoreNlpModels {
  private static final Map<NlpSettings, Loaded> PIPELINES = new ConcurrentHashMap<>();

  /**
   * CoreNLP for one configuration: the tokenizer to NER as one pipeline and the dependency parser apart,
   * which parses only the sentences of at most {@code nlp.max_sentence_tokens} tokens. (CoreNLP's parser
   * has no length limit of its own: a run-on sentence of thousands of tokens took it, with its enhanced++
   * rules, most of a minute.) A sentence within the limit is parsed exactly as by the whole pipeline.
   */
  record Loaded(StanfordCoreNLP corenlp, DependencyParseAnnotator parser, int maxSentenceTokens) {
    void annotate(Annotation ann) {
      corenlp.annotate(ann);
      if (parser == null) {
        return;
      }
      List<CoreMap> within = ann.get(CoreAnnotations.SentencesAnnotation.class).stream()
          .filter(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= maxSentenceTokens).toList();
      if (!within.isEmpty()) {
        Annotation some = new Annotation(ann.get(CoreAnnotations.TextAnnotation.class));
        some.set(CoreAnnotations.SentencesAnnotation.class, within);
        parser.annotate(some); // the parse is set on each sentence itself
      }
    }
  }

  private CoreNlpModels() {
  }

  static Loaded get(NlpSettings s) {
    // one pipeline per CoreNLP configuration (the section size is sitrep's, not CoreNLP's)
    NlpSettings key = new NlpSettings(s.fineNer(), s.parse(), s.maxSentenceTokens(), s.nerModels());
    return PIPELINES.computeIfAbsent(key, CoreNlpModels::load);
  }

  static Properties properties(NlpSettings s) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner"); // the parser runs apart (Loaded)
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
    return p;
  }

  /** The annotators run, as CoreNLP names them. */
  static String annotators(NlpSettings s) {
    return properties(s).getProperty("annotators") + (s.parse() ? ",depparse" : "");
  }

  private static final SutimePool SUTIME = new SutimePool();

  /** SUTime on its own, for the fast mode: instances each used by one thread at a time (see SutimePool). */
  static SutimePool sutime() {
    return SUTIME;
  }

  private static Loaded load(NlpSettings s) {
    // the parser as the whole pipeline builds it (AnnotatorImplementations.dependencies: no depparse.* option)
    return new Loaded(new StanfordCoreNLP(properties(s)), s.parse() ? new DependencyParseAnnotator(new Properties())
        : null, s.maxSentenceTokens());
  }
}
