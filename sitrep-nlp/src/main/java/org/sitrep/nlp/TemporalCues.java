package org.sitrep.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.data.DataTable;

/**
 * Whether a sentence may hold a time expression: a word of time (months, weekdays, "today", "week",
 * "ago", "since", seasons, holidays, ...), a year or a clock time. SUTime, the costliest part of NER,
 * runs only on such sentences; a sentence without any of these words has no TIMEX3 expression. The words are
 * data ({@code temporal-cues.tsv}); the shapes of numbers (years, clock times, "5th", ISO dates) are patterns here.
 */
final class TemporalCues {
  /** The words of {@code temporal-cues.tsv}. */
  private static final Set<String> WORDS = DataTable.load(TemporalCues.class, "temporal-cues.tsv").words();
  private static final Pattern NUMERIC = Pattern.compile(
      "(1[5-9]\\d\\d|20\\d\\d|'\\d\\d|\\d{1,2}:\\d\\d|\\d{4}s|\\d0s|\\d{1,2}(st|nd|rd|th)|\\d{4}-\\d{2}(-\\d{2})?|\\d+/\\d+(/\\d+)?)");

  private TemporalCues() {
  }

  static boolean any(List<String> words) {
    for (String w : words) {
      if (isCue(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one token is a time cue: a word of {@code temporal-cues.tsv}, a year, a clock time, ... */
  static boolean isCue(String word) {
    String l = word.toLowerCase(Locale.ROOT);
    if (l.endsWith(".") && l.length() > 2) {
      l = l.substring(0, l.length() - 1);
    }
    return WORDS.contains(l) || NUMERIC.matcher(l).matches() || l.startsWith("mid-");
  }
}
