package org.sitrep.claims.count;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.data.DataTable;

/** The count stage's small word lists, read once from {@code count-words.tsv} (one use per row). Immutable. */
final class CountWords {
  private static final List<String> SETS = List.of("state", "kind-noun", "host-verb", "suffer-verb", "fatal",
      "nonfatal", "intransitive", "military-modifier");
  private static final List<String> VALUED = List.of("vague", "magnitude");
  private static final Map<String, Set<String>> WORDS = new HashMap<>();
  private static final Map<String, Map<String, Long>> VALUES = new HashMap<>();

  static {
    SETS.forEach(u -> WORDS.put(u, new HashSet<>()));
    VALUED.forEach(u -> VALUES.put(u, new HashMap<>()));
    DataTable t = DataTable.load(CountWords.class, "count-words.tsv");
    for (DataTable.Row r : t.rows()) {
      String use = r.get(1);
      if (WORDS.containsKey(use)) {
        WORDS.get(use).add(r.get(0));
      } else if (VALUES.containsKey(use)) {
        try {
          VALUES.get(use).put(r.get(0), Long.parseLong(r.get(2)));
        } catch (NumberFormatException e) {
          throw new IllegalStateException(t.name() + " line " + r.line() + ": '" + r.get(2) + "' is not a whole number; "
              + "a " + use + " row gives its value in the third column");
        }
      } else {
        throw new IllegalStateException(t.name() + " line " + r.line() + ": use '" + use + "' is not one of "
            + SETS + " " + VALUED);
      }
    }
    WORDS.replaceAll((k, v) -> Set.copyOf(v));
    VALUES.replaceAll((k, v) -> Map.copyOf(v));
  }

  private CountWords() {
  }

  /** The words of a use ("state", "fatal", ...). */
  static Set<String> of(String use) {
    Set<String> s = WORDS.get(use);
    if (s == null) {
      throw new IllegalArgumentException("no word list '" + use + "' in count-words.tsv");
    }
    return s;
  }

  /** The words of a valued use ("vague", "magnitude") with their values. */
  static Map<String, Long> values(String use) {
    Map<String, Long> m = VALUES.get(use);
    if (m == null) {
      throw new IllegalArgumentException("no valued list '" + use + "' in count-words.tsv");
    }
    return m;
  }
}
