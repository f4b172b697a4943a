package org.sitrep.core.model;

/** A piece of text with its character offsets, as output. */
public record TextSpan(int start, int end, String text) {
}
