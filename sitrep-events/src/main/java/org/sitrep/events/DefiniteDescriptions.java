package org.sitrep.events;

import java.util.function.Predicate;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Token;
import org.sitrep.core.model.EntityRecord;

/**
 * The head-match rule of coreference: a bare definite description ("the council", "the journalist") names again
 * the organisation last named in full with that head noun, or the person last introduced with that title.
 */
final class DefiniteDescriptions extends CoderPart {
  DefiniteDescriptions(CoderContext c) {
    super(c);
  }

  /**
   * The organisation named last before {@code a} whose name ends in {@code a}'s noun, where {@code a} heads a
   * definite description of its own ("the council", "the agency"; not "a council", not "Kenya's council"); else
   * null. The head-match rule of coreference: a bare definite description names again what was last named in full.
   */
  EntityRecord organisation(int a) {
    Token tok = tokens.get(a);
    if (tok.pos() == null || !tok.pos().startsWith("NN") || tok.isProperNoun() || entityAt[a] != null) {
      return null;
    }
    if (!bareDefinite(a, r -> r.equals("amod"))) {
      return null;
    }
    String head = parse.lemma(a);
    for (int i = a - 1; i >= 0; i--) {
      EntityRecord e = entityAt[i];
      if (e != null && e.type().equals("ORGANIZATION") && (i + 1 >= tokens.size() || entityAt[i + 1] != e)
          && head.equalsIgnoreCase(parse.lemma(i))) {
        return e;
      }
    }
    return null;
  }

  /**
   * The person named last before {@code a} who was introduced with {@code a}'s noun as a title, where {@code a}
   * heads a singular definite description of its own ("the journalist", "the award-winning journalist"; not "a
   * journalist", not "the paper's journalist"): "Cambodian journalist Mech Dara ... the journalist" or "Mech Dara,
   * a journalist, ... the journalist". Else null. The head-match rule of coreference, for people.
   */
  EntityRecord person(int a) {
    Token tok = tokens.get(a);
    if (!"NN".equals(tok.pos()) || entityAt[a] != null) {
      return null;
    }
    if (!bareDefinite(a, r -> r.startsWith("acl"))) {
      return null;
    }
    String head = parse.lemma(a);
    for (int i = a - 1; i >= 0; i--) {
      EntityRecord e = entityAt[i];
      if (e == null || !e.type().equals("PERSON") || i > 0 && entityAt[i - 1] == e) {
        continue; // the first token of a person's mention
      }
      // the title just before the name ("journalist Mech Dara", "journalist and activist Mech Dara")
      for (int k = i - 1; k >= Math.max(0, i - 3) && tokens.get(k).sentence() == tokens.get(i).sentence(); k--) {
        if (head.equals(parse.lemma(k))) {
          return e;
        }
      }
      // the title in apposition after it ("Mech Dara, a journalist")
      int last = i;
      while (last + 1 < tokens.size() && entityAt[last + 1] == e) {
        last++;
      }
      for (int k : parse.children(last, "appos")) {
        if (head.equals(parse.lemma(k))) {
          return e;
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code a} heads a definite description with nothing of its own to say whose it is: "the" and no
   * possessive, compound or prepositional modifier, nor one of the relations {@code alsoBars} names.
   */
  private boolean bareDefinite(int a, Predicate<String> alsoBars) {
    boolean definite = false;
    for (Dependency d : parse.children(a)) {
      String r = d.relation();
      if (r.equals("det")) {
        definite = Text.fold(tokens.get(d.dependent()).text()).equals("the");
      } else if (r.equals("nmod:poss") || r.equals("compound") || r.startsWith("nmod") || alsoBars.test(r)) {
        return false;
      }
    }
    return definite;
  }
}
