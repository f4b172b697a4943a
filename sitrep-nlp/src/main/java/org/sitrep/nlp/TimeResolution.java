package org.sitrep.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * How {@link OwnTimes} resolves a date missing its year or week the way SUTime does: the tense cues SUTime's rules
 * read beside an expression, and the choice among the neighbouring years or weeks they lead to.
 */
final class TimeResolution {

  /** Bits of {@link #tense}: a past-tense cue, a future cue. */
  static final int PAST = 1;
  static final int FUTURE = 2;

  private TimeResolution() {
  }

  static LocalDate date(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * SUTime's resolution of a date missing its year or week ({@code SUTime.PartialTime.resolve}): {@code here} is
   * the date in the reference's year or week; to the past, the one before when it is after the reference; to the
   * future, the one after when it is before; else the closest of the neighbours. Whether SUTime's tense rules fire
   * beside a past-tense verb could not be told from the words alone ("met on Saturday." stays closest, "decided
   * on Saturday to go" goes to the past), so where a tense cue is near ({@code tense}) and its resolution differs
   * from the closest date, the date is SUTime's (null). Null on a near tie too, where SUTime's choice hangs on
   * clock details (daylight saving).
   */
  static LocalDate resolve(LocalDate here, LocalDate ref, ChronoUnit period, int tense) {
    LocalDate d = here;
    if (d.isAfter(ref)) {
      d = closest(ref, d, here.minus(1, period));
    }
    if (d != null && d.isBefore(ref)) {
      d = closest(ref, d, here.plus(1, period));
    }
    if (d == null) {
      return null;
    }
    if ((tense & PAST) != 0 && !d.equals(here.isAfter(ref) ? here.minus(1, period) : here)) {
      return null;
    }
    if ((tense & FUTURE) != 0 && !d.equals(here.isBefore(ref) ? here.plus(1, period) : here)) {
      return null;
    }
    return d;
  }

  private static LocalDate closest(LocalDate ref, LocalDate a, LocalDate b) {
    long da = Math.abs(ChronoUnit.DAYS.between(ref, a));
    long db = Math.abs(ChronoUnit.DAYS.between(ref, b));
    if (Math.abs(da - db) <= 1) {
      return null;
    }
    return db < da ? b : a;
  }

  /**
   * The tense cues SUTime's last rules read beside an expression at tokens [s, e) (english.sutime.txt,
   * "resolveTo"): {@link #PAST} when a past-tense verb or "have" is at most two tokens away, {@link #FUTURE} when
   * "will", "would", "going to", ... is; both bits may be set, or none.
   */
  static int tense(List<String> words, List<String> tags, int s, int e, int start, int end) {
    boolean past = false;
    boolean future = false;
    for (int k = Math.max(start, s - 3); k < s; k++) {
      past |= pastCue(words, tags, k);
      // the future cue ends at k: a modal, "going to", "' ll"
      String w = lower(words, k);
      future |= OwnTimes.MODALS.contains(w)
          || w.equals("to") && k - 1 >= start && lower(words, k - 1).equals("going")
          || w.equals("ll") && k - 1 >= start && isApostrophe(words.get(k - 1));
    }
    for (int k = e; k < Math.min(end, e + 3); k++) {
      past |= pastCue(words, tags, k);
      String w = lower(words, k);
      future |= OwnTimes.MODALS.contains(w)
          || w.equals("going") && k + 1 < end && lower(words, k + 1).equals("to")
          || isApostrophe(w) && k + 1 < end && lower(words, k + 1).equals("ll");
    }
    return (past ? PAST : 0) | (future ? FUTURE : 0);
  }

  /** SUTime's rule files match words without regard to case. */
  private static String lower(List<String> words, int k) {
    return words.get(k).toLowerCase(Locale.ROOT);
  }

  private static boolean pastCue(List<String> words, List<String> tags, int k) {
    String t = tags.get(k);
    return lower(words, k).equals("have") || t != null && t.equals("VBD");
  }

  private static boolean isApostrophe(String w) {
    return w.equals("'") || w.equals("\u2019");
  }
}
