package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.Coded.currentWith;
import static org.sitrep.events.Coded.noneCurrent;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Issue 14 (branch evvol12): a series of acts is a tally ({@link SeriesOfActs}): a verb in the perfect whose object is
 * an event noun quantified by a word of plurality. On CoreNLP parses of sentences written for this test, with a
 * control on one happening.
 */
class SeriesOfActsTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void aSeriesOfActsIsATally() {
    String text = "Lima has blamed several recent bombings on rebels hiding in Chile.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(noneCurrent(evs, "blamed"), () -> text + ": " + evs);
    // one happening stays news
    String one = "Lima has blamed the bombing on rebels hiding in Chile.";
    List<EventRecord> blamed = EventCoderTest.events(one);
    assertTrue(currentWith(blamed, "ACCUSE", "blamed"), () -> one + ": " + blamed);
  }
}
