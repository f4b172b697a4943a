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
class PloverPartiesTest {
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

  /** An agentless passive whose oblique is headed by a weapon or force of some country was done by that country. */
  @Test
  void parties_anArmedForceInAnAgentlessPassivesObliqueDidIt() {
    for (String s : List.of("Two Chilean shepherds were wounded under Peruvian tanks near the border.",
        "Two Chilean shepherds were killed in Peruvian tank shelling on Monday.")) {
      List<EventRecord> evs = events(s);
      EventRecord e = Coded.first(evs, "ASSAULT");
      assertEquals(List.of("PER"), countries(e.actor()), evs::toString);
      assertEquals(List.of("CHL"), countries(e.recipient()), evs::toString);
    }
    // a place of some country names no agent; nor do fellow victims ("along with")
    List<EventRecord> place = events("Two Chilean shepherds were killed in a Peruvian village on Monday.");
    assertTrue(Coded.first(place, "ASSAULT").actor().stream().noneMatch(a -> "PER".equals(a.country())),
        place::toString);
    List<EventRecord> fellow = events("A Chilean commander was killed along with six Peruvian soldiers.");
    assertTrue(Coded.first(fellow, "ASSAULT").actor().stream().noneMatch(a -> "PER".equals(a.country())),
        fellow::toString);
  }

  /** United Nations agencies beyond the best known ones are the UN (UNO, which PLOVER scores as IGO). */
  @Test
  void parties_unitedNationsAgenciesAreTheUn() {
    for (String s : List.of("The International Labour Organization urged Peru to protect striking miners.",
        "UNESCO urged Peru to protect the ancient city.")) {
      List<EventRecord> evs = events(s);
      assertEquals(List.of("UNO"), countries(Coded.first(evs, "REQUEST").actor()), evs::toString);
    }
  }
}
