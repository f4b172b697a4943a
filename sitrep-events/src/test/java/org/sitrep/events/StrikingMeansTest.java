package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.Coded.currentWith;
import static org.sitrep.events.Coded.noneCurrent;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Issue 14 (branch evvol11): a verb of striking told with a coded means ("hit Chile with new tariffs") is the means
 * ({@link NotNews#answeredByMeans}). On CoreNLP parses of sentences written for this test, with a control whose
 * means is no event.
 */
class StrikingMeansTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void aStrikeWithACodedMeansIsTheMeans() {
    String text = "Peru hit Chile with new tariffs on copper on Monday.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(noneCurrent(evs, "hit"), () -> text + ": " + evs);
    // a means that is no event leaves the strike the happening
    String rockets = "Peruvian troops hit the Chilean border post with rockets on Monday.";
    List<EventRecord> got = EventCoderTest.events(rockets);
    assertTrue(currentWith(got, "ASSAULT", "hit"), () -> rockets + ": " + got);
  }
}
