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

  /** A bare definite description names again the organisation last named in full with that head noun. */
  @Test
  void theDefiniteHeadNounIsTheOrganisationNamedBefore() {
    List<EventRecord> evs = events("The U.N. Refugee Agency said on Monday it would close two camps. Kenya threatened "
        + "the agency with expulsion.");
    EventRecord e = first(evs, "THREATEN").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("UNO"), countries(e.recipient()), evs::toString);
  }

  /** "A council" is not "the council": an indefinite description introduces something new. */
  @Test
  void anIndefiniteDescriptionIsNotTheOrganisationNamedBefore() {
    List<EventRecord> evs = events("The U.N. Security Council met on Monday. Kenya criticized a council of elders.");
    EventRecord e = first(evs, "ACCUSE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertTrue(e.recipient().stream().noneMatch(r -> "UNO".equals(r.country())), evs::toString);
  }

  /** "General" after a title noun means chief ("Secretary General"), not the army rank. */
  @Test
  void aPostpositiveGeneralIsNotTheArmyRank() {
    List<EventRecord> evs = events("Secretary General Maria Lopez accused the Sudanese army of shelling hospitals.");
    EventRecord e = first(evs, "ACCUSE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertTrue(e.actor().stream().noneMatch(r -> "MIL".equals(r.sector())), evs::toString);
    List<EventRecord> rank = events("General Maria Lopez accused the Sudanese army of shelling hospitals.");
    assertEquals("MIL", first(rank, "ACCUSE").orElseThrow().actor().get(0).sector(), rank::toString);
  }

  /** "X said it/they ...": a group pronoun in what a group says is the group, where they agree in number. */
  @Test
  void aGroupPronounInWhatAGroupSaysIsTheGroup() {
    // the nearest country before "it" is Saudi Arabia's; the speaker is Ukraine
    List<EventRecord> evs = events("Ministers met in Riyadh, Saudi Arabia, where Ukraine said it had accepted a U.S. proposal.");
    EventRecord e = first(evs, "AGREE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("UKR"), countries(e.actor()), evs::toString);
    // a group known by its sector only
    List<EventRecord> rebels = events("The rebels said they captured the town after heavy fighting.");
    EventRecord c = first(rebels, "COERCE").orElseThrow(() -> new AssertionError(rebels.toString()));
    assertEquals("REB", c.actor().get(0).sector(), rebels::toString);
    // number disagrees: "it" is not the rebels
    List<EventRecord> other = events("The rebels said it had been shelled by the army.");
    assertTrue(other.stream().flatMap(x -> x.actor().stream()).noneMatch(a -> "it".equals(a.text())), other::toString);
  }

  /** "The journalist" names again the person last introduced with that title; "a journalist" is someone new. */
  @Test
  void theDefiniteTitleIsThePersonIntroducedWithIt() {
    List<EventRecord> evs = events("Chilean journalist Rosa Vidal thanked her readers on Thursday. A Santiago court "
        + "earlier alleged the journalist had posted false messages.");
    EventRecord e = first(evs, "ACCUSE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("CHL"), countries(e.recipient()), evs::toString);
    assertEquals("Rosa Vidal", e.recipient().get(0).name(), evs::toString);
    // introduced by an apposition, named again with an adjective of its own
    List<EventRecord> appos = events("Rosa Vidal, a Chilean journalist, thanked her readers on Thursday. Police "
        + "arrested the award-winning journalist in September.");
    EventRecord c = first(appos, "COERCE").orElseThrow(() -> new AssertionError(appos.toString()));
    assertEquals(List.of("CHL"), countries(c.recipient()), appos::toString);
    List<EventRecord> other = events("Chilean journalist Rosa Vidal thanked her readers on Thursday. Police arrested "
        + "a journalist in September.");
    EventRecord o = first(other, "COERCE").orElseThrow(() -> new AssertionError(other.toString()));
    assertTrue(o.recipient().stream().allMatch(r -> r.name() == null), other::toString);
  }

  /** A possessive group pronoun in a clause's object is the clause's subject, where they agree in number. */
  @Test
  void aPossessiveInTheObjectIsTheSubject() {
    List<EventRecord> evs = events("Kenya expelled two diplomats on Monday. Human Rights Watch condemned the expulsions "
        + "and renewed its call on the Ethiopian government to free the detained activists.");
    EventRecord e = first(evs, "REQUEST").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("NGO"), countries(e.actor()), evs::toString);
    // a plural pronoun does not refer to a singular noun: "their" is the fishermen, not the ministry
    List<EventRecord> plural = events("Chilean fishermen seized two boats. The Peruvian ministry said their raid on "
        + "the port wounded two guards.");
    EventRecord a = first(plural, "ASSAULT").orElseThrow(() -> new AssertionError(plural.toString()));
    assertEquals(List.of("CHL"), countries(a.actor()), plural::toString);
  }

  /** A name of the organisation table is one organisation, whatever NER made of it. */
  @Test
  void aTableOrganisationIsOneActor() {
    List<EventRecord> evs = events("Press freedom group Reporters Without Borders condemned the arrest of two "
        + "Ethiopian journalists.");
    EventRecord e = first(evs, "ACCUSE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("NGO"), countries(e.actor()), evs::toString);
  }
}
