package org.sitrep.core.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * sitrep's one table of English month and weekday names ({@code calendar-names.tsv}), read once; immutable and
 * thread-safe. Names are lower case.
 */
public final class CalendarNames {
  private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();
  private static final Map<String, Integer> ABBREVIATIONS = new LinkedHashMap<>();
  private static final Map<String, Integer> WEEKDAYS = new LinkedHashMap<>();

  static {
    for (DataTable.Row r : DataTable.load(CalendarNames.class, "calendar-names.tsv").rows()) {
      int n = Integer.parseInt(r.get(2));
      switch (r.get(1)) {
        case "month" -> MONTHS.put(r.get(0), n);
        case "month_abbreviation" -> ABBREVIATIONS.put(r.get(0), n);
        case "weekday" -> WEEKDAYS.put(r.get(0), n);
        default -> throw new IllegalStateException("calendar-names.tsv line " + r.line() + ": kind '" + r.get(1)
            + "' is not month, month_abbreviation or weekday");
      }
    }
  }

  private CalendarNames() {
  }

  /** The twelve full month names in calendar order ("january" first). */
  public static List<String> months() {
    return List.copyOf(MONTHS.keySet());
  }

  /** Month numbers (1-12) by full name and by abbreviation ("feb", "sept"). */
  public static Map<String, Integer> monthWords() {
    Map<String, Integer> m = new LinkedHashMap<>(MONTHS);
    m.putAll(ABBREVIATIONS);
    return Map.copyOf(m);
  }

  /** ISO days of the week (Monday 1) by name. */
  public static Map<String, Integer> weekdays() {
    return Map.copyOf(WEEKDAYS);
  }

  /** The first three letters of each month's name, in calendar order ("jan", "feb", ...). */
  public static List<String> monthPrefixes() {
    List<String> out = new ArrayList<>();
    for (String m : MONTHS.keySet()) {
      out.add(m.substring(0, 3));
    }
    return List.copyOf(out);
  }
}
