package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.sitrep.core.pipeline.Workers;

/**
 * CoreNLP's models, each loaded at most once per process (a class loader, in Spark: once per executor) and
 * shared: {@link StanfordCoreNLP#annotate} and the parser are thread-safe. The tokenizer-to-NER pipeline is
 * loaded once per configuration (the tagger and lemmatiser are shared between configurations by CoreNLP's
 * own annotator cache; the NER models differ); the dependency parser is one for the whole process, whatever
 * the configurations, and loads only when a sentence is first to be parsed or when {@link #prepare} is asked
 * for it.
 */
final class CoreNlpModels {
  private static final Map<NlpSettings, Loaded> PIPELINES = new ConcurrentHashMap<>();
  private static final Object PARSER_LOCK = new Object();
  private static volatile DependencyParses parser; // scoring with FastParserScores
  private static volatile DependencyParses plainParser; // CoreNLP's own classifier

  /**
   * CoreNLP for one configuration: the tokenizer to NER as one pipeline; the dependency parser runs apart
   * ({@link #parse}) on the sentences of at most {@code nlp.max_sentence_tokens} tokens. (CoreNLP's parser
   * has no length limit of its own: a run-on sentence of thousands of tokens took it, with its enhanced++
   * rules, most of a minute.) A sentence within the limit is parsed exactly as by the whole pipeline.
   */
  record Loaded(StanfordCoreNLP corenlp, boolean parses, int maxSentenceTokens) {
    /**
     * Tokens to NER, then the parse of every sentence within the length limit (when this configuration parses),
     * with the five graphs CoreNLP's {@code depparse} annotator sets: the bare-CoreNLP baseline of the benchmark.
     */
    void annotate(Annotation ann) {
      tag(ann);
      if (parses) {
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
          if (within(s)) {
            parser(false).parseAsCoreNlp(s);
          }
        }
      }
    }

    /** Tokens, sentences, POS, lemmas and NER: everything but the parse. */
    void tag(Annotation ann) {
      corenlp.annotate(ann);
    }

    /**
     * The enhanced++ dependency graph of those of {@code sentences} within the length limit, set on each (with
     * {@code allGraphs}, the five graphs of CoreNLP's annotator), scoring with {@link FastParserScores} when
     * {@code fast} (the same parses).
     */
    void parse(List<CoreMap> sentences, boolean allGraphs, boolean fast) {
      List<CoreMap> within = new ArrayList<>(sentences.size());
      for (CoreMap s : sentences) {
        if (within(s)) {
          within.add(s);
        }
      }
      if (within.isEmpty()) {
        return;
      }
      DependencyParses p = parser(fast);
      if (allGraphs) { // the section's sentences together: with the fast scorer, parsed in step (same parses)
        p.parseAsCoreNlp(within);
      } else {
        p.parse(within);
      }
    }

    private boolean within(CoreMap s) {
      return s.get(CoreAnnotations.TokensAnnotation.class).size() <= maxSentenceTokens;
    }
  }

  private CoreNlpModels() {
  }

  static Loaded get(NlpSettings s) {
    // one pipeline per CoreNLP configuration (the section size is sitrep's, not CoreNLP's)
    NlpSettings key = new NlpSettings(s.fineNer(), s.parse(), s.maxSentenceTokens(), s.nerModels());
    return PIPELINES.computeIfAbsent(key, CoreNlpModels::load);
  }

  /** The process's dependency parser scoring with {@link FastParserScores}, loaded at the first call. */
  static DependencyParses parser() {
    return parser(true);
  }

  /**
   * The process's dependency parser scoring with {@link FastParserScores} ({@code fast}) or with CoreNLP's own
   * classifier (the bare-CoreNLP baseline, {@code nlp.fast_parser_scores=false}), each loaded at its first call.
   */
  static DependencyParses parser(boolean fast) {
    DependencyParses p = fast ? parser : plainParser;
    if (p == null) {
      synchronized (PARSER_LOCK) {
        p = fast ? parser : plainParser;
        if (p == null) {
          // the parser as the whole pipeline builds it (AnnotatorImplementations.dependencies: no depparse.* option)
          p = new DependencyParses(new Properties(), fast);
          if (fast) {
            parser = p;
          } else {
            plainParser = p;
          }
        }
      }
    }
    return p;
  }

  /**
   * Loads the models of a configuration before the first document: the tokenizer-to-NER pipeline, the parser
   * when {@code withParser}, and one SUTime when the configuration runs it apart on every time window (without
   * sitrep's own time tagger; with it, SUTime loads at its first window), side by side on their own
   * threads (each is mostly deserialisation on one core, so on two or more cores this takes about as long as
   * the slowest of them).
   */
  static void prepare(NlpSettings s, boolean withParser) {
    // one loading thread per processor: on one (a pinned process) the models load one after another, so that each
    // young collection copies one model's fresh arrays rather than those of three loads in progress
    int threads = loadThreads(Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Workers.daemonPool("sitrep-model-load", threads);
    try {
      List<Future<?>> loads = new ArrayList<>();
      loads.add(pool.submit(() -> get(s)));
      if (withParser) {
        loads.add(pool.submit(() -> parser(s.fastParserScores())));
      }
      if (!s.fineNer() && !s.ownTimes()) {
        // with sitrep's own time tagger (the default) SUTime loads at the first window the tagger leaves to it
        // (SutimePool.Lease): on news that is within the first articles, in one-sentence items often never
        loads.add(pool.submit(() -> SUTIME.release(SUTIME.borrow())));
      }
      for (Future<?> f : loads) {
        Workers.await(f, "loading CoreNLP's models");
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Threads loading the models side by side: one per processor, at most three (the pipeline, parser, SUTime). */
  static int loadThreads(int processors) {
    return Math.max(1, Math.min(3, processors));
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
      // the 3-class model from the build's copy, read faster by CoreNLP's own reader (CrfModelFile)
      p.setProperty("ner.model", CrfModelFile.model());
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
    Properties props = properties(s);
    StanfordCoreNLP corenlp;
    try {
      corenlp = new StanfordCoreNLP(props);
    } catch (RuntimeException e) {
      boolean copies = false;
      for (ModelCopy c : List.of(CrfModelFile.COPY)) {
        if (c.copy().equals(props.getProperty("ner.model"))) {
          c.refuse(e); // a copy did not load (corrupt): CoreNLP's own models, as without copies
          copies = true;
        }
      }
      if (!copies) {
        throw e;
      }
      corenlp = new StanfordCoreNLP(properties(s));
    }
    return new Loaded(corenlp, s.parse(), s.maxSentenceTokens());
  }
}
