package org.sitrep.events;

import org.sitrep.core.doc.Dependency;
import org.sitrep.core.model.EntityRecord;

/**
 * Telling the press (issue 14, branch evvol12): an event of sharing whose partner is a news outlet is what was told
 * to reporters, not a happening between parties; {@link EventCoder} makes it background.
 */
final class PressPartner extends CoderPart {
  PressPartner(CoderContext c) {
    super(c);
  }

  /**
   * Telling the press (branch evvol12): a verb whose partner is a news outlet, named by a "with" or "to" phrase or as
   * indirect object ("passengers shared with VOA details of their ordeal", "described to Reuters what they saw",
   * "gave the BBC an account"), tells what was said to the press; the outlet is no party to the news it reports (see
   * `organizations.tsv`, sector JRN). Where the parser hung the phrase elsewhere (the outlet made the subject of a
   * clause marked "with"), the phrase right after the verb, "with" or "to" then the outlet, names it. The caller makes
   * it background for the categories of sharing (`press_sharing_categories`); "denied visas to the BBC" is no sharing.
   */
  boolean toThePress(int h) {
    if (nounLike(h)) {
      return false;
    }
    for (Dependency d : parse.children(h)) {
      String rel = d.relation();
      if ((rel.equals("obl:with") || rel.equals("obl:to") || rel.equals("iobj")) && outlet(d.dependent())) {
        return true;
      }
    }
    int p = h + 1;
    if (p < tokens.size() && parse.headRel(p).equals("compound:prt")) {
      p++; // "opened up to VOA"
    }
    int o = p + 1;
    if (o < tokens.size() && parse.headRel(o).equals("det")) {
      o++; // "with the BBC"
    }
    return o < tokens.size() && tokens.get(o).sentence() == tokens.get(h).sentence()
        && CoderWords.PRESS_PREPOSITIONS.contains(parse.lemma(p)) && outlet(o);
  }

  /** Whether the token names a news outlet: an entity of sector JRN ("VOA", "Reuters"). */
  private boolean outlet(int i) {
    EntityRecord en = entityAt[i];
    return en != null && en.actor() != null && "JRN".equals(en.actor().sector());
  }
}
