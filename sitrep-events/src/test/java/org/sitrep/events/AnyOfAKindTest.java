package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.Coded.noneCurrent;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Issue 14 (branch evvol11): an event noun with a free-choice determiner ("any attacks") names whatever happening
 * of its kind there may be, none that took place ({@link NotNews#anyOfAKind}). On CoreNLP parses of sentences
 * written for this test, with a control where the same noun names one happening.
 */
class AnyOfAKindTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void anyOfAKindIsNoHappening() {
    String text = "Peru would respond firmly to any attacks on its ships, the minister said.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(noneCurrent(evs, "attacks"), () -> text + ": " + evs);
    // the attacks that took place stay news
    String told = "Peru responded firmly to the attacks on its ships on Monday, the minister said.";
    List<EventRecord> got = EventCoderTest.events(told);
    assertFalse(noneCurrent(got, "attacks"), () -> told + ": " + got);
  }
}
