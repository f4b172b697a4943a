package org.sitrep.places;

import org.sitrep.core.doc.CharSpan;

/**
 * A place name found in the text, before resolution. {@code nerType} is the NER class (COUNTRY, CITY,
 * STATE_OR_PROVINCE, LOCATION) or null where only the gazetteer found it; {@code cue} a word around it
 * that says what kind of place it is; {@code parent} the index of the mention it must lie inside
 * ("Paris, Texas") or -1; {@code head} the document-level index of its last token.
 */
public record PlaceMention(String text, CharSpan span, int head, String nerType, Cue cue, int parent, boolean metonym) {
  /** What the words around a name say about the kind of place. */
  public enum Cue {
    NONE,
    /** "X province", "the governorate of X", "X state", "X region". */
    DIVISION,
    /** "the X countryside", "rural X", "the outskirts of X": the area around a town, usually its division. */
    COUNTRYSIDE,
    /** "southern X", "northwest X": part of a larger area. */
    DIRECTION,
    /** "X city", "the city of X", "the town of X". */
    SETTLEMENT
  }

  public PlaceMention {
    if (text == null || span == null || cue == null) {
      throw new IllegalArgumentException("a place mention needs text, span and cue (got " + text + ", " + span + ")");
    }
  }

  public static PlaceMention of(String text, int start, String nerType) {
    return new PlaceMention(text, new CharSpan(start, start + text.length()), -1, nerType, Cue.NONE, -1, false);
  }

  public PlaceMention withCue(Cue c) {
    return new PlaceMention(text, span, head, nerType, c, parent, metonym);
  }

  public PlaceMention withParent(int p) {
    return new PlaceMention(text, span, head, nerType, cue, p, metonym);
  }

  public PlaceMention withMetonym(boolean m) {
    return new PlaceMention(text, span, head, nerType, cue, parent, m);
  }
}
