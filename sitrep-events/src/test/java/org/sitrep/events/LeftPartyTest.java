package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.events.EventCoderTest.events;
import static org.sitrep.events.PloverPartiesTest.countries;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/** The party a withdrawal leaves (issue 14, branch evplover2); sentences written for it. */
class LeftPartyTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  /** "the withdrawal of troops from X": X is left, the recipient; the one withdrawing is the verb's subject. */
  @Test
  void roles_theFromPhraseOfAWithdrawalIsThePartyLeft() {
    List<EventRecord> evs = events("Canada completed the withdrawal of its troops from Mali on Friday.");
    EventRecord e = Coded.first(evs, "RETREAT");
    assertEquals(List.of("CAN"), countries(e.actor()), evs::toString);
    assertEquals(List.of("MLI"), countries(e.recipient()), evs::toString);
  }

  /** ... while the "from" phrase of a noun of another kind still names who acts ("aid from Japan"). */
  @Test
  void roles_theFromPhraseOfOtherNounsStillNamesTheActor() {
    List<EventRecord> evs = events("Emergency aid from Japan reached Nepal on Friday.");
    EventRecord e = Coded.first(evs, "AID");
    assertEquals(List.of("JPN"), countries(e.actor()), evs::toString);
  }
}
