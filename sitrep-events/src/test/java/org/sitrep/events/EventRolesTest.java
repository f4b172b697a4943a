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

/** Roles from syntax (issue 14, branch evrole5): who acts and who undergoes; sentences written for it. */
class EventRolesTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  /** The passive subject of a verb an event noun hangs from undergoes the event; it does not do it. */
  @Test
  void roles_thePassiveSubjectOfAVerbAnEventNounHangsFromIsItsVictim() {
    List<EventRecord> evs = events("Four Chilean miners were killed in a bomb attack near the border.");
    EventRecord e = first(evs, "ASSAULT").orElseThrow(() -> new AssertionError(evs.toString()));
    assertTrue(e.actor().isEmpty(), evs::toString);
    assertEquals(List.of("CHL"), countries(e.recipient()), evs::toString);
  }

  /** "Placed under investigation": the passive subject is who is investigated, also where no one else is named. */
  @Test
  void roles_onePlacedUnderAnEventNounUndergoesIt() {
    List<EventRecord> evs = events("A Peruvian diplomat has been placed under investigation in Spain for his role in a "
        + "smuggling ring.");
    EventRecord e = first(evs, "ACCUSE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertTrue(e.actor().isEmpty(), evs::toString);
    assertEquals(List.of("PER"), countries(e.recipient()), evs::toString);
  }

  /** A word the tagger took for a noun but which has an auxiliary ("they would blockade X") is a verb with a subject. */
  @Test
  void roles_aNounTaggedWordWithAnAuxiliaryIsAVerb() {
    List<EventRecord> evs = events("Angry Belgian fishermen said on Monday they would blockade Antwerp from Friday to "
        + "demand lower fuel taxes.");
    EventRecord e = first(evs, "THREATEN").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("BEL"), countries(e.actor()), evs::toString);
  }

  /**
   * "Killed 40 villagers in three raids": the raids are the killing, one happening, also with an active verb, and
   * it keeps the verb's time ("in 2019": historical), not a second, current attack.
   */
  @Test
  void roles_anEventNounInTheObliqueOfAnActiveVerbOfItsKindIsTheSameHappening() {
    List<EventRecord> evs = events("In 2019, Ugandan rebels killed 40 Kenyan villagers in three raids.");
    List<EventRecord> assaults = evs.stream().filter(e -> e.event().equals("ASSAULT")).toList();
    assertEquals(1, assaults.size(), evs::toString);
    assertEquals(List.of("UGA"), countries(assaults.get(0).actor()), evs::toString);
    assertEquals("historical", assaults.get(0).status(), evs::toString);
  }

  /** The subject of what is asked ("demanded that Peru match ...") outranks a party named deeper in the clause. */
  @Test
  void roles_theSubjectOfWhatIsAskedOutranksAPartyDeeperInTheClause() {
    List<EventRecord> evs = events("Chilean officials demanded on Monday that Peru match Bolivia's support for Paraguayan "
        + "farmers.");
    EventRecord e = first(evs, "REQUEST").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("PER"), countries(e.recipient()), evs::toString);
  }

  /** A demand's own "that" clause names whom it is made of, for the noun too. */
  @Test
  void roles_theSubjectOfADemandNounsClauseIsItsRecipient() {
    List<EventRecord> evs = events("The Kenyan teachers' union repeated its demand that Uganda reopen the border.");
    EventRecord e = first(evs, "REQUEST").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("UGA"), countries(e.recipient()), evs::toString);
  }

  /** "Insisted on its demand that Y ...": the demand is what is asked, not a party; Y is asked. */
  @Test
  void roles_aVerbsNounOfItsOwnKindIsTheContentAndItsClauseNamesTheRecipient() {
    List<EventRecord> evs = events("Ghana insisted on its demand that Togo release the detained fishermen.");
    EventRecord e = first(evs, "REQUEST").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("GHA"), countries(e.actor()), evs::toString);
    assertEquals(List.of("TGO"), countries(e.recipient()), evs::toString);
  }

  /** A person described as appointed by an organisation or state serves it: "African Union-appointed envoy X". */
  @Test
  void roles_aPersonAppointedByAnOrganisationServesIt() {
    List<EventRecord> evs = events("African Union-appointed envoy Adam Lee urged Sudan to reopen the border.");
    EventRecord e = first(evs, "REQUEST").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("IGO"), countries(e.actor()), evs::toString);
    // backing is no membership: "a U.S.-backed" person is not the United States'
    List<EventRecord> backed = events("U.S.-backed rebel leader Adam Lee urged Sudan to reopen the border.");
    EventRecord b = first(backed, "REQUEST").orElseThrow(() -> new AssertionError(backed.toString()));
    assertTrue(b.actor().stream().noneMatch(a -> "USA".equals(a.country())), backed::toString);
  }

  /** The pronoun subject of a clause of cause may be the main clause's subject, unlike a condition's. */
  @Test
  void roles_thePronounSubjectOfAClauseOfCauseMayBeTheMainSubject() {
    List<EventRecord> evs = events("Kenyan officials visited Nairobi. Ugandan officials did not answer because they had "
        + "imposed a ban on the newspaper.");
    EventRecord e = first(evs, "COERCE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("UGA"), countries(e.actor()), evs::toString);
  }

  /** Protesters or journalists killed with no agent named were killed by their own state; miners in a blast were not. */
  @Test
  void roles_dissentersKilledWithNoAgentNamedAreTheirOwnStatesVictims() {
    List<EventRecord> evs = events("Six Bolivian protesters were shot dead in La Paz on Tuesday.");
    EventRecord e = first(evs, "ASSAULT").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("BOL"), countries(e.actor()), evs::toString);
    assertEquals(List.of("BOL"), countries(e.recipient()), evs::toString);
    List<EventRecord> named = events("Peruvian rebels shot dead six Bolivian protesters in La Paz on Tuesday.");
    EventRecord n = first(named, "ASSAULT").orElseThrow(() -> new AssertionError(named.toString()));
    assertEquals(List.of("PER"), countries(n.actor()), named::toString);
  }
}
