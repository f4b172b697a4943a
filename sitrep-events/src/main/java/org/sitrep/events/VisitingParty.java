package org.sitrep.events;

import java.util.List;

/**
 * The visitor named by a prenominal "visiting" the parser read as a verb: "the minister welcomed visiting
 * Japanese Foreign Minister Kenji Sato" comes out as welcomed -xcomp-> visiting -obj-> Sato, which would make the
 * host the visitor and the visitor the place visited. A visit is done by the visitor (PLOVER: the actor of a
 * visit is who travels), so where a present participle of a visit (mode {@code visit}, tag VBG) has no subject
 * of its own, completes (xcomp) a verb that has no object of its own, and its object is a person's name, the
 * participle modifies that person: the person is the actor, and the subject of the governing verb (the host who
 * welcomes, meets or assures the visitor) the recipient (branch evrole10). "Kept visiting Paris" (a place) and
 * "welcomed them, visiting the capital" (the verb has its own object) are left as they were.
 */
final class VisitingParty {
  private VisitingParty() {
  }

  /** The visitor's token where {@code h} is such a prenominal participle, else -1. */
  static int visitor(Parse parse, int h, Trigger t) {
    if (!"visit".equals(t.entry.mode()) || !"VBG".equals(parse.tokens.get(h).pos())
        || !parse.headRel(h).equals("xcomp") || parse.child(h, "nsubj") >= 0) {
      return -1;
    }
    int gov = parse.head(h);
    if (gov < 0 || gov > h || parse.child(gov, "obj") >= 0) {
      return -1;
    }
    int o = parse.child(h, "obj");
    return o > h && "PERSON".equals(parse.tokens.get(o).ner()) ? o : -1;
  }

  /** Where {@code h} is such a participle: its visitor becomes the actor, the host a recipient. */
  static void apply(Parse parse, int h, Trigger t, List<Integer> actorHeads, List<Integer> recipientHeads) {
    int v = visitor(parse, h, t);
    if (v >= 0) {
      recipientHeads.remove(Integer.valueOf(v));
      actorHeads.add(v);
      recipientHeads.addAll(parse.children(parse.head(h), "nsubj"));
    }
  }
}
