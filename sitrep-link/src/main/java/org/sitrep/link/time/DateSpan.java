package org.sitrep.link.time;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * A date as records give it ({@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, {@code XXXX-MM-DD}) read as
 * an interval of days. Where the year is unknown, {@code start}/{@code end} carry the year 2000 (a leap year,
 * so 29 February exists) and {@link #yearKnown()} is false: such spans compare by month and day only.
 */
public record DateSpan(LocalDate start, LocalDate end, boolean yearKnown, String text) {
  private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final int NO_YEAR = 2000;

  /** The span of {@code value}, or null where it is not a date sitrep writes (null, durations, weeks...). */
  public static DateSpan parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > 10 && v.charAt(10) == 'T') {
      v = v.substring(0, 10);
    }
    try {
      var m = DAY.matcher(v);
      if (m.matches()) {
        boolean known = !m.group(1).equals("XXXX");
        int y = known ? Integer.parseInt(m.group(1)) : NO_YEAR;
        LocalDate d = LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return new DateSpan(d, d, known, value);
      }
      m = MONTH.matcher(v);
      if (m.matches()) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return new DateSpan(ym.atDay(1), ym.atEndOfMonth(), true, value);
      }
      if (YEAR.matcher(v).matches()) {
        int y = Integer.parseInt(v);
        return new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), true, value);
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  /** A single day. */
  public static DateSpan of(LocalDate day) {
    return new DateSpan(day, day, true, day.toString());
  }

  public boolean isDay() {
    return start.equals(end);
  }

  /** This span with its unknown year set to {@code year} (29 February falls back to the 28th). */
  public DateSpan withYear(int year) {
    if (yearKnown) {
      return this;
    }
    MonthDay md = MonthDay.from(start);
    LocalDate d = md.isValidYear(year) ? md.atYear(year) : LocalDate.of(year, md.getMonth(), 28);
    return new DateSpan(d, d, true, d.toString());
  }

  /**
   * Days between the two spans (0 where they overlap); where a year is unknown on either side, only the
   * month and day are compared (the nearest year).
   */
  public long gapDays(DateSpan o) {
    if (yearKnown && o.yearKnown) {
      if (end.isBefore(o.start)) {
        return ChronoUnit.DAYS.between(end, o.start);
      }
      if (o.end.isBefore(start)) {
        return ChronoUnit.DAYS.between(o.end, start);
      }
      return 0;
    }
    DateSpan a = yearKnown ? this : withYearNear(o);
    DateSpan b = o.yearKnown ? o : o.withYearNear(a);
    return a.gapDays(b);
  }

  private DateSpan withYearNear(DateSpan o) {
    int y = o.start.getYear();
    long best = Long.MAX_VALUE;
    DateSpan pick = withYear(y);
    for (int cand = y - 1; cand <= y + 1; cand++) {
      DateSpan s = withYear(cand);
      long g = o.yearKnown ? s.gapDays(o) : Math.abs(ChronoUnit.DAYS.between(s.start, o.start));
      if (g < best) {
        best = g;
        pick = s;
      }
    }
    return pick;
  }

  /** The ISO form of a single day, or the text this span was read from. */
  public String iso() {
    if (isDay()) {
      return yearKnown ? start.toString() : "XXXX" + start.toString().substring(4);
    }
    return text;
  }
}
