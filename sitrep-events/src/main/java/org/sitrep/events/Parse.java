package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Token;

/** Index of a document's dependency arcs by governor and by dependent (built once per document). */
final class Parse {
  final List<Token> tokens;
  private final List<List<Dependency>> children;
  private final List<List<Dependency>> heads;

  Parse(Document doc) {
    this.tokens = doc.get(Layers.TOKENS);
    int n = tokens.size();
    children = new ArrayList<>(n);
    heads = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>(2));
      heads.add(new ArrayList<>(1));
    }
    for (List<Dependency> sent : doc.list(Layers.DEPENDENCIES)) {
      for (Dependency d : sent) {
        if (d.dependent() < 0 || d.dependent() >= n) {
          continue;
        }
        heads.get(d.dependent()).add(d);
        if (d.governor() >= 0 && d.governor() < n) {
          children.get(d.governor()).add(d);
        }
      }
    }
  }

  List<Dependency> children(int i) {
    return children.get(i);
  }

  List<Dependency> heads(int i) {
    return heads.get(i);
  }

  /** Dependents of {@code i} whose relation is {@code rel} or starts with {@code rel + ":"}. */
  List<Integer> children(int i, String rel) {
    List<Integer> out = new ArrayList<>(1);
    for (Dependency d : children.get(i)) {
      if (matches(d.relation(), rel)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  int child(int i, String rel) {
    for (Dependency d : children.get(i)) {
      if (matches(d.relation(), rel)) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The first head of {@code i} (the basic-tree head where the parse has one), or -1. */
  int head(int i) {
    for (Dependency d : heads.get(i)) {
      if (!d.relation().startsWith("conj") || heads.get(i).size() == 1) {
        return d.governor();
      }
    }
    return heads.get(i).isEmpty() ? -1 : heads.get(i).get(0).governor();
  }

  String headRel(int i) {
    for (Dependency d : heads.get(i)) {
      if (!d.relation().startsWith("conj") || heads.get(i).size() == 1) {
        return d.relation();
      }
    }
    return heads.get(i).isEmpty() ? "" : heads.get(i).get(0).relation();
  }

  /**
   * Whether the word right after {@code verb} is one of {@code words} and marks {@code clause}: "calling on the
   * government to allow ...", where the parser hangs the verb's preposition on the infinitive clause as its
   * marker ("on" -mark- allow -advcl- calling). The preposition is still the verb's.
   */
  boolean prepositionMarks(int verb, int clause, Set<String> words) {
    int p = verb + 1;
    return !words.isEmpty() && p < heads.size() && words.contains(lemma(p)) && hasHeadRel(p, "mark")
        && head(p) == clause;
  }

  boolean hasHeadRel(int i, String rel) {
    for (Dependency d : heads.get(i)) {
      if (matches(d.relation(), rel)) {
        return true;
      }
    }
    return false;
  }

  static boolean matches(String relation, String rel) {
    return relation.equals(rel) || relation.startsWith(rel) && relation.length() > rel.length()
        && relation.charAt(rel.length()) == ':';
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** The token's lemma (its text where it has none), folded by {@link Text#fold}: lower case, without marks. */
  String lemma(int i) {
    Token t = tokens.get(i);
    return t.lemma() == null ? Text.fold(t.text()) : Text.fold(t.lemma());
  }
}
