package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.core.data.DataTable;
import org.sitrep.core.testing.TestTables;

class LocationWordsTest {
  private static DataTable table(String rows) {
    return TestTables.of("word kind", rows);
  }

  @Test
  void strongPrepositionsAreLocativeToo() {
    LocationWords w = LocationWords.from(table("Inside\tstrong\nto\tlocative\n"));
    assertTrue(w.locative().contains("inside") && w.strong().contains("inside") && w.locative().contains("to"));
  }

  @Test
  void unknownKindIsRefusedWithItsLine() {
    DataTable t = table("in\tstrong\nvia\tlocativ\n");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> LocationWords.from(t));
    assertTrue(e.getMessage().contains("line 5") && e.getMessage().contains("locativ"), e.getMessage());
  }
}
