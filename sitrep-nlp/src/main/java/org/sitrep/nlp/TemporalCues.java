package org.sitrep.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence may hold a time expression: a word of time (months, weekdays, "today", "week",
 * "ago", "since", seasons, holidays, ...), a year or a clock time. SUTime, the costliest part of NER,
 * runs only on such sentences; a sentence without any of these words has no TIMEX3 expression.
 */
final class TemporalCues {
  private static final Set<String> WORDS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
      "thu", "thurs", "fri", "sat", "sun", "weekday", "weekdays", "weekend", "weekends",
      "today", "tonight", "yesterday", "tomorrow", "now", "currently", "current", "recent", "recently",
      "lately", "nowadays", "ago", "since", "until", "till", "earlier", "later", "soon", "past", "future",
      "present", "former", "previously", "once", "twice", "annual", "annually", "daily", "weekly", "monthly",
      "yearly", "hourly", "nightly", "quarterly", "biannual",
      "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks",
      "fortnight", "month", "months", "year", "years", "decade", "decades", "century", "centuries",
      "millennium", "quarter", "quarters", "season", "seasons", "semester", "term", "period", "era", "age",
      "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "noon", "midday", "midnight",
      "dawn", "dusk", "daybreak", "overnight", "sunrise", "sunset",
      "spring", "summer", "autumn", "fall", "winter", "christmas", "easter", "ramadan", "eid", "thanksgiving",
      "hanukkah", "passover", "diwali", "new", "halloween", "holiday", "holidays", "o'clock", "am", "pm", "a.m.",
      "p.m.", "gmt", "utc", "bc", "ad", "fiscal", "early", "late", "mid", "beginning", "end", "middle");
  private static final Pattern NUMERIC = Pattern.compile(
      "(1[5-9]\\d\\d|20\\d\\d|'\\d\\d|\\d{1,2}:\\d\\d|\\d{4}s|\\d0s|\\d{1,2}(st|nd|rd|th)|\\d{4}-\\d{2}(-\\d{2})?|\\d+/\\d+(/\\d+)?)");

  private TemporalCues() {
  }

  static boolean any(List<String> words) {
    for (String w : words) {
      String l = w.toLowerCase(Locale.ROOT);
      if (l.endsWith(".") && l.length() > 2) {
        l = l.substring(0, l.length() - 1);
      }
      if (WORDS.contains(l) || NUMERIC.matcher(l).matches() || l.startsWith("mid-")) {
        return true;
      }
    }
    return false;
  }
}
