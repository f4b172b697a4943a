package org.sitrep.core.model;

/**
 * A reported figure: {@code value} where one is stated, {@code low}/{@code high} bounds, the
 * {@code qualifier} (exact, at_least, at_most, about, vague) and the text it was read from.
 */
public record NumberValue(Long value, Long low, Long high, String qualifier, String text) {
}
