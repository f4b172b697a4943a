package org.sitrep.nlp;

import org.sitrep.core.pipeline.StageContext;

/**
 * Settings of the CoreNLP stage, from {@code nlp.*} options:
 * <ul>
 *   <li>{@code nlp.fine_ner} (default false): CoreNLP's own fine-grained NER step (CITY, COUNTRY,
 *       NATIONALITY, TITLE, STATE_OR_PROVINCE, RELIGION, ...) with its three CRF models and SUTime
 *       on every sentence. Off (the default) runs one CRF model, gets COUNTRY, NATIONALITY, capital
 *       CITY and TITLE from sitrep's own tables ({@link FineClasses}) and runs SUTime only on
 *       sentences with a temporal word: about 3x faster (see docs/performance.md).</li>
 *   <li>{@code nlp.parse} (default true): the dependency parse.</li>
 *   <li>{@code nlp.max_sentence_tokens} (default 120): longer sentences are not parsed (their arcs are
 *       empty) and SUTime reads them in overlapping windows of this many tokens ({@link SutimeWindows}),
 *       which bounds the cost of run-on text such as tables or text without punctuation.</li>
 *   <li>{@code nlp.ner_models} (default {@code default}: CoreNLP's three CRF models): a comma-separated
 *       list of CoreNLP NER model paths, e.g. the 4-class CoNLL model alone, which is about 3x faster.</li>
 *   <li>{@code nlp.section_chars} (default 20000): a longer text goes to CoreNLP in sections of at most this
 *       many characters, cut at paragraph breaks where possible (offsets kept), which bounds CoreNLP's memory
 *       per call whatever the article's length (see docs/io.md).</li>
 *   <li>{@code nlp.sutime_reach} (default {@value #DEFAULT_SUTIME_REACH}): SUTime reads only the tokens within
 *       this many of a time cue ({@link TemporalCues}), each run of them as a sentence of its own
 *       ({@link SutimeWindows#cueSpans}), rather than every token of a sentence with a cue; 0 reads whole
 *       sentences (see docs/performance.md).</li>
 *   <li>{@code nlp.all_graphs} (default false): build all five dependency graphs of each parse (basic, collapsed,
 *       CC-processed, enhanced, enhanced++), as CoreNLP's {@code depparse} annotator does, rather than only the
 *       enhanced++ graph sitrep reads ({@link DependencyParses}); the same records at about a quarter more
 *       parsing CPU, for comparison (see docs/performance.md).</li>
 *   <li>{@code nlp.time_tagger} (default {@code own}): {@code own} reads the commonest time expressions (weekdays,
 *       month-day dates, years, "today", "last week", ...) with sitrep's own tagger ({@link OwnTimes}, the values
 *       SUTime gives) and runs SUTime only on the cue windows it does not fully account for; {@code sutime} gives
 *       every window to SUTime (see docs/performance.md).</li>
 *   <li>{@code nlp.fast_parser_scores} (default true): the dependency parser scores its transitions with
 *       {@link FastParserScores}, the same scores bit for bit as CoreNLP's classifier at about half its CPU; false
 *       uses CoreNLP's own classifier (for comparison; see docs/performance.md).</li>
 * </ul>
 */
public record NlpSettings(boolean fineNer, boolean parse, int maxSentenceTokens, String nerModels, int sectionChars,
                          int sutimeReach, boolean allGraphs, boolean ownTimes, boolean fastParserScores) {
  public static final int DEFAULT_SECTION_CHARS = 20_000;
  public static final int DEFAULT_SUTIME_REACH = 6;

  public NlpSettings(boolean fineNer, boolean parse, int maxSentenceTokens, String nerModels) {
    this(fineNer, parse, maxSentenceTokens, nerModels, DEFAULT_SECTION_CHARS);
  }

  public NlpSettings(boolean fineNer, boolean parse, int maxSentenceTokens, String nerModels, int sectionChars) {
    this(fineNer, parse, maxSentenceTokens, nerModels, sectionChars, DEFAULT_SUTIME_REACH);
  }

  public NlpSettings(boolean fineNer, boolean parse, int maxSentenceTokens, String nerModels, int sectionChars,
                     int sutimeReach) {
    this(fineNer, parse, maxSentenceTokens, nerModels, sectionChars, sutimeReach, false, true, true);
  }

  /** These settings with SUTime reading {@code reach} tokens either side of each time cue (0: whole sentences). */
  public NlpSettings withSutimeReach(int reach) {
    return new NlpSettings(fineNer, parse, maxSentenceTokens, nerModels, sectionChars, reach, allGraphs, ownTimes, fastParserScores);
  }

  /** These settings with or without the dependency parse. */
  public NlpSettings withParse(boolean p) {
    return new NlpSettings(fineNer, p, maxSentenceTokens, nerModels, sectionChars, sutimeReach, allGraphs, ownTimes, fastParserScores);
  }

  /** These settings building all five of CoreNLP's dependency graphs of each parse, or only enhanced++. */
  public NlpSettings withAllGraphs(boolean all) {
    return new NlpSettings(fineNer, parse, maxSentenceTokens, nerModels, sectionChars, sutimeReach, all, ownTimes, fastParserScores);
  }

  /** These settings with sitrep's own time tagger before SUTime ({@code true}) or SUTime alone. */
  public NlpSettings withOwnTimes(boolean own) {
    return new NlpSettings(fineNer, parse, maxSentenceTokens, nerModels, sectionChars, sutimeReach, allGraphs, own, fastParserScores);
  }

  /** These settings scoring parser transitions with {@link FastParserScores} ({@code true}) or CoreNLP's classifier. */
  public NlpSettings withFastParserScores(boolean fast) {
    return new NlpSettings(fineNer, parse, maxSentenceTokens, nerModels, sectionChars, sutimeReach, allGraphs,
        ownTimes, fast);
  }

  /** The CRF models of the mode: CoreNLP's three with fine NER, else its 3-class model alone. */
  public static final String ALL_NER_MODELS = "default";
  static final String CRF_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  public static NlpSettings defaults() {
    return new NlpSettings(false, true, 120, ALL_NER_MODELS);
  }

  /** The {@code --set} keys read by {@link #from}, each with what it takes. */
  public static final java.util.Map<String, String> OPTIONS = java.util.Map.of(
      "nlp.fine_ner", "true or false, default false",
      "nlp.parse", "true or false, default true",
      "nlp.max_sentence_tokens", "a whole number, at least 1, default 120",
      "nlp.ner_models", "CoreNLP NER model paths separated by commas, default 'default'",
      "nlp.section_chars", "a whole number, at least 1000, default " + DEFAULT_SECTION_CHARS,
      "nlp.sutime_reach", "a whole number, 0 for whole sentences, default " + DEFAULT_SUTIME_REACH,
      "nlp.all_graphs", "true or false, default false: build all five of CoreNLP's dependency graphs of each parse,"
          + " not only the enhanced++ graph sitrep reads (same records, for comparison; slower)",
      "nlp.time_tagger", "own (sitrep's tagger, SUTime for the rest) or sutime (SUTime alone), default own",
      "nlp.fast_parser_scores", "true or false, default true: score the parser's transitions with sitrep's"
          + " bit-identical scorer rather than CoreNLP's classifier (same parses; false is slower, for comparison)");

  public static NlpSettings from(StageContext ctx) {
    NlpSettings d = defaults();
    return new NlpSettings(ctx.flag("nlp.fine_ner", d.fineNer()), ctx.flag("nlp.parse", d.parse()),
        ctx.intOption("nlp.max_sentence_tokens", d.maxSentenceTokens(), 1),
        ctx.option("nlp.ner_models").orElse(d.nerModels()),
        ctx.intOption("nlp.section_chars", d.sectionChars(), 1000),
        ctx.intOption("nlp.sutime_reach", d.sutimeReach(), 0), ctx.flag("nlp.all_graphs", d.allGraphs()),
        ownTimes(ctx), ctx.flag("nlp.fast_parser_scores", d.fastParserScores()));
  }

  private static boolean ownTimes(StageContext ctx) {
    String v = ctx.option("nlp.time_tagger").orElse("own").trim().toLowerCase(java.util.Locale.ROOT);
    return switch (v) {
      case "own" -> true;
      case "sutime" -> false;
      default -> throw new IllegalArgumentException("option --set nlp.time_tagger: '" + v + "' is neither own nor"
          + " sutime; write --set nlp.time_tagger=own (sitrep's tagger, SUTime for the rest) or"
          + " --set nlp.time_tagger=sutime (SUTime alone)");
    };
  }
}
