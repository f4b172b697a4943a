package org.sitrep.claims.attribution;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.sitrep.claims.attribution.Names.Named;
import org.sitrep.claims.text.DocIndex;
import org.sitrep.core.data.Pronouns;
import org.sitrep.core.doc.Sentence;

/**
 * The grammatical gender an article gives each person, read from the article itself: an honorific
 * before the name ("Mr.", "Ms."), and the personal pronouns that follow a sentence whose only person is
 * that one ("Kowalska said she would ..."; "Haddad arrived. He said ..."). No name lists. A person with
 * no evidence, or with as much for both, has no gender and agrees with either pronoun.
 */
final class Genders {
  static final Set<String> MALE = Pronouns.gendered("m");
  static final Set<String> FEMALE = Pronouns.gendered("f");

  private final Map<String, Integer> score = new HashMap<>();

  Genders(DocIndex ix, Names names) {
    var sentences = ix.sentences();
    for (Sentence s : sentences) {
      Named only = null;
      boolean several = false;
      for (Named n : names.all()) {
        if (!n.type().equals("PERSON") || ix.token(n.firstToken()).sentence() != s.index()) {
          continue;
        }
        if (n.firstToken() > 0) {
          add(n, sign(ix.lower(n.firstToken() - 1)));
        }
        if (only != null && !Names.lastWord(only.name()).equals(Names.lastWord(n.name()))) {
          several = true;
        }
        only = n;
      }
      if (only == null || several) {
        continue;
      }
      int after = 0;
      for (int t = only.lastToken() + 1; t < s.tokens().end(); t++) {
        after += sign(ix.lower(t));
      }
      if (after == 0 && s.index() + 1 < sentences.size()) {
        Sentence next = sentences.get(s.index() + 1);
        boolean named = false;
        for (int t = next.tokens().start(); t < next.tokens().end() && !named; t++) {
          named = names.at(t) != null && "PERSON".equals(names.at(t).type());
          if (!named && sign(ix.lower(t)) != 0) {
            after = sign(ix.lower(t));
            break;
          }
        }
      }
      add(only, Integer.signum(after));
    }
  }

  private void add(Named n, int s) {
    if (s != 0 && n.name() != null) {
      score.merge(key(n.name()), s, Integer::sum);
    }
  }

  private static String key(String name) {
    return Names.lastWord(name);
  }

  private static int sign(String w) {
    return MALE.contains(w) ? 1 : FEMALE.contains(w) ? -1 : 0;
  }

  /** Whether a pronoun (or honorific) may stand for the person: false only where the article says otherwise. */
  boolean agrees(String pronoun, Named person) {
    int want = sign(pronoun);
    if (want == 0 || person.name() == null) {
      return true;
    }
    int have = Integer.signum(score.getOrDefault(key(person.name()), 0));
    return have == 0 || have == want;
  }
}
