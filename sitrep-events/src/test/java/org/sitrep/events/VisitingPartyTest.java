package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Issue 14 (branch evrole10): a prenominal "visiting" read as a verb names the visitor, who is the visit's actor,
 * and the host who receives them its recipient ({@link VisitingParty}). On CoreNLP parses of sentences written
 * for this test, with a control where the visited party is a place.
 */
class VisitingPartyTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void theVisitorIsTheActorAndTheHostTheRecipient() {
    String text = "The Brazilian president hosted visiting Chilean President Ana Rojas at the palace on Friday.";
    List<EventRecord> evs = EventCoderTest.events(text);
    EventRecord e = evs.stream().filter(x -> x.event().equals("CONSULT") && x.trigger().text().equals("visiting"))
        .findFirst().orElseThrow(() -> new AssertionError(text + ": " + evs));
    assertEquals(List.of("CHL"), EventCoderTest.countries(e.actor()), () -> text + ": " + evs);
    assertEquals(List.of("BRA"), EventCoderTest.countries(e.recipient()), () -> text + ": " + evs);
  }

  @Test
  void aVisitedPlaceKeepsTheVisitorAsSubject() {
    String text = "Chilean President Ana Rojas began visiting Brazil on Friday.";
    List<EventRecord> evs = EventCoderTest.events(text);
    EventRecord e = evs.stream().filter(x -> x.event().equals("CONSULT"))
        .findFirst().orElseThrow(() -> new AssertionError(text + ": " + evs));
    assertEquals(List.of("CHL"), EventCoderTest.countries(e.actor()), () -> text + ": " + evs);
  }
}
