package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.data.DataTable;
import org.sitrep.core.testing.TestTables;

class MentionWordsTest {
  private static DataTable table(String rows) {
    return TestTables.of("word kind", rows);
  }

  @Test
  void default_everyKindHasWords() {
    MentionWords w = MentionWords.DEFAULT;
    for (Set<String> s : Set.of(w.divisions(), w.settlements(), w.countryside(), w.directions(), w.notAgentive(),
        w.partyNouns(), w.partyCases(), w.locativeCues(), w.facilities(), w.generic())) {
      assertFalse(s.isEmpty());
    }
  }

  @Test
  void from_aWordMayHaveTwoKindsAndIsLowerCased() {
    MentionWords w = MentionWords.from(table("Province\tdivision\nnorth\tdirection\nnorth\tgeneric\n"));
    assertTrue(w.divisions().contains("province"));
    assertTrue(w.directions().contains("north") && w.generic().contains("north"));
    assertTrue(w.facilities().isEmpty());
  }

  @Test
  void from_unknownKindIsRefusedWithItsLine() {
    DataTable t = table("in\tlocative_cue\nfort\tfacilty\n");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> MentionWords.from(t));
    assertTrue(e.getMessage().contains("line 5") && e.getMessage().contains("facilty"), e.getMessage());
  }
}
