package org.sitrep.nlp;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.core.data.DataTable;

/**
 * The modified dates of sitrep's own time tagger ({@link OwnTimes}): "the beginning of January", "the end of March
 * 2024", "the middle of 2025", "the start of next year", "the end of the year", with the value SUTime gives the date
 * inside and the modifier of the word before it (EARLY, MID, LATE; english.sutime.txt, temporal-composite-6a, the
 * "the" optional). The modifier words are data ({@code own-time-words.tsv}, kind modifier). A month alone inside is
 * resolved as alone ({@link OwnTimes#monthAlone}), with the tense cues beside the whole expression; a date inside
 * that the tagger does not read, or reads with another value than SUTime would here (a weekday, a day, an article
 * without a date beside a tense cue, a week across a year's end), leaves the window to SUTime. Stateless and
 * thread-safe.
 */
final class OwnModifiers {
  /** The words of a modifier before "of" and their TIMEX3 mod (own-time-words.tsv, kind modifier). */
  private static final Map<String, String> MODS = new HashMap<>();
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  static {
    for (DataTable.Row r : DataTable.load(OwnTimes.class, "own-time-words.tsv").rows()) {
      if (r.get(1).equals("modifier")) {
        MODS.put(r.get(0).toLowerCase(Locale.ROOT), r.get(2));
      }
    }
  }

  private OwnModifiers() {
  }

  /**
   * "(the) beginning|start|middle|end of DATE" from token {@code i}: the date's value and range with the modifier;
   * {@link OwnTimes#NONE} when the date inside is one whose value here is SUTime's; null when token {@code i} starts
   * no such words or no date of the tagger follows them ("the end of the war").
   */
  static OwnTimes.Found match(List<String> words, List<String> tags, List<String> ner, int i, int start, int end,
                              LocalDate ref) {
    int k = OwnTimes.key(words.get(i)).equals("the") ? i + 1 : i;
    if (k + 2 >= end) {
      return null;
    }
    String mod = MODS.get(OwnTimes.key(words.get(k)));
    if (mod == null || !OwnTimes.key(words.get(k + 1)).equals("of")) {
      return null;
    }
    int j = k + 2;
    OwnTimes.Found inner;
    String unit = j + 1 < end && OwnTimes.key(words.get(j)).equals("the") ? OwnTimes.unit(words.get(j + 1)) : null;
    if (unit != null) {
      // "the end of the year": this year, month or week
      if (ref != null && unit.equals("W") && OwnTimes.weekLeavesYear(ref, 0)) {
        return OwnTimes.NONE;
      }
      inner = OwnTimes.shifted(j, 0, unit, ref);
    } else {
      inner = OwnTimes.match(words, tags, ner, j, start, end, ref);
      if (inner == null || inner == OwnTimes.NONE) {
        return inner;
      }
      boolean shift = OwnTimes.unit(words.get(j)) == null && j + 1 < end && OwnTimes.unit(words.get(j + 1)) != null
          && inner.end() == j + 2;
      boolean monthOrYear = inner.type().equals("DATE") && (YEAR_MONTH.matcher(inner.value()).matches()
          || YEAR.matcher(inner.value()).matches() && inner.end() == j + 1);
      if (!shift && !monthOrYear || inner.modifier() != null) {
        return OwnTimes.NONE; // a weekday, a day, a duration, ...: not measured
      }
      if (monthOrYear && inner.end() == j + 1 && YEAR_MONTH.matcher(inner.value()).matches()) {
        // a month alone: resolved with the tense cues beside the whole expression
        inner = OwnTimes.monthAlone(words, tags, j, start, end, Integer.parseInt(inner.value().substring(5)), ref, i);
        if (inner == OwnTimes.NONE) {
          return inner;
        }
      }
    }
    if (ref == null && TimeResolution.tense(words, tags, i, inner.end(), start, end) != 0) {
      return OwnTimes.NONE;
    }
    return new OwnTimes.Found(i, inner.end(), inner.type(), inner.value(), inner.range(), mod);
  }
}
