package org.sitrep.link.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DateSpanTest {
  @Test
  void parse_formsSitrepWrites() {
    assertEquals("2020-02-03", DateSpan.parse("2020-02-03").iso());
    assertEquals(29, DateSpan.parse("2020-02").end().getDayOfMonth());
    assertFalse(DateSpan.parse("XXXX-02-03").yearKnown());
    assertNull(DateSpan.parse("P3D"));
    assertNull(DateSpan.parse("2020-13-01"));
    assertNull(DateSpan.parse(null));
  }

  @Test
  void gapDays_comparesMonthAndDayWhenTheYearIsUnknown() {
    assertEquals(0, DateSpan.parse("XXXX-02-03").gapDays(DateSpan.parse("2020-02-03")));
    assertEquals(2, DateSpan.parse("XXXX-02-03").gapDays(DateSpan.parse("2020-02-05")));
    assertEquals(0, DateSpan.parse("2020-02").gapDays(DateSpan.parse("2020-02-17")));
    assertEquals(22, DateSpan.parse("2020-02-03").gapDays(DateSpan.parse("2020-02-25")));
  }
}
