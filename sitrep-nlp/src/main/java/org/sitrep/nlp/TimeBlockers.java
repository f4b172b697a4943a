package org.sitrep.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.data.DataTable;

/**
 * The words beside an expression of sitrep's own time tagger ({@link OwnTimes}) that SUTime's rules may join to it,
 * making a longer expression, a range, a modifier or a set ("late Tuesday", "the end of 2009", "Friday to Sunday"):
 * where one stands, the window is SUTime's. The words are data ({@code own-time-blockers.tsv}, with the side they
 * block on). Stateless and thread-safe.
 */
final class TimeBlockers {
  private static final Set<String> BLOCK_BEFORE = new HashSet<>();
  private static final Set<String> BLOCK_AFTER = new HashSet<>();
  private static final Set<String> BLOCK_NEAR = new HashSet<>();
  /** Words that join a time or duration before them to a date after them ("three days on Monday"). */
  private static final Set<String> LINK_AFTER = new HashSet<>();
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  /** Words that SUTime joins to nothing before a part of the day ("before dawn" is "dawn"; side day_part_free). */
  private static final Set<String> DAY_PART_FREE = new HashSet<>();

  static {
    for (DataTable.Row r : DataTable.load(OwnTimes.class, "own-time-blockers.tsv").rows()) {
      String w = r.get(0).toLowerCase(Locale.ROOT);
      switch (r.get(1)) {
        case "before" -> BLOCK_BEFORE.add(w);
        case "after" -> BLOCK_AFTER.add(w);
        case "both" -> {
          BLOCK_BEFORE.add(w);
          BLOCK_AFTER.add(w);
        }
        case "near" -> BLOCK_NEAR.add(w);
        case "link_after" -> LINK_AFTER.add(w);
        case "day_part_free" -> DAY_PART_FREE.add(w);
        case "duration_before", "duration_after" -> {
          // OwnDurations' blockers
        }
        default -> throw new IllegalStateException("own-time-blockers.tsv line " + r.line() + ": side '" + r.get(1)
            + "' is not before, after, both, near, link_after, day_part_free, duration_before or duration_after");
      }
    }
  }

  private TimeBlockers() {
  }

  /**
   * The blocker or number that stands right beside {@code f} (a "near" blocker: within two) in the window, or null.
   */
  static String blocker(List<String> words, List<String> tags, OwnTimes.Found f, int start, int end) {
    for (int k = Math.max(start, f.start() - 2); k < Math.min(end, f.end() + 2); k++) {
      if ((k < f.start() || k >= f.end()) && BLOCK_NEAR.contains(OwnTimes.key(words.get(k)))) {
        return words.get(k);
      }
    }
    boolean duration = f.type().equals("DURATION");
    // a hyphened duration before a noun ("a 30-day truce") does not take the article in
    boolean hyphened = duration && f.end() - f.start() > 2 && words.get(f.start() + 1).equals("-");
    if (f.start() > start) {
      String b = OwnTimes.key(words.get(f.start() - 1));
      boolean article = b.equals("a") || b.equals("an") || b.equals("the");
      // SUTime leaves "the" out of "the 1991 agreement" and "the current crisis" ("1991", "current")
      boolean theFree = b.equals("the") && f.end() - f.start() == 1 && f.type().equals("DATE")
          && (f.value().equals("PRESENT_REF") || YEAR.matcher(f.value()).matches());
      boolean partOfDay = f.modifier() != null && f.end() - f.start() == 1 && DAY_PART_FREE.contains(b);
      if (BLOCK_BEFORE.contains(b) && !(hyphened && article) && !theFree && !partOfDay
          || duration && OwnDurations.blocksBefore(b)
          || OwnTimes.number(words, tags, f.start() - 1)) {
        return words.get(f.start() - 1);
      }
    }
    if (f.end() < end) {
      String a = OwnTimes.key(words.get(f.end()));
      if (BLOCK_AFTER.contains(a) || duration && OwnDurations.blocksAfter(a) || OwnTimes.number(words, tags, f.end())
          || LINK_AFTER.contains(a) && (duration || timeFollows(words, tags, f.end() + 1, end))) {
        return words.get(f.end());
      }
    }
    return null;
  }

  /** Whether SUTime's rules may join {@code word} to a time right after it ("the", "late", "until", ...). */
  static boolean joinsBefore(String word) {
    String k = OwnTimes.key(word);
    return BLOCK_BEFORE.contains(k) || BLOCK_NEAR.contains(k);
  }

  /** Whether SUTime's rules may join {@code word} to a time right before it ("end", "ago", "morning", ...). */
  static boolean joinsAfter(String word) {
    String k = OwnTimes.key(word);
    return BLOCK_AFTER.contains(k) || BLOCK_NEAR.contains(k) || LINK_AFTER.contains(k);
  }

  /**
   * Whether a time cue, a word that leaves its window to SUTime or a number stands among the three tokens from
   * {@code from} of the window ending at {@code end}: after "on" the start of a date SUTime may join to a time or
   * duration before it ("three days on Monday"); a date is joined to nothing by "on" ("next week on border
   * security" is "next week" to SUTime).
   */
  private static boolean timeFollows(List<String> words, List<String> tags, int from, int end) {
    for (int k = from; k < Math.min(end, from + 3); k++) {
      String w = words.get(k);
      if (TemporalCues.isCue(w) || OwnTimes.SUTIME_CUES.contains(w.toLowerCase(Locale.ROOT))
          || OwnTimes.number(words, tags, k)) {
        return true;
      }
    }
    return false;
  }
}
