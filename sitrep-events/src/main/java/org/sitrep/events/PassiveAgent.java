package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.model.ActorRecord;

/**
 * Who did what an agentless passive tells, where its oblique names an armed party by its weapon or force with a
 * nationality ("four villagers were killed in Chilean tank fire", where the parser heads the phrase with the
 * weapon: "killed in [Israeli tank] shelling"): the oblique's head noun itself names an armed force
 * (sector-nouns.tsv: tank, artillery, drone, troops -> MIL; {@code armed_sectors} in coder-words.tsv) and the phrase
 * has a country. A place ("killed in a Syrian village", "in Damascus") has no such head and names no agent; "with"
 * and "along with" name fellow victims, not agents.
 */
final class PassiveAgent extends CoderPart {
  /**
   * Obliques of what something was done in, by or from ("in Israeli shelling", "by a Chilean drone", "from Peruvian
   * artillery"); not "with" or "along with", which name fellow victims ("killed along with other fighters").
   */
  private static final Set<String> INSTRUMENT_OBLIQUES = Set.of("obl:in", "obl:by", "obl:from",
      "obl:under");

  private final ActorResolver resolver;

  PassiveAgent(CoderContext c, ActorResolver resolver) {
    super(c);
    this.resolver = resolver;
  }

  /** The instrument obliques of verb {@code h} that name an armed party with a country. */
  List<Integer> armedObliques(int h, Trigger t) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : parse.children(h)) {
      int k = d.dependent();
      if (!INSTRUMENT_OBLIQUES.contains(d.relation()) || !tokens.get(k).isNoun()
          || tokens.get(k).isProperNoun() || !CoderWords.ARMED_SECTORS.contains(actors.sector(parse.lemma(k)))) {
        continue;
      }
      for (ActorRecord r : resolver.resolve(k, t)) {
        if (r.country() != null) {
          out.add(k);
          break;
        }
      }
    }
    return out;
  }
}
