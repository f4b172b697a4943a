package org.sitrep.core.pipeline;

/**
 * A stage that reads the dependency parse ({@code Layers.DEPENDENCIES}) of some sentences only, saying which.
 * A stage that reads the parse without implementing this is taken to need every sentence parsed.
 */
public interface ParseReader {
  /** The sentences whose parse this stage reads (tokens, POS, lemmas and NER are known when it is asked). */
  SentenceNeed parseNeed();
}
