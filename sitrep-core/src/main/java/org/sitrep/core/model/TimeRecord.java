package org.sitrep.core.model;

/** A time expression: TIMEX3 {@code type} (DATE, TIME, DURATION, SET) and {@code value}. */
public record TimeRecord(String text, int start, int end, String type, String value, String mod, Period period) {
}
