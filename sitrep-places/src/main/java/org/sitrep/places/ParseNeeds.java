package org.sitrep.places;

import org.sitrep.core.doc.Token;
import org.sitrep.core.pipeline.SentenceNeed;

/** The sentences whose dependency parse the place stages read, decided from their tokens alone. */
final class ParseNeeds {
  private ParseNeeds() {
  }

  /**
   * {@code places.resolve} (whether a place is a metonym: "Moscow said") and {@code places.event_location}
   * (how a place attaches to an event's trigger): a word NER takes for a place, or a capitalised proper noun
   * the gazetteer may know.
   */
  static SentenceNeed places() {
    return SentenceNeed.anyToken(t -> t.ner() != null && Token.PLACE_NER.contains(t.ner())
        || t.pos() != null && t.pos().startsWith("NNP") && t.text().length() > 1
        && Character.isUpperCase(t.text().charAt(0)));
  }
}
