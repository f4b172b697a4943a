package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The coder's word lists come from coder-words.tsv; a missing list is an error that names it. */
class CoderWordsTest {
  @Test
  void lists_areReadFromTheDataFile() {
    assertTrue(CoderWords.SPEECH.contains("say"));
    assertTrue(CoderWords.VERBAL.contains("ACCUSE"));
    assertFalse(CoderWords.SPEECH.contains("attack"));
    for (String c : CoderWords.VERBAL) {
      assertTrue(Plover.CATEGORIES.contains(c), c);
    }
  }

  @Test
  void missingList_namesItAndTheFix() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> CoderWords.list("no_such_list"));
    assertTrue(e.getMessage().contains("no_such_list") && e.getMessage().contains("coder-words.tsv"), e.getMessage());
  }

  @Test
  void lists_answerAnAbsentWord_falseNotAnError() {
    // a one-word list (as hearing_sectors is) asked of an entity with no sector: false, never a failed article
    assertEquals(1, CoderWords.HEARING_SECTORS.size());
    assertFalse(CoderWords.HEARING_SECTORS.contains(null));
    assertFalse(CoderWords.SPEECH.contains(null));
  }
}
