package org.sitrep.core.model;

/** A span of time a figure or event covers; ISO dates, either end may be null. */
public record Period(String start, String end) {
}
