package org.sitrep.core.doc;

/**
 * A time expression as the NLP layer found it: TIMEX3 {@code type} (DATE, TIME, DURATION, SET) and
 * {@code value} (e.g. 2020-02-05, XXXX-02-05, P1W), resolved against the article's date where it has one.
 * {@code modifier} is TIMEX3's mod (START, END, APPROX, ...) or null; {@code range} is a
 * {@code (start,end,duration)} triple where the expression denotes a period, else null.
 */
public record TimeExpression(TokenSpan tokens, CharSpan span, String text, String type, String value,
                             String modifier, String range) {
}
