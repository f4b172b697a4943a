package org.sitrep.claims.attribution;

import java.util.Locale;
import java.util.Set;
import org.sitrep.core.doc.Token;
import org.sitrep.core.pipeline.SentenceNeed;

/** The sentences whose dependency parse the claims stages read, decided from their tokens alone. */
public final class ParseNeeds {
  /** Quotation marks as the tokenizer writes them. */
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "``", "''", "\u201C", "\u201D", "\u201E", "\u00AB",
      "\u00BB", "'", "\u2018", "\u2019");

  private ParseNeeds() {
  }

  /**
   * {@code claims.attribution} and {@code claims.quotes}: a verb of speech, "according", a quotation mark, or a
   * named mention (a speaker, or a person a later "he" or title resolves to: whether it was a subject, its
   * appositions).
   */
  public static SentenceNeed speech() {
    return SentenceNeed.anyToken(t -> named(t) || QUOTE_MARKS.contains(t.text())
        || t.text().toLowerCase(Locale.ROOT).equals("according")
        || t.isVerb() && (Lexicon.SPEECH_VERBS.contains(lemma(t)) || Lexicon.AFTER_QUOTE_VERBS.contains(lemma(t))));
  }

  private static String lemma(Token t) {
    return (t.lemma() != null ? t.lemma() : t.text()).toLowerCase(Locale.ROOT);
  }

  /** A word of a named mention: any NER class but numbers and times. */
  public static boolean named(Token t) {
    return t.ner() != null && !t.ner().equals("O") && !Token.NUMBER_NER.contains(t.ner()) && !t.isTime();
  }
}
