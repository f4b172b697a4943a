package org.sitrep.core.model;

/** The sentence that carries a fact, with its character offsets. */
public record Evidence(int start, int end, String sentence) {
}
