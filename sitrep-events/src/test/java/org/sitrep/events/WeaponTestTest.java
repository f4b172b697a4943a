package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.Coded.first;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * A test of a weapon shows military force (PLOVER MOBILIZE, weapons), and the goal a possible act would reach is
 * as possible as the act (issue 14, branch evrole8); sentences written for these tests.
 */
class WeaponTestTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void type_aTestOfANamedWeaponIsAShowOfForce() {
    List<EventRecord> evs = EventCoderTest.events("Pakistan carried out a missile test off its southern coast on Tuesday.");
    EventRecord e = first(evs, "MOBILIZE");
    assertEquals("weapons", e.mode(), evs.toString());
    assertEquals("occurred", e.status(), evs.toString());
    // a test with no weapon named is no event
    List<EventRecord> none = EventCoderTest.events("The minister passed a crucial test of his authority on Tuesday.");
    assertTrue(none.stream().noneMatch(x -> x.event().equals("MOBILIZE")), none.toString());
  }

  @Test
  void status_theGoalOfAPossibleActIsPossible() {
    // "could ... or jump to a nuclear test": the noun is the "to" goal of a verb conjoined to a modal one
    List<EventRecord> evs = EventCoderTest.events("Analysts said Iran could raise tensions with new drills or jump "
        + "to a nuclear test.");
    EventRecord e = first(evs, "MOBILIZE");
    assertEquals("hypothetical", e.status(), evs.toString());
    // control: a goal reached is no possibility
    List<EventRecord> done = EventCoderTest.events("Iran moved on Tuesday to a nuclear test in the desert.");
    EventRecord d = first(done, "MOBILIZE");
    assertEquals("occurred", d.status(), done.toString());
  }
}
