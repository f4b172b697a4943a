package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.Coded.first;
import static org.sitrep.events.EventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Idioms and phrasal verbs that name a PLOVER category in any news text (issue 14, branch evtype6), on sentences
 * written for these tests.
 */
class EventTypeIdiomsTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void type_pointingAFingerAtAPartyAccusesIt() {
    // "point a/the finger at X": the idiom of blaming; the finger is no party, the "at" phrase is the accused
    List<EventRecord> blamed = events("The Chilean president pointed a finger at Peru for the blast on the bridge.");
    EventRecord accuse = first(blamed, "ACCUSE");
    assertEquals("allege", accuse.mode(), accuse.toString());
    assertEquals(List.of("CHL"), EventCoderTest.countries(accuse.actor()), accuse.toString());
    assertEquals(List.of("PER"), EventCoderTest.countries(accuse.recipient()), accuse.toString());
    // pointing with no finger is a gesture, no event
    assertTrue(events("The Chilean president pointed to a map of the border.").isEmpty());
    assertTrue(events("The Chilean president pointed at the screen behind him.").isEmpty());
  }

  @Test
  void type_peopleTurnedOverToAnotherPartyAreDeported() {
    // "turned the fugitives over to Peru": people made to go, PLOVER COERCE (deport), to the receiving party
    List<EventRecord> turned = events("Chile turned the five fugitives over to Peru last week.");
    EventRecord deport = first(turned, "COERCE");
    assertEquals("deport", deport.mode(), deport.toString());
    assertEquals(List.of("CHL"), EventCoderTest.countries(deport.actor()), deport.toString());
    assertTrue(EventCoderTest.countries(deport.recipient()).contains("PER"), deport.toString());
    // things turned over are no one deported
    assertTrue(events("The Chilean minister turned over the keys to the new owner.").stream()
        .noneMatch(e -> e.event().equals("COERCE")));
  }

  @Test
  void type_aPartitiveObjectIsReadByTheNounItCounts() {
    // "freed 20 of the fishermen": the number is the object, the people freed are its "of" phrase
    List<EventRecord> freed = events("Chile freed 20 of the Peruvian fishermen on Monday.");
    EventRecord release = first(freed, "RETREAT");
    assertEquals("release", release.mode(), release.toString());
    assertEquals(List.of("PER"), EventCoderTest.countries(release.recipient()), release.toString());
    assertEquals("RETREAT", events("Chile released several of the detained Peruvian sailors.").get(0).event());
    // the counted things are no people: no release of anyone
    assertTrue(events("Chile freed 20 of the frozen bank accounts on Monday.").stream()
        .noneMatch(e -> e.event().equals("RETREAT")));
  }
}
