package org.sitrep.places;

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
    Map<String, Set<String>> byKind = table.wordsByKind(KINDS);
    Set<String> locative = new HashSet<>(byKind.get("locative"));
    locative.addAll(byKind.get("strong"));
    return new LocationWords(byKind.get("strong"), Set.copyOf(locative), byKind.get("not_locative"),
        byKind.get("place_noun"), byKind.get("direction"), byKind.get("boundary"), byKind.get("distance"));
  }
}
