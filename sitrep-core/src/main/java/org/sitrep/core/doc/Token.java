package org.sitrep.core.doc;

/**
 * One token. {@code index} is its position in the document, {@code sentence} the index of its sentence.
 * {@code pos}, {@code lemma} and {@code ner} are null when no stage has produced them; {@code ner} is
 * the fine-grained class (PERSON, CITY, COUNTRY, NATIONALITY, TITLE, DATE, NUMBER, ...) or "O".
 */
public record Token(int index, int sentence, String text, CharSpan span, String pos, String lemma, String ner) {
  /** The NER classes of time expressions (TIMEX3 types). */
  public static final java.util.Set<String> TIME_NER = java.util.Set.of("DATE", "TIME", "DURATION", "SET");
  /** The NER classes of places. */
  public static final java.util.Set<String> PLACE_NER = java.util.Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE",
      "COUNTRY");
  /** The NER classes of numbers (CoreNLP's numeric classes, other than time expressions). */
  public static final java.util.Set<String> NUMBER_NER = java.util.Set.of("NUMBER", "ORDINAL", "PERCENT", "MONEY");

  public Token {
    if (text == null || span == null) {
      throw new IllegalArgumentException("a token needs text and a span (token " + index + ")");
    }
  }

  public boolean isVerb() {
    return pos != null && pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos != null && pos.startsWith("NN");
  }

  /** Whether the token is a word of a time expression ("March" in "on March 9"). */
  public boolean isTime() {
    return ner != null && TIME_NER.contains(ner);
  }

  public boolean isProperNoun() {
    return pos != null && pos.startsWith("NNP");
  }
}
