package org.sitrep.core.pipeline;

import java.util.List;
import org.sitrep.core.doc.Token;

/**
 * Whether a stage needs something of one sentence, decided from the sentence's tokens alone (their text, POS,
 * lemma and NER, as the NLP stage has them before parsing): a cheap check that lets the NLP stage skip work,
 * such as the dependency parse, on the sentences no stage reads. A need must be a superset: a sentence for
 * which it answers false must be one whose parse the stage's output never depends on.
 */
@FunctionalInterface
public interface SentenceNeed {
  /** Every sentence: what a stage that says nothing about its needs is taken to need. */
  SentenceNeed ALL = tokens -> true;
  /** No sentence. */
  SentenceNeed NONE = tokens -> false;

  /** Whether the stage needs the sentence made of {@code tokens} (in order, indexes as in the document). */
  boolean test(List<Token> tokens);

  /** Needed by this or {@code other}. */
  default SentenceNeed or(SentenceNeed other) {
    if (this == ALL || other == ALL) {
      return ALL;
    }
    if (this == NONE) {
      return other;
    }
    if (other == NONE) {
      return this;
    }
    return tokens -> test(tokens) || other.test(tokens);
  }

  /** Whether any token satisfies {@code p}: the shape of most needs ("a trigger word", "a number"). */
  static SentenceNeed anyToken(java.util.function.Predicate<Token> p) {
    return tokens -> {
      for (Token t : tokens) {
        if (p.test(t)) {
          return true;
        }
      }
      return false;
    };
  }
}
