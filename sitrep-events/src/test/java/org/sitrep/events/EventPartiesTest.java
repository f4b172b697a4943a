package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.EventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.EventRecord;

/** PLOVER actor and recipient codes of parties (issue 14, branch evplover); sentences written for it. */
class EventPartiesTest {
  /** The actors' countries in order, null for a party of no country. */
  static List<String> countries(List<ActorRecord> actors) {
    return actors.stream().map(a -> String.valueOf(a.country())).toList();
  }

  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  /** A non-governmental group named by its cause, with no nationality, is PLOVER's NGO. */
  @Test
  void parties_aGroupNamedByItsCauseIsAnNgo() {
    List<EventRecord> evs = events("A human rights group accused the Zambian police of torturing detainees.");
    EventRecord e = Coded.first(evs, "ACCUSE");
    assertEquals(List.of("NGO"), countries(e.actor()), evs::toString);
    assertTrue(countries(e.recipient()).contains("ZMB"), evs::toString);
    List<EventRecord> aid = events("Humanitarian agencies urged Peru to reopen the border crossing.");
    assertEquals(List.of("NGO"), countries(Coded.first(aid, "REQUEST").actor()), aid::toString);
    assertEquals("NGO", Coded.first(aid, "REQUEST").actor().get(0).sector(), aid::toString);
  }

  /** ... but a nationality on the group is its country, and a group named by no cause is no NGO. */
  @Test
  void parties_aGroupWithANationalityOrNoCauseKeepsItsCountry() {
    List<EventRecord> evs = events("A Chilean rights group accused Peru of torturing detainees.");
    assertEquals(List.of("CHL"), countries(Coded.first(evs, "ACCUSE").actor()), evs::toString);
    List<EventRecord> plain = events("A group accused Peru of torturing detainees.");
    assertTrue(Coded.first(plain, "ACCUSE").actor().stream().noneMatch(a -> "NGO".equals(a.country())),
        plain::toString);
  }

  /**
   * Whom a demand is addressed to is the subject of its "that" clause, also where the one demanding is not known
   * to the coder: not a party named deeper in the clause.
   */
  @Test
  void parties_theSubjectOfADemandsClauseIsItsRecipientAlsoWithNoActor() {
    List<EventRecord> evs = events("The Andean Fisheries Office repeated its demand that Peru lift the ban on "
        + "Chilean trawlers.");
    EventRecord e = Coded.first(evs, "REQUEST");
    assertEquals(List.of("PER"), countries(e.recipient()), evs::toString);
  }
}
