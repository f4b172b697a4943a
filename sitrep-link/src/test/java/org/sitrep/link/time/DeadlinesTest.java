package org.sitrep.link.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.TimeRecord;

class DeadlinesTest {
  private static DateSpan days(String sentence, String anchor) {
    Deadlines.Deadline d = Deadlines.find(sentence, LocalDate.parse(anchor), List.of(), 0);
    return d == null ? null : d.days();
  }

  @Test
  void find_endOfMonthIsItsLastDay() {
    DateSpan s = days("unless they withdraw by the end of the month", "2020-02-05");
    assertEquals(LocalDate.of(2020, 2, 29), s.start());
    assertEquals(LocalDate.of(2020, 2, 29), s.end());
  }

  @Test
  void find_endOfThisWeekIsFridayToSunday() {
    DateSpan s = days("unless they pull back by the end of this week", "2020-02-25");
    assertEquals(LocalDate.of(2020, 2, 28), s.start());
    assertEquals(LocalDate.of(2020, 3, 1), s.end());
    assertEquals(0, s.gapDays(days("by the end of the month", "2020-02-05")));
  }

  @Test
  void find_namedDaysAndSpans() {
    assertEquals(LocalDate.of(2021, 3, 1), days("must leave before March 1", "2021-02-10").start());
    assertEquals(LocalDate.of(2022, 1, 15), days("until 15 January", "2021-12-20").start());
    assertEquals(LocalDate.of(2021, 2, 12), days("gave them until Friday", "2021-02-10").start());
    assertEquals(LocalDate.of(2021, 2, 12), days("within 48 hours", "2021-02-10").start());
    assertEquals(LocalDate.of(2021, 2, 28), days("by the end of February", "2021-02-10").start());
  }

  @Test
  void find_noDeadline() {
    assertNull(days("Troops shelled the town on Monday", "2021-02-10"));
    assertNull(Deadlines.find("by the end of the month", null, List.of(), 0));
  }

  @Test
  void find_usesAResolvedTimeAfterACue() {
    String s = "They must withdraw by 3 p.m. on the 4th";
    TimeRecord t = new TimeRecord("3 p.m. on the 4th", 22, 39, "DATE", "2021-02-04", null, null);
    Deadlines.Deadline d = Deadlines.find(s, LocalDate.parse("2021-02-01"), List.of(t), 0);
    assertTrue(d != null && d.days().start().equals(LocalDate.of(2021, 2, 4)), String.valueOf(d));
  }
}
