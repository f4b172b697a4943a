package org.sitrep.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.data.DataTable;

/**
 * Time cues in a reading that is no time: the modal "may" ("the toll may be higher"), the verbs "am", "sat",
 * "march" and "fall" ("prices continue to fall"), the ordinal "second" ("his second visit"). SUTime tags none of
 * them there (checked on sentences written for the tests and with TimeTaggerCheck), so sitrep's own tagger ({@link OwnTimes}) may account
 * for such a cue as no expression rather than leave its window to SUTime. The words and the part-of-speech tags
 * of their other reading are data ({@code own-time-words.tsv}, kind not_time). Only in lower case, and only where
 * no other cue or number stands within two tokens ("10 am" is a clock time) and no word that SUTime may join to a
 * time ({@code own-time-blockers.tsv}) right before or after it ("may end" is LATE May to SUTime): SUTime joins the word to a time beside it
 * ("may fall" is May and autumn to it, "the second Monday", "the second quarter", "a second" a duration).
 */
final class CueReadings {
  private static final Map<String, Set<String>> NOT_TIME = new HashMap<>();
  private static final int REACH = 2;

  static {
    for (DataTable.Row r : DataTable.load(OwnTimes.class, "own-time-words.tsv").rows()) {
      if (r.get(1).equals("not_time")) {
        NOT_TIME.put(r.get(0).toLowerCase(Locale.ROOT), Set.of(r.get(2).split(",")));
      }
    }
  }

  private CueReadings() {
  }

  /** Whether token {@code i} of the window [start, end) is a time cue in a reading that is no time. */
  static boolean notTime(List<String> words, List<String> tags, int i, int start, int end) {
    String w = words.get(i);
    Set<String> other = NOT_TIME.get(w);
    String tag = tags.get(i);
    if (other == null || tag == null || !other.contains(tag)) {
      return false; // also a capital: "May" may be the month
    }
    if (i > start && (TimeBlockers.joinsBefore(words.get(i - 1)) || words.get(i - 1).equalsIgnoreCase("a"))) {
      return false; // "a second", "the second quarter"
    }
    if (i + 1 < end && TimeBlockers.joinsAfter(words.get(i + 1))) {
      return false; // "may end" (LATE May to SUTime)
    }
    for (int k = Math.max(start, i - REACH); k < Math.min(end, i + REACH + 1); k++) {
      String t = tags.get(k);
      if (k != i && (TemporalCues.isCue(words.get(k)) || "CD".equals(t) || Character.isDigit(words.get(k).charAt(0)))) {
        return false; // "may fall" (May and autumn to SUTime), "10 am"
      }
    }
    return true;
  }
}
