package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.EventCoderTest.countries;
import static org.sitrep.events.EventCoderTest.events;
import static org.sitrep.events.EventCoderTest.first;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/** How pronouns and descriptions in an event's arguments find the actor they stand for; sentences written for it. */
class ActorReferenceTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  /** "We" in quoted words is the speaker's side: the speaker's country and sector. */
  @Test
  void firstPersonPluralInQuotedWordsIsTheSpeakersSide() {
    List<EventRecord> evs = events("\"We urge Chile to return the seized ships,\" the Kenyan foreign minister told "
        + "reporters.");
    EventRecord e = first(evs, "REQUEST").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("KEN"), countries(e.actor()), evs::toString);
    assertEquals(List.of("CHL"), countries(e.recipient()), evs::toString);
  }

  /** "I" in quoted words is the speaker, by name. */
  @Test
  void firstPersonSingularInQuotedWordsIsTheSpeaker() {
    List<EventRecord> evs = events("\"I have asked Chile to return the seized ships,\" Ghanaian President John Mensah said.");
    EventRecord e = first(evs, "REQUEST").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("GHA"), countries(e.actor()), evs::toString);
    assertTrue(e.actor().get(0).name() != null && e.actor().get(0).name().contains("Mensah"), evs::toString);
  }

  /** Outside reported words "we" is the writer's, not the last party named. */
  @Test
  void firstPersonOutsideReportedWordsIsNobodyInTheText() {
    List<EventRecord> evs = events("Kenyan officials met on Monday. We have asked Chile to return the ships.");
    EventRecord e = first(evs, "REQUEST").orElseThrow(() -> new AssertionError(evs.toString()));
    assertTrue(e.actor().isEmpty(), evs::toString);
  }
}
