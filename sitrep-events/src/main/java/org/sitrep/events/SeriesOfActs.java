package org.sitrep.events;

import org.sitrep.core.doc.Dependency;

/**
 * A series of acts, a tally (issue 14, branch evvol12): a verb in the perfect whose object is an event noun of many
 * happenings, quantified by a word of plurality (`series_quantifiers`: several, many, numerous, multiple, various;
 * "Islamabad has blamed several recent attacks on militants"), tells one act for each happening over a while, not
 * the news: {@link EventCoder} makes it background, like a habit or tally ({@link NotNews#habitOrTally}). One
 * happening ("has blamed the attack on militants") or a simple past ("blamed several attacks on Monday") stays news.
 */
final class SeriesOfActs extends CoderPart {
  SeriesOfActs(CoderContext c) {
    super(c);
  }

  /** Whether the verb at {@code v} is in the perfect with a quantified event noun as object. */
  boolean series(int v) {
    if (nounLike(v)) {
      return false;
    }
    boolean perfect = false;
    for (int aux : parse.children(v, "aux")) {
      perfect |= parse.lemma(aux).equals("have");
    }
    if (!perfect) {
      return false;
    }
    for (int o : parse.children(v, "obj")) {
      if (!nounLike(o) || lexicon.byHead(parse.lemma(o)).stream().noneMatch(Lexicon.Entry::noun)) {
        continue;
      }
      for (Dependency d : parse.children(o)) {
        if ((d.relation().equals("amod") || d.relation().equals("det"))
            && CoderWords.SERIES_QUANTIFIERS.contains(parse.lemma(d.dependent()))) {
          return true;
        }
      }
    }
    return false;
  }
}
