package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.Coded.currentWith;
import static org.sitrep.events.Coded.noneCurrent;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Issue 14 (branch evvol11): a party named by the title it held then ("then-president") is told of an earlier
 * time ({@link ThenTitle}). On CoreNLP parses of sentences written for this test, with a control naming the party
 * by its present title.
 */
class ThenTitleTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void aTitleHeldThenTellsAnEarlierTime() {
    for (String text : List.of("Chile was accused of arming rebels who attacked then-president Ollanta Humala.",
        "Chilean rebels attacked the then president of Peru in Lima.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      assertTrue(noneCurrent(evs, "attacked"), () -> text + ": " + evs);
    }
    // the present title leaves the attack news
    String now = "Chilean rebels attacked the president of Peru in Lima.";
    List<EventRecord> evs = EventCoderTest.events(now);
    assertTrue(currentWith(evs, "ASSAULT", "attacked"), () -> now + ": " + evs);
  }
}
