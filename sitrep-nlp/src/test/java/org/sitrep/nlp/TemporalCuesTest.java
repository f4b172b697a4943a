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

  @Test
  void any_noCue() {
    assertFalse(TemporalCues.any(List.of("Police", "arrested", "14", "protesters", "in", "the", "capital")));
  }
}
