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

/** The parties of an event named outside its own object (issue 14, branch evrole7); sentences written for it. */
class EventPartiesTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  /**
   * "Blamed the kidnappings on Nigerien gangs": the object of blaming is the deed, its "on" phrase the one held
   * responsible, also where the parser hangs the "on" phrase from the deed.
   */
  @Test
  void parties_theOnPhraseOfBlamingIsWhoIsHeldResponsibleNotTheDeed() {
    List<EventRecord> evs = events("Nigeria has blamed several recent kidnappings on Nigerien gangs.");
    EventRecord e = first(evs, "ACCUSE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("NGA"), countries(e.actor()), evs::toString);
    assertEquals(List.of("NER"), countries(e.recipient()), evs::toString);
    // the same with the deed an attack (an event noun of its own) and the party a group described by where it is
    List<EventRecord> evs2 = events("Baghdad has blamed several recent bombings on militants active in Syrian border "
        + "towns.");
    EventRecord e2 = first(evs2, "ACCUSE").orElseThrow(() -> new AssertionError(evs2.toString()));
    assertEquals(List.of("SYR"), countries(e2.recipient()), evs2::toString);
  }

  /** A rebel group described by where it is ("militants active in X forests") is of that country. */
  @Test
  void parties_aGroupDescribedByWhereItIsIsOfThatCountry() {
    List<EventRecord> evs = events("Nigerian officials accused militants active in Cameroonian forests of the ambush.");
    EventRecord e = first(evs, "ACCUSE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("NGA"), countries(e.actor()), evs::toString);
    assertEquals(List.of("CMR"), countries(e.recipient()), evs::toString);
    // "on" places a group too (`surface_prepositions`)
    List<EventRecord> on = events("Abuja blamed the bombings on militants present on Cameroonian soil.");
    EventRecord e2 = first(on, "ACCUSE").orElseThrow(() -> new AssertionError(on.toString()));
    assertEquals(List.of("CMR"), countries(e2.recipient()), on::toString);
  }

  /** ... but refugees are not of the country they live in. */
  @Test
  void parties_refugeesAreNotOfTheCountryTheyLiveIn() {
    List<EventRecord> evs = events("Turkish officials accused refugees living in Greek camps of the fire.");
    EventRecord e = first(evs, "ACCUSE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("TUR"), countries(e.actor()), evs::toString);
    assertTrue(e.recipient().stream().noneMatch(r -> "GRC".equals(r.country())), evs::toString);
  }

  /** A political party named with no country is a party of the country the event is in. */
  @Test
  void parties_aNamedPoliticalPartyIsOfTheCountryTheEventIsIn() {
    List<EventRecord> evs = EventCoderTest.eventsWithPlace(
        "The Democratic Renewal Party accused the government of seizing its offices in Lusaka.", "Lusaka", "ZM", -15.4,
        28.3);
    EventRecord e = first(evs, "ACCUSE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("ZMB"), countries(e.actor()), evs::toString);
  }

  /** "Peru dismissed the accusations": the answer is aimed at whoever last accused Peru in the article. */
  @Test
  void parties_anAnswerToAnAccusationWithNoAuthorIsAimedAtTheLastAccuser() {
    List<EventRecord> evs = events("Chile accused Peru on Sunday of spying on its navy. The government of Peru on Monday "
        + "dismissed the accusations.");
    EventRecord e = first(evs, "REJECT").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("PER"), countries(e.actor()), evs::toString);
    assertEquals(List.of("CHL"), countries(e.recipient()), evs::toString);
  }

  /** ... and a refusal of a request at whoever asked, not at a party the request named elsewhere. */
  @Test
  void parties_aRefusedRequestIsAimedAtWhoAsked() {
    List<EventRecord> evs = events("Ghana asked Togo to extradite the two suspects. Togo rejected the request on "
        + "Thursday.");
    EventRecord e = first(evs, "REJECT").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("TGO"), countries(e.actor()), evs::toString);
    assertEquals(List.of("GHA"), countries(e.recipient()), evs::toString);
  }

  /** ... also where what is alleged names a third party: the answer is aimed at the accuser, not at that party. */
  @Test
  void parties_anAnswerIsNotAimedAtAPartyNamedInWhatIsAlleged() {
    List<EventRecord> evs = events("Kenya accused Uganda on Sunday of arming rebels. On Monday, Uganda's foreign minister "
        + "dismissed accusations it is sending weapons to South Sudan.");
    EventRecord e = first(evs, "REJECT").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("UGA"), countries(e.actor()), evs::toString);
    assertEquals(List.of("KEN"), countries(e.recipient()), evs::toString);
  }

  /**
   * "Stand accused of the bombing": the accused did the deed the verb completes, but they do not accuse; the
   * deed's actor is no actor of a verb whose subject undergoes it (branch evrole8).
   */
  @Test
  void parties_theAccusedOfADeedAreNotTheAccusers() {
    List<EventRecord> evs = events("Three Chadian gunmen and a driver from Sudan stand accused of the 2018 bombing of a "
        + "police station in Niger.");
    EventRecord e = first(evs, "ACCUSE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertTrue(countries(e.actor()).stream().noneMatch(c -> c.equals("TCD") || c.equals("SDN")), evs::toString);
    assertTrue(countries(e.recipient()).contains("TCD"), evs::toString);
    // control: in the active voice the subject accuses
    List<EventRecord> evs2 = events("Chadian officials accused two Sudanese gunmen of the 2018 bombing of a police "
        + "station in Niger.");
    EventRecord e2 = first(evs2, "ACCUSE").orElseThrow(() -> new AssertionError(evs2.toString()));
    assertEquals(List.of("TCD"), countries(e2.actor()), evs2::toString);
    assertTrue(countries(e2.recipient()).contains("SDN"), evs2::toString);
  }
}
