package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.events.Coded.byTrigger;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/** Dating and status rules of branch evdate10, on articles written for these tests. */
class StatementDatingTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  private static final String LEAD = "Croatian opposition leader Ivan Horvat said Sunday that talks with Serbia must "
      + "resume soon. Farmers in the region have waited for an answer for months. ";

  @Test
  void dating_aSayingInAStatementTakesTheDayOfTheSameSpeakersDatedSaying() {
    // the statement Horvat quoted from is the one he made on Sunday
    List<EventRecord> evs = EventCoderTest.events(LEAD + "“Serbia has repeatedly violated the border agreement,” "
        + "Horvat alleged in a statement he posted online.", "2022-06-13");
    EventRecord accusation = byTrigger(evs, "alleged");
    assertEquals("2022-06-12", accusation.date(), evs::toString);
    assertEquals("same_statement", accusation.dateBasis());
  }

  @Test
  void dating_aSayingNotToldAsMadeInADocumentTakesNoDayFromAnotherSaying() {
    // "at a rally" is no document: a second occasion, which may be another day's
    List<EventRecord> evs = EventCoderTest.events(LEAD + "“Serbia has repeatedly violated the border agreement,” "
        + "Horvat alleged at a rally.", "2022-06-13");
    assertNotEquals("same_statement", byTrigger(evs, "alleged").dateBasis(), evs::toString);
  }

  @Test
  void dating_aSpeakerWithSayingsOfTwoDaysGivesHisStatementNoDay() {
    List<EventRecord> evs = EventCoderTest.events("Croatian opposition leader Ivan Horvat said Sunday that talks "
        + "with Serbia must resume soon. Horvat said Friday that the region needs new roads. Farmers in the region "
        + "have waited for an answer for months. “Serbia has repeatedly violated the border agreement,” Horvat "
        + "alleged in a statement he posted online.", "2022-06-13");
    EventRecord accusation = byTrigger(evs, "alleged");
    assertNotEquals("same_statement", accusation.dateBasis(), evs::toString);
    assertNull(accusation.date(), evs::toString);
  }

  @Test
  void dating_aHappeningTheStatementReportsDoesNotTakeTheStatementsDay() {
    // the shelling is what the statement tells, not the statement: its day is not the saying's
    List<EventRecord> evs = EventCoderTest.events(LEAD + "Serbian troops shelled a Croatian village near Vukovar, "
        + "Horvat said in a statement he posted online.", "2022-06-13");
    EventRecord shelling = byTrigger(evs, "shelled");
    assertNotEquals("same_statement", shelling.dateBasis(), evs::toString);
  }

  @Test
  void status_anEventNounCountedByAnOrdinalSinceAStartIsATallyNotAHappeningBeforeTheNews() {
    // "since taking office" delimits the visits counted; the third is this one, now: not historical, a tally
    List<EventRecord> evs = EventCoderTest.events("Peruvian Foreign Minister Ana Quispe arrived in Santiago on "
        + "Monday. This marks Quispe's third visit to Chile since taking office.", "2023-05-08");
    EventRecord visit = byTrigger(evs, "visit");
    assertEquals("occurred", visit.status(), evs::toString);
    assertEquals(Boolean.TRUE, visit.background(), evs::toString);
    // a year may start the series: "her first visit since 2019" is this one, not one of 2019
    List<EventRecord> year = EventCoderTest.events("Peruvian Foreign Minister Ana Quispe arrived in Santiago on "
        + "Monday. This marks Quispe's first visit to Chile since 2019.", "2023-05-08");
    assertEquals("occurred", byTrigger(year, "visit").status(), year::toString);
    // without the ordinal nothing is counted: the visit "since taking office" is before the news
    List<EventRecord> plain = EventCoderTest.events("Peruvian Foreign Minister Ana Quispe arrived in Santiago on "
        + "Monday. Quispe recalled her visit to Chile since taking office.", "2023-05-08");
    assertEquals("historical", byTrigger(plain, "visit").status(), plain::toString);
  }

  private static final String TRIAL = "A trial opened in Lima on Monday over the 2015 shelling of a Peruvian border "
      + "post. The case has drawn wide attention in both countries. ";

  @Test
  void dating_anAccusationToldInThePresentAfterADatedTrialTakesTheTrialsDay() {
    // the officers "stand accused" at the trial that opened on Monday: the charge it tries is told that day
    List<EventRecord> evs = EventCoderTest.events(TRIAL + "Three Chilean officers stand accused of the shelling.",
        "2023-05-10");
    EventRecord accusation = byTrigger(evs, "accused");
    assertEquals("2023-05-08", accusation.date(), evs::toString);
    assertEquals("same_event", accusation.dateBasis());
    // an accusation in the past tense was made on a day of its own, not the trial's
    List<EventRecord> past = EventCoderTest.events(TRIAL + "Three Chilean officers were accused of the shelling by "
        + "a Peruvian prosecutor.", "2023-05-10");
    assertNull(byTrigger(past, "accused").date(), past::toString);
    // a trial named without a day dates nothing
    List<EventRecord> undated = EventCoderTest.events("A trial opened in Lima over the 2015 shelling of a Peruvian "
        + "border post. The case has drawn wide attention in both countries. Three Chilean officers stand accused "
        + "of the shelling.", "2023-05-10");
    assertNull(byTrigger(undated, "accused").date(), undated::toString);
  }
}
