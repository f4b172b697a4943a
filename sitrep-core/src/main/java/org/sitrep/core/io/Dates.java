package org.sitrep.core.io;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Publication dates as the inputs give them: {@code YYYY-MM-DD} or {@code YYYY-MM}, or an ISO timestamp. */
public final class Dates {
  private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}(?:-\\d{2})?)(?:[T ].*)?$");

  private Dates() {
  }

  /** The normalised date ({@code YYYY-MM-DD} or {@code YYYY-MM}), or null where {@code s} is not one. */
  public static String normalize(String s) {
    if (s == null) {
      return null;
    }
    var m = ISO_PREFIX.matcher(s.strip());
    if (!m.matches()) {
      return null;
    }
    String d = m.group(1);
    try {
      if (d.length() == 7) {
        YearMonth.parse(d);
      } else {
        LocalDate.parse(d);
      }
      return d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
