package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.Coded.currentWith;
import static org.sitrep.events.Coded.noneCurrent;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Issue 14 (branch evvol12): sharing with the press is telling the press ({@link PressPartner#toThePress}): a verb of
 * sharing whose partner is a news outlet tells what was said to reporters, no cooperation between parties. On CoreNLP
 * parses of sentences written for this test, with a control where the partner is a party.
 */
class PressSharingTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void sharingWithThePressIsNoCooperation() {
    for (String text : List.of(
        "Farmers from the Peruvian highlands shared with Reuters photographs of their flooded fields on Monday.",
        "Chilean fishermen shared with the BBC the details of their rescue at sea.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      assertTrue(noneCurrent(evs, "shared"), () -> text + ": " + evs);
    }
    // sharing with a party stays cooperation
    String party = "Peru shared with Chile intelligence on the smuggling routes on Monday.";
    List<EventRecord> evs = EventCoderTest.events(party);
    assertTrue(currentWith(evs, "COOPERATE", "shared"), () -> party + ": " + evs);
  }
}
