package org.sitrep.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.testing.TestTables;

/** One set of count kinds: the table checks itself, and harm is told from the rest. */
class CountKindsTest {
  @Test
  void harmKindsAreToldFromTheOthers() {
    assertTrue(CountKinds.harm("dead"));
    assertTrue(CountKinds.harm("shot"));
    assertFalse(CountKinds.harm("displaced"), "people who fled were not harmed by the event measured");
    assertFalse(CountKinds.harm("no such kind"));
    assertTrue(CountKinds.all().containsAll(java.util.List.of("dead", "injured", "missing", "neutralised", "affected")));
  }

  @Test
  void anUnknownKindIsRefusedWithTheKnownOnes() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CountKinds.require("wounded", "count-kinds.tsv line 9"));
    assertTrue(e.getMessage().contains("count-kinds.tsv line 9") && e.getMessage().contains("injured"), e.getMessage());
    assertEquals("injured", CountKinds.require("injured", "x"));
  }

  @Test
  void aKindListedTwiceOrABadHarmValueIsRefused() {
    Map<String, Boolean> ok = CountKinds.load(TestTables.of("kind harm", "dead\tyes\naffected\tno\n"));
    assertEquals(Map.of("dead", true, "affected", false), ok);
    assertThrows(IllegalStateException.class, () -> CountKinds.load(TestTables.of("kind harm", "dead\tyes\ndead\tno\n")));
    assertThrows(IllegalStateException.class, () -> CountKinds.load(TestTables.of("kind harm", "dead\tmaybe\n")));
  }
}
