package org.sitrep.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.data.DataTable;

/**
 * The durations of sitrep's own time tagger ({@link OwnTimes}): "30 hours", "three years", "a 30-day truce", "45
 * years old", "for weeks", with the TIMEX3 value and range SUTime gives them. The units and number words are data
 * ({@code own-time-words.tsv}, kinds duration and number), and so are the words that SUTime joins to a duration
 * before or after it ({@code own-time-blockers.tsv}, sides duration_before and duration_after: "more than 30 hours",
 * "24 hours a day"), which leave the window to SUTime. Stateless and thread-safe.
 */
final class OwnDurations {
  /** The units of a duration and their ISO 8601 letters (own-time-words.tsv, kind duration). */
  private static final Map<String, String> UNITS = new HashMap<>();
  /** The number words a duration may start with (own-time-words.tsv, kind number). */
  private static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();
  /**
   * The words that make a duration of unknown count of the plural unit after them ("several hours", "recent
   * months"), and whether "a" may stand before them ("a few days"; own-time-words.tsv, kind vague_count).
   */
  private static final Map<String, Boolean> VAGUE = new HashMap<>();
  private static final Set<String> BEFORE = new HashSet<>();
  private static final Set<String> AFTER = new HashSet<>();
  private static final Pattern COUNT = Pattern.compile("[1-9]\\d{0,2}");

  static {
    for (DataTable.Row r : DataTable.load(OwnTimes.class, "own-time-words.tsv").rows()) {
      String w = r.get(0).toLowerCase(Locale.ROOT);
      switch (r.get(1)) {
        case "duration" -> UNITS.put(w, r.get(2));
        case "number" -> NUMBER_WORDS.put(w, Integer.parseInt(r.get(2)));
        case "vague_count" -> VAGUE.put(w, r.get(2).equals("a"));
        default -> {
          // OwnTimes' words
        }
      }
    }
    for (DataTable.Row r : DataTable.load(OwnTimes.class, "own-time-blockers.tsv").rows()) {
      String w = r.get(0).toLowerCase(Locale.ROOT);
      switch (r.get(1)) {
        case "duration_before" -> BEFORE.add(w);
        case "duration_after" -> AFTER.add(w);
        default -> {
          // OwnTimes' blockers
        }
      }
    }
  }

  private OwnDurations() {
  }

  /** Whether {@code word} (a key) right before a duration leaves its window to SUTime. */
  static boolean blocksBefore(String word) {
    return BEFORE.contains(word);
  }

  /** Whether {@code word} (a key) right after a duration leaves its window to SUTime. */
  static boolean blocksAfter(String word) {
    return AFTER.contains(word);
  }

  /**
   * A duration as SUTime gives it: a count and a unit ("30 hours" PT30H, "three years" P3Y, "two decades" P20Y),
   * the same joined by a hyphen before a noun ("a 30-day truce", "the three-year war": the article is not part of
   * it), an age ("45 years old", "a 12-year-old boy": the same value, "old" in the span), or a unit in the plural
   * alone after a preposition ("for weeks" PXW, "within days" PXD). The count is a whole number of up to three
   * digits ("1.5 hours" is SUTime's: it gives PT1H) or a number word. Null when the token starts no duration;
   * {@link OwnTimes#NONE} for a unit this pattern leaves to SUTime ("the day", "several hours" through a blocker, ...).
   */
  static OwnTimes.Found match(List<String> words, List<String> tags, int i, int start, int end) {
    String w = OwnTimes.key(words.get(i));
    int v = vagueUnit(words, i, end);
    if (v >= 0) {
      String unit = v < end ? UNITS.get(OwnTimes.key(words.get(v))) : null;
      if (unit == null) {
        return null; // "several people", "a few of them"
      }
      // a singular unit, or one with a multiplier ("several decades"), is SUTime's
      boolean plural = OwnTimes.key(words.get(v)).endsWith("s");
      return plural && Character.isLetter(unit.charAt(0)) ? found(i, v + 1, unit, null) : OwnTimes.NONE;
    }
    Integer n = COUNT.matcher(w).matches() ? Integer.valueOf(w) : NUMBER_WORDS.get(w);
    if (n != null) {
      int u = i + 1;
      boolean hyphen = u + 1 < end && words.get(u).equals("-");
      if (hyphen) {
        u++;
      }
      String unit = u < end ? UNITS.get(OwnTimes.key(words.get(u))) : null;
      if (unit == null || hyphen && OwnTimes.key(words.get(u)).endsWith("s")) {
        return unit == null ? null : OwnTimes.NONE;
      }
      int e = u + 1;
      if (hyphen && e + 1 < end && words.get(e).equals("-") && OwnTimes.key(words.get(e + 1)).equals("old")) {
        e += 2; // "a 12-year-old boy"
      } else if (e < end && OwnTimes.key(words.get(e)).equals("old")) {
        e++; // "45 years old", "a 55-year old man"
      }
      return found(i, e, unit, n);
    }
    String unit = UNITS.get(w);
    if (unit == null) {
      return null;
    }
    String tag = i > start ? tags.get(i - 1) : null;
    if (!w.endsWith("s") || tag == null || !tag.equals("IN")) {
      return OwnTimes.NONE;
    }
    return found(i, i + 1, unit, null);
  }

  /**
   * The token after "several", "recent", "few" or "a few" at {@code i}, where a unit would stand; -1 when token
   * {@code i} starts no such words. SUTime gives "several hours", "recent months", "a few days" and "few days" an
   * unknown count of the unit, the words in the span (PTXH, PXM, PXD; english.sutime.txt, the rules of "recent
   * weeks" and "a few"); "the past few days" and "over recent weeks" leave the window to SUTime through their
   * blockers.
   */
  private static int vagueUnit(List<String> words, int i, int end) {
    String w = OwnTimes.key(words.get(i));
    if (VAGUE.containsKey(w)) {
      return i + 1;
    }
    if ((w.equals("a") || w.equals("an")) && i + 1 < end
        && VAGUE.getOrDefault(OwnTimes.key(words.get(i + 1)), false)) {
      return i + 2;
    }
    return -1;
  }

  /** The duration of {@code n} (null: unknown, X) {@code unit}s ("TH", "D", "10Y": ten years). */
  private static OwnTimes.Found found(int s, int e, String unit, Integer n) {
    int k = 0;
    while (Character.isDigit(unit.charAt(k))) {
      k++;
    }
    int mult = k == 0 ? 1 : Integer.parseInt(unit.substring(0, k));
    String letters = unit.substring(k);
    String amount = n == null ? "X" : Integer.toString(n * mult);
    String v = letters.startsWith("T") ? "PT" + amount + letters.substring(1) : "P" + amount + letters;
    return new OwnTimes.Found(s, e, "DURATION", v, "(,," + v + ")");
  }
}
