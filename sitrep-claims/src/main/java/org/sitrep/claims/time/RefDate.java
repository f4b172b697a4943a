package org.sitrep.claims.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date relative expressions are resolved against: the publication date, which may lack its year
 * ({@code XXXX-02-05}) when inferred from an undated text. Dates computed from it print their year as
 * {@code XXXX} when the year is unknown.
 */
public record RefDate(LocalDate date, boolean yearKnown) {
  /** A leap year stands in for an unknown one, so that Feb. 29 still parses. */
  static final int PLACEHOLDER_YEAR = 2000;
  private static final Pattern ISO = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})(?:-(\\d{2}))?");

  /** Parses {@code YYYY-MM-DD}, {@code YYYY-MM} (first of the month) or {@code XXXX-MM-DD}; null otherwise. */
  public static RefDate parse(String iso) {
    if (iso == null) {
      return null;
    }
    Matcher m = ISO.matcher(iso.trim());
    if (!m.matches()) {
      return null;
    }
    boolean known = !m.group(1).equals("XXXX");
    try {
      LocalDate d = LocalDate.of(known ? Integer.parseInt(m.group(1)) : PLACEHOLDER_YEAR, Integer.parseInt(m.group(2)),
          m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
      return new RefDate(d, known);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  public String day(LocalDate d) {
    return yearKnown ? d.toString() : "XXXX" + d.toString().substring(4);
  }

  public String month(LocalDate d) {
    return day(d).substring(0, 7);
  }

  public String year(LocalDate d) {
    return yearKnown ? Integer.toString(d.getYear()) : "XXXX";
  }

  /** ISO week ({@code 2020-W06}); needs a known year (weekdays are unknown otherwise). */
  public String week(LocalDate d) {
    if (!yearKnown) {
      return "XXXX-WXX";
    }
    return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  public String today() {
    return day(date);
  }

  /** The most recent {@code dow} on or before the reference date (past-tense news), or XXXX-WXX-n without a year. */
  public String weekdayBefore(DayOfWeek dow) {
    if (!yearKnown) {
      return "XXXX-WXX-" + dow.getValue();
    }
    LocalDate d = date;
    while (d.getDayOfWeek() != dow) {
      d = d.minusDays(1);
    }
    return d.toString();
  }

  /** The month {@code m} of the reference year, or of the year before when it lies after the reference month. */
  public String monthBefore(int m) {
    LocalDate d = LocalDate.of(date.getYear(), m, 1);
    if (m > date.getMonthValue() + 1) {
      d = d.minusYears(1);
    }
    return month(d);
  }
}
