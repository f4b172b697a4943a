package org.sitrep.places;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.data.DataTable;

/**
 * The words {@link EventLocationStage} reads, from {@code location-words.tsv}: prepositions that place an
 * event (strong or weaker), prepositions that do not, nouns naming a kind of place, compass words. A word
 * may have more than one kind ("south" places an event as a preposition and is a direction).
 */
record LocationWords(Set<String> strong, Set<String> locative, Set<String> notLocative, Set<String> placeNouns,
    Set<String> directions, Set<String> boundaries, Set<String> distances) {
  static final List<String> KINDS = List.of("strong", "locative", "not_locative", "place_noun", "direction",
      "boundary", "distance");
  static final LocationWords DEFAULT = from(DataTable.load(LocationWords.class, "location-words.tsv"));

  /** Reads a table of (word, kind) rows; "strong" words are locative too. */
  static LocationWords from(DataTable table) {
    Map<String, Set<String>> byKind = new HashMap<>();
    for (String k : KINDS) {
      byKind.put(k, new HashSet<>());
    }
    for (DataTable.Row r : table.rows()) {
      Set<String> set = byKind.get(r.get(1));
      if (set == null) {
        throw new IllegalStateException(table.name() + " line " + r.line() + ": unknown kind '" + r.get(1)
            + "'; use one of " + KINDS);
      }
      set.add(Names.lower(r.get(0)));
    }
    byKind.get("locative").addAll(byKind.get("strong"));
    return new LocationWords(Set.copyOf(byKind.get("strong")), Set.copyOf(byKind.get("locative")),
        Set.copyOf(byKind.get("not_locative")), Set.copyOf(byKind.get("place_noun")),
        Set.copyOf(byKind.get("direction")), Set.copyOf(byKind.get("boundary")),
        Set.copyOf(byKind.get("distance")));
  }
}
