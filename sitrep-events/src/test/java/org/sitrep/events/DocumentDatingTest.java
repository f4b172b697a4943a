package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.events.Coded.byTrigger;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/** Dating rules of branch evdate11, on articles written for these tests. */
class DocumentDatingTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  private static final String LEAD = "Chile urged Bolivia on Tuesday to reopen its border crossings to trucks. "
      + "The Chilean government said in a statement that the closure hurt farmers on both sides. ";

  @Test
  void dating_aStanceTheNamedStatementReportsTakesTheDayOfTheSamePartiesDatedActs() {
    // "The statement" is the joint statement of Tuesday: the stance it reports was taken in it, that day
    List<EventRecord> evs = EventCoderTest.events(LEAD + "The statement said Chile reaffirmed its "
        + "support for Ecuador in the talks.", "2022-06-15");
    EventRecord support = byTrigger(evs, "support");
    assertEquals("2022-06-14", support.date(), evs::toString);
    assertEquals("same_statement", support.dateBasis());
  }

  @Test
  void dating_aStanceReportedByAnIndefiniteStatementTakesNoDay() {
    // "a statement" is not the one the article named: another document, maybe of another day
    List<EventRecord> evs = EventCoderTest.events(LEAD + "A statement later said Chile reaffirmed its "
        + "support for Ecuador in the talks.", "2022-06-15");
    assertNotEquals("same_statement", byTrigger(evs, "support").dateBasis(), evs::toString);
  }

  @Test
  void dating_otherPartiesStanceInTheStatementTakesNoDay() {
    // the statement reports Ecuador's stance, not its authors': Ecuador has no dated act of its own
    List<EventRecord> evs = EventCoderTest.events(LEAD + "The statement said Ecuador reaffirmed its support for "
        + "Peru in the talks.", "2022-06-15");
    EventRecord support = byTrigger(evs, "support");
    assertNull(support.date(), evs::toString);
  }

  @Test
  void dating_aMeetingOfTheSamePartiesOnAnotherDayIsNoStanceAndDoesNotClash() {
    // a meeting (CONSULT) is another occasion, not something the statement did: Tuesday's stances still date it
    List<EventRecord> evs = EventCoderTest.events(LEAD + "Chile held talks with Argentina on Monday. The statement "
        + "said Chile reaffirmed its support for Ecuador in the talks.", "2022-06-15");
    EventRecord support = byTrigger(evs, "support");
    assertEquals("2022-06-14", support.date(), evs::toString);
    // a second stance of the same party on another day: two days, and the statement's day is not known
    List<EventRecord> two = EventCoderTest.events(LEAD + "Chile accused Bolivia on Monday of blocking the trucks. "
        + "The statement said Chile reaffirmed its support for Ecuador in the talks.", "2022-06-15");
    assertNull(byTrigger(two, "support").date(), two::toString);
  }
}
