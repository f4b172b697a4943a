package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Issue 14 (branch evrole11): an informal grouping of states with no organisation of its own acts as its member
 * states ({@link StateGroupings}, {@code state-groupings.tsv}); a body with an organisation of its own stays one
 * party. On CoreNLP parses of sentences written for this test.
 */
class StateGroupingsTest {
  private static final Set<String> G7 = Set.of("CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA");

  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  private static Set<String> countries(List<org.sitrep.core.model.ActorRecord> parties) {
    TreeSet<String> out = new TreeSet<>();
    for (String c : EventCoderTest.countries(parties)) {
      out.add(String.valueOf(c));
    }
    return out;
  }

  @Test
  void theGroupingActsAsItsMembers() {
    String text = "The Group of Seven urged Venezuela on Monday to release all political prisoners.";
    List<EventRecord> evs = EventCoderTest.events(text);
    EventRecord e = Coded.first(evs, "REQUEST");
    assertEquals(new TreeSet<>(G7), countries(e.actor()), () -> text + ": " + evs);
    assertEquals(Set.of("VEN"), countries(e.recipient()), () -> text + ": " + evs);
  }

  @Test
  void officialsOfTheGroupingAndItsPronounActAsItsMembers() {
    String text = "Foreign ministers from the G7 met on Tuesday. They expressed their strong support for "
        + "Moldova.";
    List<EventRecord> evs = EventCoderTest.events(text);
    EventRecord e = Coded.first(evs, "SUPPORT");
    assertEquals(new TreeSet<>(G7), countries(e.actor()), () -> text + ": " + evs);
  }

  @Test
  void aGroupingAsRecipientIsItsMembers() {
    String text = "Ukraine's president urged the G7 on Friday to tighten sanctions on Russia.";
    List<EventRecord> evs = EventCoderTest.events(text);
    EventRecord e = Coded.first(evs, "REQUEST");
    assertEquals(new TreeSet<>(G7), countries(e.recipient()), () -> text + ": " + evs);
  }

  @Test
  void anOrganisationOfItsOwnStaysOneParty() {
    String text = "NATO urged Serbia on Monday to withdraw its troops from the border.";
    List<EventRecord> evs = EventCoderTest.events(text);
    EventRecord e = Coded.first(evs, "REQUEST");
    assertEquals(Set.of("IGO"), countries(e.actor()), () -> text + ": " + evs);
  }
}
