package org.sitrep.events;

import java.util.Set;
import org.sitrep.core.doc.Token;
import org.sitrep.core.pipeline.SentenceNeed;

/** The sentences whose dependency parse the event stages read, decided from their tokens alone. */
final class ParseNeeds {
  private static final Set<String> NOT_NAMES = Set.of("O", "NUMBER", "ORDINAL", "PERCENT", "MONEY");

  private ParseNeeds() {
  }

  /** {@code events.plover}: a noun or verb that heads a trigger of the lexicon or reports speech. */
  static SentenceNeed triggers() {
    Lexicon lexicon = Lexicon.get();
    return SentenceNeed.anyToken(t -> {
      if (!t.isVerb() && !t.isNoun()) {
        return false;
      }
      String lemma = Text.fold(t.lemma() == null ? t.text() : t.lemma());
      return !lexicon.byHead(lemma).isEmpty() || CoderWords.SPEECH.contains(lemma);
    });
  }

  /**
   * {@code events.actors}: a named mention (person, organisation, place, nationality, ...), whose appositions
   * ("Ruto, Kenya's president") give it its actor code.
   */
  static SentenceNeed names() {
    return SentenceNeed.anyToken(ParseNeeds::named);
  }

  static boolean named(Token t) {
    return t.ner() != null && !NOT_NAMES.contains(t.ner()) && !t.isTime();
  }
}
