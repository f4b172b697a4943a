package org.sitrep.events;

import java.util.Set;

/**
 * What a speaker cites is an example, not a happening told (issue 14, branch evvol11). An event word inside the
 * phrase that a verb of citing takes as what it cites (`citing_verbs` in `coder-words.tsv`: "cite" and "mention"
 * with their object, "point" and "refer" with their "to" phrase; "the senator pointed to Peru's sanctions against
 * Chile for its refusal to meet Lima's demands as an example", "citing threats such as piracy") is an argument or an
 * illustration the speaker brings up: the sentence reports the citing, and the cited happenings are told elsewhere
 * if they are news. The word is reached from the cited phrase down through the phrase's own modifiers (a
 * possessive, a prepositional phrase, a clause on a noun and that clause's arguments), never through a clause
 * of its own (a complement, an adverbial clause, a parenthetical): "the minister cited figures, and Peru attacked
 * the port" keeps the attack.
 */
final class Citation extends CoderPart {
  /** How far up from the event word the cited phrase's head may be. */
  private static final int DEPTH = 6;
  /** Relations inside a cited phrase, from a dependent up to its head. */
  private static final Set<String> INSIDE = Set.of("nmod", "acl", "obj", "obl", "nsubj", "appos", "compound",
      "xcomp", "amod", "nmod:poss");

  Citation(CoderContext c) {
    super(c);
  }

  /** Whether the event word at {@code h} is in the phrase a verb of citing cites. */
  boolean cited(int h) {
    int k = h;
    for (int step = 0; step < DEPTH; step++) {
      int g = parse.head(k);
      if (g < 0) {
        return false;
      }
      String rel = parse.headRel(k);
      if (citing(g, rel)) {
        return true;
      }
      if (!INSIDE.contains(base(rel))) {
        return false;
      }
      k = g;
    }
    return false;
  }

  /** Whether {@code g} is a verb of citing and {@code rel} the relation of what it cites. */
  private boolean citing(int g, String rel) {
    if (!tokens.get(g).isVerb()
        || !CoderWords.CITING_VERBS.contains(parse.lemma(g))) {
      return false;
    }
    return rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("obl:to");
  }

  private static String base(String rel) {
    if (rel.equals("nmod:poss")) {
      return rel;
    }
    int colon = rel.indexOf(':');
    return colon < 0 ? rel : rel.substring(0, colon);
  }
}
