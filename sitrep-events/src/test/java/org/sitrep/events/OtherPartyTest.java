package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Issue 14 (branch evvol10): a possessive pronoun on a noun of another party ("its neighbor") names the other
 * party, not the one meant. On CoreNLP parses of sentences written for this test, with a control.
 */
class OtherPartyTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void aNeighborIsNotItsOwnCountry() {
    for (String text : List.of("Peru doubled the 20% Peruvian tariff on its northern neighbor's copper exports on Monday.",
        "Peru accused its southern neighbor of supporting rebels on Monday.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      assertTrue(evs.stream().anyMatch(e -> e.actor().stream().anyMatch(a -> "PER".equals(a.country()))),
          () -> text + ": " + evs);
      assertTrue(evs.stream().noneMatch(e -> e.recipient().stream().anyMatch(r -> "PER".equals(r.country()))),
          () -> text + ": " + evs);
    }
    // the possessor's own things stay its own
    String own = "Chile on Monday attacked Peru and its southern ports.";
    List<EventRecord> got = EventCoderTest.events(own);
    assertTrue(got.stream().anyMatch(e -> e.recipient().stream().anyMatch(r -> "PER".equals(r.country()))),
        () -> own + ": " + got);
  }
}
