package org.sitrep.nlp;

import org.sitrep.core.pipeline.StageContext;

/**
 * Settings of the CoreNLP stage, from {@code nlp.*} options:
 * <ul>
 *   <li>{@code nlp.fine_ner} (default true): CoreNLP's fine-grained NER classes (CITY, COUNTRY,
 *       NATIONALITY, TITLE, ...). Off is about 3x faster for NER but leaves only PERSON, ORGANIZATION,
 *       LOCATION, MISC and the numeric classes.</li>
 *   <li>{@code nlp.parse} (default true): the dependency parse.</li>
 *   <li>{@code nlp.max_sentence_tokens} (default 120): longer sentences are not parsed (their arcs are
 *       empty), which bounds the cost of run-on text such as tables.</li>
 * </ul>
 */
public record NlpSettings(boolean fineNer, boolean parse, int maxSentenceTokens) {
  public static NlpSettings defaults() {
    return new NlpSettings(true, true, 120);
  }

  public static NlpSettings from(StageContext ctx) {
    NlpSettings d = defaults();
    return new NlpSettings(ctx.flag("nlp.fine_ner", d.fineNer()), ctx.flag("nlp.parse", d.parse()),
        ctx.option("nlp.max_sentence_tokens").map(Integer::parseInt).orElse(d.maxSentenceTokens()));
  }
}
