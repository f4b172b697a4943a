package org.sitrep.core.doc;

/** One sentence: its index, characters and tokens. Its dependency parse is in {@link Layers#DEPENDENCIES}. */
public record Sentence(int index, CharSpan span, TokenSpan tokens) {
}
