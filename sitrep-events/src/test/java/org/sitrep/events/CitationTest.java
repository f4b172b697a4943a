package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.Coded.currentWith;
import static org.sitrep.events.Coded.noneCurrent;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Issue 14 (branch evvol11): what a speaker cites (`citing_verbs`) is an example or an argument, not a happening
 * the sentence tells ({@link Citation}). On CoreNLP parses of sentences written for this test, each with a control
 * where the same phrase is told as what happened.
 */
class CitationTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void whatIsCitedIsAnExample() {
    for (String text : List.of(
        "The senator pointed to Peru's sanctions against Chile as an example of economic pressure.",
        "The envoy cited the blockade of the port by Chile as a reason for the delay.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      assertTrue(noneCurrent(evs, "sanctions") && noneCurrent(evs, "blockade"), () -> text + ": " + evs);
    }
    // the same phrases told as what happened, not cited, stay news
    String sanctions = "Peru's sanctions against Chile hurt the copper trade, the senator said.";
    List<EventRecord> s = EventCoderTest.events(sanctions);
    assertTrue(currentWith(s, "SANCTION", "sanctions"), () -> sanctions + ": " + s);
    String blockade = "The blockade of the port by Chile delayed the talks, the envoy said.";
    List<EventRecord> b = EventCoderTest.events(blockade);
    assertTrue(currentWith(b, "COERCE", "blockade"), () -> blockade + ": " + b);
  }

  @Test
  void aClauseOfItsOwnIsNoPartOfWhatIsCited() {
    // the attack is a clause of its own beside the citing, not inside what is cited
    String text = "The minister cited the rising prices, and Chilean troops attacked the Peruvian border post on Monday.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(currentWith(evs, "ASSAULT", "attacked"), () -> text + ": " + evs);
  }
}
