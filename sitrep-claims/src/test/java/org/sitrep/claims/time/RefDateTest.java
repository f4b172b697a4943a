package org.sitrep.claims.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.CharSpan;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.doc.TokenSpan;
import org.sitrep.core.model.Published;

class RefDateTest {
  @Test
  void parse_yearlessDate() {
    RefDate r = RefDate.parse("XXXX-02-05");
    assertFalse(r.yearKnown());
    assertEquals("XXXX-02-05", r.today());
    assertEquals("XXXX-01", r.monthBefore(1));
    assertEquals("XXXX-12", r.monthBefore(12));
  }

  @Test
  void parse_rejectsNonDates() {
    assertNull(RefDate.parse("next week"));
    assertNull(RefDate.parse("2020-13-01"));
  }

  @Test
  void weekdayBefore_isThePreviousSuchDayInPastTenseNews() {
    RefDate r = RefDate.parse("2021-03-10"); // a Wednesday
    assertEquals("2021-03-08", r.weekdayBefore(DayOfWeek.MONDAY));
    assertEquals("2021-03-10", r.weekdayBefore(DayOfWeek.WEDNESDAY));
    assertEquals("2021-03-04", r.weekdayBefore(DayOfWeek.THURSDAY));
  }

  @Test
  void monthBefore_goesBackAYearForLaterMonths() {
    RefDate r = RefDate.parse("2021-02-10");
    assertEquals("2020-12", r.monthBefore(12));
    assertEquals("2021-01", r.monthBefore(1));
  }

  @Test
  void deictic_resolvesAgainstTheReference() {
    RefDate r = RefDate.parse("2021-03-10");
    assertEquals("2021-03-09", TimeNormalizer.deictic(r, "yesterday"));
    assertEquals("2021-W09", TimeNormalizer.deictic(r, "last week"));
    assertEquals("2021-02", TimeNormalizer.deictic(r, "last month"));
    assertEquals("XXXX-02-04", TimeNormalizer.deictic(RefDate.parse("XXXX-02-05"), "yesterday"));
  }

  @Test
  void startOf_weekAndMonth() {
    RefDate r = RefDate.parse("2021-03-10");
    assertEquals("2021-03-01", TimeNormalizer.startOf("2021-W09", r));
    assertEquals("XXXX-12-01", TimeNormalizer.startOf("XXXX-12", r));
  }

  private static TimeExpression date(String text, int start, String value) {
    return new TimeExpression(new TokenSpan(0, 1), new CharSpan(start, start + text.length()), text, "DATE", value,
        null, null);
  }

  @Test
  void published_prefersADateline() {
    String text = "Title\n\nMarch 3, 2019\n\nOn March 9, 2019 the talks will resume.";
    Published p = PublishedDate.of(new Article("a", text, null, null, null, null, "en", "test"),
        List.of(date("March 3, 2019", 7, "2019-03-03"), date("March 9, 2019", 25, "2019-03-09")));
    assertEquals("2019-03-03", p.value());
    assertTrue(p.inferred());
  }

  @Test
  void published_latestYearlessDateWhenNoYearIsGiven() {
    String text = "Fighting on Jan. 3 and on Jan. 7 left the town empty.";
    Published p = PublishedDate.of(new Article("a", text, null, null, null, null, "en", "test"),
        List.of(date("Jan. 3", 12, "XXXX-01-03"), date("Jan. 7", 26, "XXXX-01-07")));
    assertEquals("XXXX-01-07", p.value());
  }

  @Test
  void published_givenDateIsNotInferred() {
    Published p = PublishedDate.of(new Article("a", "x", null, null, null, "2020-05-01", "en", "test"), List.of());
    assertEquals(new Published("2020-05-01", false), p);
  }
}
