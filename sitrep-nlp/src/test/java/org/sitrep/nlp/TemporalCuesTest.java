package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalCuesTest {
  @Test
  void any_wordsOfTheDataFile() {
    assertTrue(TemporalCues.any(List.of("They", "met", "on", "Tuesday")));
    assertTrue(TemporalCues.any(List.of("Talks", "resume", "in", "Sept.")), "a final full stop is ignored");
    assertTrue(TemporalCues.any(List.of("three", "weeks", "ago")));
  }

  @Test
  void any_shapesOfNumbers() {
    assertTrue(TemporalCues.any(List.of("in", "1998")));
    assertTrue(TemporalCues.any(List.of("at", "14:30")));
    assertTrue(TemporalCues.any(List.of("the", "5th")));
    assertTrue(TemporalCues.any(List.of("mid-century")));
  }

  /** Relations and modifiers of a time expression are no cue of their own: the expression has one. */
  @Test
  void any_relationsAndModifiersNeedTheirTimeWord() {
    assertFalse(TemporalCues.any(List.of("The", "former", "minister", "left", "soon", "after", ",", "since", "the",
        "new", "law", "came", "later", "in", "a", "recent", "period")));
    assertTrue(TemporalCues.any(List.of("two", "weeks", "later")));
    assertTrue(TemporalCues.any(List.of("since", "May")));
    assertTrue(TemporalCues.any(List.of("at", "the", "end", "of", "the", "year")));
  }

  @Test
  void any_noCue() {
    assertFalse(TemporalCues.any(List.of("Police", "arrested", "14", "protesters", "in", "the", "capital")));
  }
}
