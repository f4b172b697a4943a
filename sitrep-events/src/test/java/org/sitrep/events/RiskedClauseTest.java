package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.Coded.noneCurrent;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Issue 14 (branch evvol12): a risk told by a clause is no happening ({@link NotNews#risked}): a passive or gerund
 * clause in the "of" phrase of a noun of risk ("a good chance of being attacked") has not happened. On CoreNLP parses
 * of sentences written for this test, with a control where the clause is what happened.
 */
class RiskedClauseTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void aRiskToldByAClauseIsNoHappening() {
    for (String text : List.of(
        "Peru sent the refugees back to Chile, where they face a good chance of being attacked by the police.",
        "Lawyers warned that the Chilean activists run the risk of being arrested by Peruvian police.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      assertTrue(noneCurrent(evs, "attacked") && noneCurrent(evs, "arrested"), () -> text + ": " + evs);
    }
    // the same clause told as what happened stays news
    String done = "The Chilean activists were arrested by Peruvian police in Lima on Monday.";
    List<EventRecord> evs = EventCoderTest.events(done);
    assertTrue(evs.stream().anyMatch(e -> e.trigger().text().equals("arrested") && Coded.current(e)),
        () -> done + ": " + evs);
  }
}
