package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.Coded.categories;
import static org.sitrep.events.EventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Which PLOVER category a trigger gets (issue 14: the right type, and triggers the lexicon missed), on sentences
 * written for these tests.
 */
class EventTypeTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void type_anActMadeConditionalOnTheOtherSidesDoingIsAThreat() {
    // an ultimatum: "will do X unless Y does Z" is a THREATEN whatever X is (a withdrawal, a boycott)
    List<EventRecord> evs = events("Kenya said it will withdraw its troops from Somalia unless the Somali government "
        + "holds elections this year.");
    assertTrue(categories(evs).contains("THREATEN"), evs.toString());
    assertFalse(categories(evs).contains("RETREAT"), evs.toString());
    List<EventRecord> boycott = events("The Peruvian opposition party will boycott the vote unless the president "
        + "resigns.");
    assertEquals("THREATEN", boycott.get(0).event(), boycott.toString());
    // without the condition the withdrawal is an intent to cooperate (PLOVER: AGREE), not a threat
    List<EventRecord> plain = events("Kenya said it will withdraw its troops from Somalia this year.");
    assertFalse(categories(plain).contains("THREATEN"), plain.toString());
  }
  @Test
  void type_undertakeWithAnObjectIsALightVerbTheNounIsTheEvent() {
    // "undertook a mediation mission": the event noun compounded on an undertaking noun is the trigger
    List<EventRecord> evs = events("The Norwegian foreign minister undertook a mediation mission between Sudan and "
        + "South Sudan.");
    EventRecord mediation = evs.stream().filter(e -> e.event().equals("CONSULT")).findFirst().orElseThrow();
    assertFalse(categories(evs).contains("AGREE"), evs.toString());
    // the mediator acts; the two parties it mediates between are both recipients
    assertEquals(List.of("NOR"), EventCoderTest.countries(mediation.actor()), mediation.toString());
    assertEquals(List.of("SDN", "SSD"), EventCoderTest.countries(mediation.recipient()), mediation.toString());
    // "undertook to release": a pledge
    List<EventRecord> pledge = events("Chile undertook to release the detained Peruvian fishermen.");
    assertEquals(List.of("AGREE"), categories(pledge), pledge.toString());
    // a compound on a noun that names no undertaking is still no trigger ("attack helicopters")
    List<EventRecord> helicopters = events("Egypt bought attack helicopters from Russia.");
    assertFalse(categories(helicopters).contains("ASSAULT"), helicopters.toString());
  }
  @Test
  void type_lightVerbsOfAccusingTakeTheirSenseFromTheObject() {
    // "lodged a protest with X" is a diplomatic complaint (ACCUSE), not a demonstration
    List<EventRecord> lodged = events("Greece lodged an official protest with Albania over the arrests.");
    assertEquals(List.of("ACCUSE"), categories(lodged), lodged.toString());
    assertEquals(List.of("ALB"), EventCoderTest.countries(lodged.get(0).recipient()), lodged.toString());
    List<EventRecord> filed = events("The Kenyan prosecutor filed charges against two Ugandan officials.");
    assertEquals(List.of("ACCUSE"), categories(filed), filed.toString());
    assertEquals(List.of("UGA"), EventCoderTest.countries(filed.get(0).recipient()), filed.toString());
    // the same verb with an object that names no accusation is no event
    assertTrue(events("The Kenyan clerk filed the documents of two Ugandan officials.").isEmpty());
  }
  @Test
  void type_legalAccusationVerbsAreAccusations() {
    // passive: the indicted party is the recipient, the court in the by-phrase the actor
    List<EventRecord> evs = events("Peru's former interior minister was indicted by a Chilean court for fraud.");
    assertEquals(List.of("ACCUSE"), categories(evs), evs.toString());
    assertEquals(List.of("PER"), EventCoderTest.countries(evs.get(0).recipient()), evs.toString());
    assertEquals(List.of("CHL"), EventCoderTest.countries(evs.get(0).actor()), evs.toString());
  }
  @Test
  void type_stoppingACooperationIsASanction() {
    // a verb of stopping with an event noun of ongoing cooperation as its object: PLOVER SANCTION (discontinue)
    List<EventRecord> halted = events("Egypt halted its military cooperation with Sudan last week.");
    assertTrue(categories(halted).contains("SANCTION"), halted.toString());
    assertFalse(categories(halted).contains("COOPERATE"), halted.toString());
    // the mediation's roles stay the noun's own: the mediator stops it, the parties it mediated between undergo it
    List<EventRecord> ended = events("Norway ended its mediation between Sudan and South Sudan.");
    EventRecord stop = ended.stream().filter(e -> e.event().equals("SANCTION")).findFirst().orElseThrow();
    assertEquals(List.of("NOR"), EventCoderTest.countries(stop.actor()), stop.toString());
    assertEquals("discontinue", stop.mode(), stop.toString());
    assertEquals(Lexicon.get().cameo("SANCTION", "discontinue"), stop.cameo(), stop.toString());
    // the same noun under a verb of going on is the cooperation itself
    List<EventRecord> went = events("Norway continued its mediation between Sudan and South Sudan.");
    assertTrue(categories(went).contains("CONSULT"), went.toString());
    assertFalse(categories(went).contains("SANCTION"), went.toString());
  }

  @Test
  void type_receivingMaterialFromAPartyIsThatPartysAid() {
    // the converse of giving: "received weapons from X" is X's AID to the subject (frame RECEIVE)
    List<EventRecord> evs = events("Ukraine received ammunition from Poland on Monday.");
    EventRecord aid = evs.stream().filter(e -> e.event().equals("AID")).findFirst().orElseThrow();
    assertEquals(List.of("POL"), EventCoderTest.countries(aid.actor()), aid.toString());
    assertEquals(List.of("UKR"), EventCoderTest.countries(aid.recipient()), aid.toString());
    // receiving visitors is hosting a visit, not aid
    List<EventRecord> visit = events("The Kenyan president received a delegation from Uganda on Monday.");
    assertFalse(categories(visit).contains("AID"), visit.toString());
  }
}
