package org.sitrep.events;

import java.util.Locale;
import org.sitrep.core.doc.Dependency;

/**
 * A party named by the title it held then is told of an earlier time (issue 14, branch evvol11): a verb or event
 * noun one of whose parties (subject, object, oblique, possessor) is a noun with "then" before it ("rebels
 * fighting then-president Gbagbo", "attacked the then president's palace") tells what happened while that party
 * held the title, which it no longer does: the happening is historical, not the news.
 */
final class ThenTitle extends CoderPart {
  ThenTitle(CoderContext c) {
    super(c);
  }

  /** Whether a party of the event word at {@code h} is named by a title it held then. */
  boolean thenTitled(int h) {
    for (Dependency d : parse.children(h)) {
      String r = d.relation();
      if ((r.startsWith("nsubj") || r.equals("obj") || r.equals("iobj") || r.startsWith("obl")
          || r.startsWith("nmod")) && then(d.dependent())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the noun at {@code n}, or a title compounded or in apposition with it ("then-president Humala"), has
   * "then" before it: "then-president" (one token, or "then" hung on the title as advmod, amod or dep), "the then
   * president".
   */
  private boolean then(int n) {
    if (!nounLike(n)) {
      return false;
    }
    if (titledThen(n)) {
      return true;
    }
    for (Dependency d : parse.children(n)) {
      if ((d.relation().equals("compound") || d.relation().equals("appos")) && titledThen(d.dependent())) {
        return true;
      }
    }
    return false;
  }

  private boolean titledThen(int n) {
    if (tokens.get(n).text().toLowerCase(Locale.ROOT).startsWith("then-")) {
      return true;
    }
    for (Dependency d : parse.children(n)) {
      int m = d.dependent();
      String r = d.relation();
      if (m < n && (r.equals("advmod") || r.equals("amod") || r.equals("dep"))
          && tokens.get(m).text().toLowerCase(Locale.ROOT).equals("then")) {
        return true;
      }
    }
    return false;
  }
}
