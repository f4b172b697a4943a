package org.sitrep.core.pipeline;

/**
 * A stage producing the dependency parse that can parse some sentences only: {@link Pipeline} gives it the
 * union of what the stages after it read ({@link ParseReader}), and the sentences outside it get no arcs.
 */
public interface SelectiveParser {
  /** This stage, parsing only the sentences {@code need} selects ({@link SentenceNeed#NONE}: no parse at all). */
  Stage parsingOnly(SentenceNeed need);
}
