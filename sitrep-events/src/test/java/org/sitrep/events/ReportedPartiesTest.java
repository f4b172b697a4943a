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

/** The parties of events reported by a verb of speech (issue 14, branch evrole9); sentences written for it. */
class ReportedPartiesTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  /**
   * "Announced Ghana had given the agency ten days": the parser takes the reported clause's subject for the object
   * of "announced"; that object, not the speaker, acts.
   */
  @Test
  void reported_theSubjectOfAReportedClauseReadAsTheSpeechVerbsObjectActs() {
    List<EventRecord> evs = events("On Friday, Labour Minister Peter Osei announced Ghana had given the World Health "
        + "Organization ten days to submit a plan to close the clinics.");
    EventRecord e = first(evs, "THREATEN").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("GHA"), countries(e.actor()), evs::toString);
    assertTrue(e.actor().stream().noneMatch(a -> "Peter Osei".equals(a.text())), evs::toString);
  }

  /**
   * "Told reporters the release of X was a relief": an event noun as the second object of a verb of telling heads
   * the reported clause; the speaker did not release anyone. "The government announced the release" still acts.
   */
  @Test
  void reported_theSpeakerDoesNotDoTheEventNounHeTellsAbout() {
    List<EventRecord> evs = events("The lawyer Tom Baker told reporters the release of the Zambian activist was a "
        + "relief.");
    EventRecord e = first(evs, "RETREAT").orElseThrow(() -> new AssertionError(evs.toString()));
    assertTrue(e.actor().stream().noneMatch(a -> "Tom Baker".equals(a.text())), evs::toString);
    List<EventRecord> evs2 = events("The Zambian government announced the release of the activist.");
    EventRecord e2 = first(evs2, "RETREAT").orElseThrow(() -> new AssertionError(evs2.toString()));
    assertEquals(List.of("ZMB"), countries(e2.actor()), evs2::toString);
  }

  /**
   * "The release of the journalist came on Monday": a freeing of dissenters with no one named undoes what their own
   * state did to them and is that state's; a released soldier (a state's own) names no agent.
   */
  @Test
  void reported_aDissenterFreedWithNoOneNamedIsFreedByHisOwnState() {
    List<EventRecord> evs = events("The release of the Zambian journalist came on Monday.");
    EventRecord e = first(evs, "RETREAT").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("ZMB"), countries(e.actor()), evs::toString);
    List<EventRecord> evs2 = events("The release of two Zambian soldiers came on Monday.");
    assertTrue(evs2.stream().filter(x -> x.event().equals("RETREAT"))
        .allMatch(x -> countries(x.actor()).isEmpty()), evs2::toString);
  }

  /**
   * "Ghana's new constitution ... the alliance rejected the constitution": a rejection of a state's act named only by
   * a definite noun is aimed at the country owning its earlier mention; with no owned mention, no such recipient.
   */
  @Test
  void reported_aRejectedActIsAimedAtTheCountryWhoseActItIs() {
    List<EventRecord> evs = events("Ghana's new constitution took effect on Monday after months of debate. An "
        + "opposition alliance led by Kofi Mensah rejected the constitution on Tuesday, calling it unfair.");
    EventRecord e = first(evs, "REJECT").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("GHA"), countries(e.recipient()), evs::toString);
    List<EventRecord> evs2 = events("A new constitution took effect on Monday after months of debate. An opposition "
        + "alliance led by Kofi Mensah rejected the constitution on Tuesday, calling it unfair.");
    EventRecord e2 = first(evs2, "REJECT").orElseThrow(() -> new AssertionError(evs2.toString()));
    assertTrue(countries(e2.recipient()).isEmpty(), evs2::toString);
  }

  /**
   * "A trial opened in Nairobi ... two men stand accused of the attack": the defendants of a trial named by where it
   * is held are accused by that country's court; a state accused ("Kenya was accused ...") is not tried by its own.
   */
  @Test
  void reported_theDefendantsOfATrialAreAccusedByTheCountryWhereItIsHeld() {
    List<EventRecord> evs = EventCoderTest.eventsWithPlace("A trial opened in Nairobi on Monday over the 2019 attack "
        + "on a hotel. Two Somali men stand accused of planning the attack.", "Nairobi", "KE", -1.28, 36.82);
    EventRecord e = first(evs, "ACCUSE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("KEN"), countries(e.actor()), evs::toString);
    assertEquals(List.of("SOM"), countries(e.recipient()), evs::toString);
    List<EventRecord> evs2 = EventCoderTest.eventsWithPlace("A trial opened in Nairobi on Monday over the 2019 "
        + "attack on a hotel. Kenya was accused of failing to protect the guests.", "Nairobi", "KE", -1.28, 36.82);
    assertTrue(evs2.stream().filter(x -> x.event().equals("ACCUSE"))
        .noneMatch(x -> countries(x.actor()).contains("KEN")), evs2::toString);
  }
}
