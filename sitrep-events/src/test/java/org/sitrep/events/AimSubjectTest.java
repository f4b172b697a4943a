package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.Coded.noneCurrent;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Issue 14 (branch evvol12): an aim is no happening ({@link AimSubject}): a gerund clause that is the subject of a
 * copula with a noun of aim as predicate names what is sought. On CoreNLP parses of sentences written for this test,
 * with a control where the gerund subject tells a happening.
 */
class AimSubjectTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void anAimIsNoHappening() {
    for (String text : List.of(
        "The Peruvian minister said that signing a trade agreement with Chile was not the main focus of the visit.",
        "Winning a ceasefire between Peru and Chile is the envoy's first priority.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      assertTrue(noneCurrent(evs, "agreement") && noneCurrent(evs, "signing") && noneCurrent(evs, "ceasefire"),
          () -> text + ": " + evs);
    }
    // a gerund subject of another predicate may tell a happening
    String done = "The Peruvian minister said that signing the trade agreement with Chile on Monday was a mistake.";
    List<EventRecord> evs = EventCoderTest.events(done);
    assertTrue(evs.stream().anyMatch(e -> e.mentions().stream().anyMatch(m -> m.trigger().text().equals("signing")
        || m.trigger().text().equals("agreement")) && Coded.current(e)), () -> done + ": " + evs);
  }
}
