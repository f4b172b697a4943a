package org.sitrep.events;

/**
 * An aim is no happening (issue 14, branch evvol12): a gerund clause that is the subject of a copula whose predicate
 * is a noun of aim (`aim_nouns`: focus, goal, aim, priority, objective, purpose; "securing a deal was not the focus
 * of the talks", "winning the vote is the party's priority") names what someone seeks, not what took place: the
 * gerund, and an event noun that is its object, are hypothetical. A gerund subject of another predicate ("signing
 * the deal was a mistake") may tell a happening and is left alone.
 */
final class AimSubject extends CoderPart {
  AimSubject(CoderContext c) {
    super(c);
  }

  /** Whether the trigger at {@code h} is an aimed activity or the object of one. */
  boolean aimed(int h) {
    int v = h;
    if (nounLike(h) && parse.head(h) >= 0 && parse.headRel(h).equals("obj")) {
      v = parse.head(h);
    }
    int predicate = parse.head(v);
    return predicate >= 0 && "VBG".equals(tokens.get(v).pos()) && parse.headRel(v).startsWith("csubj")
        && !parse.children(predicate, "cop").isEmpty() && CoderWords.AIM_NOUNS.contains(parse.lemma(predicate));
  }
}
