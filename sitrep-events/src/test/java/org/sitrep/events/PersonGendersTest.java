package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Issue 14 (branch evrole11): "he" and "she" agree with the gender the article gives a person ({@link
 * PersonGenders}): a nearer person of the other gender is passed over, and a gendered pronoun with no person in
 * its sentence or the two before reaches further back for one of its gender. On CoreNLP parses of sentences
 * written for this test, with a control.
 */
class PersonGendersTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void sheSkipsANearerMan() {
    String text = "Chilean minister Ana Rojas said she would travel to Lima. Peruvian envoy Carlos Ruiz said he "
        + "welcomed the visit. She urged Peru to reopen the border.";
    List<EventRecord> evs = EventCoderTest.events(text);
    EventRecord e = Coded.byTrigger(evs, "urged");
    assertEquals(List.of("CHL"), EventCoderTest.countries(e.actor()), () -> text + ": " + evs);
  }

  @Test
  void heKeepsTheNearerMan() {
    String text = "Chilean minister Ana Rojas said she would travel to Lima. Peruvian envoy Carlos Ruiz said he "
        + "welcomed the visit. He urged Chile to reopen the border.";
    List<EventRecord> evs = EventCoderTest.events(text);
    EventRecord e = Coded.byTrigger(evs, "urged");
    assertEquals(List.of("PER"), EventCoderTest.countries(e.actor()), () -> text + ": " + evs);
  }

  @Test
  void sheReachesBackToTheLastWoman() {
    String text = "Chilean minister Ana Rojas said she would travel to Lima. The border has been closed since May. "
        + "Trade fell by half. Many farmers lost their harvest. She urged Peru to reopen the border.";
    List<EventRecord> evs = EventCoderTest.events(text);
    EventRecord e = Coded.byTrigger(evs, "urged");
    assertEquals(List.of("CHL"), EventCoderTest.countries(e.actor()), () -> text + ": " + evs);
  }
}
