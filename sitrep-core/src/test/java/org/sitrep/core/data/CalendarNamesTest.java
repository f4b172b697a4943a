package org.sitrep.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarNamesTest {
  @Test
  void monthsInCalendarOrderWithTheirAbbreviations() {
    assertEquals(12, CalendarNames.months().size());
    assertEquals("january", CalendarNames.months().get(0));
    assertEquals("december", CalendarNames.months().get(11));
    assertEquals(List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        CalendarNames.monthPrefixes());
    assertEquals(9, CalendarNames.monthWords().get("sept"));
    assertEquals(9, CalendarNames.monthWords().get("september"));
    assertEquals(5, CalendarNames.monthWords().get("may"));
  }

  @Test
  void weekdaysAreIsoDaysOfTheWeek() {
    assertEquals(7, CalendarNames.weekdays().size());
    assertEquals(1, CalendarNames.weekdays().get("monday"));
    assertEquals(7, CalendarNames.weekdays().get("sunday"));
  }
}
