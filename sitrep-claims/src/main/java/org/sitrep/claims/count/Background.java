package org.sitrep.claims.count;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.Period;
import org.sitrep.core.model.TimeRecord;

/**
 * Whether a figure is background to the article's own incident: its event is {@code historical}; or its
 * sentence places it in a time that ended well before publication ("in 2014", "last month", "in 2023"); or it
 * is a running total over a period that began long before ("since 2009", "in the last 15 months"). A week of
 * margin keeps the incident's own days ("on Tuesday", "last week") current.
 */
final class Background {
  static final int MARGIN_DAYS = 7;
  static final int LONG_PERIOD_DAYS = 45;

  private Background() {
  }

  static boolean of(List<TimeRecord> times, Sentence s, Period period, String published, EventRecord event) {
    if (event != null && "historical".equals(event.status())) {
      return true;
    }
    LocalDate pub = day(published, false);
    if (pub == null) {
      return false;
    }
    if (period != null) {
      LocalDate start = day(period.start(), false);
      if (start != null && start.isBefore(pub.minusDays(LONG_PERIOD_DAYS))) {
        return true;
      }
    }
    for (TimeRecord t : times) {
      if (t.start() < s.span().start() || t.end() > s.span().end() || !"DATE".equals(t.type())) {
        continue;
      }
      LocalDate end = day(t.value(), true);
      if (end != null && end.isBefore(pub.minusDays(MARGIN_DAYS))) {
        return true;
      }
    }
    return false;
  }

  /** The first (or, with {@code last}, the last) day a TIMEX value YYYY, YYYY-MM or YYYY-MM-DD covers; else null. */
  static LocalDate day(String v, boolean last) {
    if (v == null) {
      return null;
    }
    try {
      if (v.matches("\\d{4}-\\d\\d-\\d\\d")) {
        return LocalDate.parse(v);
      }
      if (v.matches("\\d{4}-\\d\\d")) {
        YearMonth m = YearMonth.parse(v);
        return last ? m.atEndOfMonth() : m.atDay(1);
      }
      if (v.matches("\\d{4}")) {
        int y = Integer.parseInt(v);
        return last ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
    return null;
  }
}
