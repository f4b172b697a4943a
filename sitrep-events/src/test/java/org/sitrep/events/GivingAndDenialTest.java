package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.Coded.current;
import static org.sitrep.events.Coded.noneCurrent;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Issue 14 (branch evvol9): a span of time given is an ultimatum, not aid; a denied act is not done; an earlier
 * year between a subject and its verb dates the verb. On CoreNLP
 * parses of sentences written for these tests, each with a control.
 */
class GivingAndDenialTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void aSpanOfTimeGivenIsAnUltimatum() {
    String text = "Chilean rebels gave the Peruvian government ten days to release the prisoners.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(evs.stream().anyMatch(e -> e.event().equals("THREATEN") && e.trigger().text().equals("gave")),
        () -> text + ": " + evs);
    assertTrue(evs.stream().noneMatch(e -> e.event().equals("AID")), () -> text + ": " + evs);
    // a thing given stays AID
    String food = "Peru gave Chile food and medicine on Monday.";
    List<EventRecord> aid = EventCoderTest.events(food);
    assertTrue(aid.stream().anyMatch(e -> e.event().equals("AID") && e.trigger().text().equals("gave")),
        () -> food + ": " + aid);
  }

  @Test
  void aDeniedActIsNotDone() {
    String denied = "Peruvian officials deny providing sanctuary to rebel fighters.";
    List<EventRecord> provided = EventCoderTest.events(denied);
    assertTrue(provided.stream().anyMatch(e -> e.trigger().text().equals("providing") && e.status().equals("negated")),
        () -> denied + ": " + provided);
    for (String text : List.of("Peruvian officials routinely deny providing weapons to Chilean rebels.",
        "Peru denied that its troops had attacked the Chilean town.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      String act = text.contains("providing") ? "providing" : "attacked";
      assertTrue(noneCurrent(evs, act), () -> text + ": " + evs);
    }
    // the act told without the denial stays news
    String done = "Peruvian officials provided weapons to Chilean rebels on Monday.";
    List<EventRecord> got = EventCoderTest.events(done);
    assertTrue(got.stream().anyMatch(e -> e.trigger().text().equals("provided") && current(e)), () -> done + ": " + got);
  }

  @Test
  void anEarlierYearBetweenSubjectAndVerbDatesTheVerb() {
    String text = "The Peruvian government in 2016 had called for the closure of the Chilean border crossing.";
    List<EventRecord> evs = EventCoderTest.events(text, "2021-03-30");
    assertTrue(evs.stream().anyMatch(e -> e.trigger().text().equals("called")), () -> text + ": " + evs);
    assertTrue(noneCurrent(evs, "called"), () -> text + ": " + evs);
    // a year naming the subject's thing does not date the verb
    String named = "The 2016 Peruvian government plan called for the closure of the Chilean border crossing on Monday.";
    List<EventRecord> plan = EventCoderTest.events(named, "2021-03-30");
    assertTrue(plan.stream().anyMatch(e -> e.trigger().text().equals("called") && current(e)), () -> named + ": " + plan);
  }
}
