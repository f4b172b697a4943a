package org.sitrep.claims.attribution;

import org.sitrep.core.doc.CharSpan;

/**
 * One attribution found in the text: the cue word ("said", "told", "according to") at token
 * {@code cueToken}, the speaker, the subject token ({@code -1} where none) and the content it covers.
 */
public record Cue(int cueToken, String cue, int sourceToken, Speaker speaker, CharSpan content, int sentence) {
}
