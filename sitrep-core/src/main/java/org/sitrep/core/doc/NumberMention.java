package org.sitrep.core.doc;

/**
 * A number as the NLP layer normalised it: "eight" -> 8, "1 million" -> 1000000, "at least 30" ->
 * 30 with {@code normalized} ">=30". {@code value} is null where the text is a number the normaliser
 * could not reduce to one value.
 */
public record NumberMention(TokenSpan tokens, CharSpan span, String text, Double value, String normalized) {
}
