package org.sitrep.places;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.data.DataTable;

/**
 * The words {@link MentionFinder} reads, from {@code mention-words.tsv}: words naming divisions, settlements
 * and the land around a place, compass words, verbs and nouns that make a place an actor or a party, cues
 * before a place, facility words after one, and gazetteer names that are ordinary words. A word may have
 * more than one kind.
 */
record MentionWords(Set<String> divisions, Set<String> settlements, Set<String> countryside, Set<String> directions,
    Set<String> notAgentive, Set<String> partyNouns, Set<String> partyCases, Set<String> locativeCues,
    Set<String> facilities, Set<String> generic) {
  static final List<String> KINDS = List.of("division", "settlement", "countryside", "direction", "not_agentive",
      "party_noun", "party_case", "locative_cue", "facility", "generic");
  static final MentionWords DEFAULT = from(DataTable.load(MentionWords.class, "mention-words.tsv"));

  /** Reads a table of (word, kind) rows. */
  static MentionWords from(DataTable table) {
    Map<String, Set<String>> k = table.wordsByKind(KINDS);
    return new MentionWords(k.get("division"), k.get("settlement"), k.get("countryside"), k.get("direction"),
        k.get("not_agentive"), k.get("party_noun"), k.get("party_case"), k.get("locative_cue"), k.get("facility"),
        k.get("generic"));
  }
}
