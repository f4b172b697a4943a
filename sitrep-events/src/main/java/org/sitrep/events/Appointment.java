package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.model.ActorCode;

/** A person's code from who appointed them ("United Nations-appointed special rapporteur X"); see {@link Entities}. */
final class Appointment {
  private Appointment() {
  }

  /**
   * Whom a person described by a participle of appointing serves (`appointing` in `coder-words.tsv`): the code of
   * the participle's agent ("United Nations-appointed special rapporteur X", "X, appointed by the Kremlin"), also
   * where the participle describes the title before the name ("African Union-appointed envoy X") and where the
   * parser lost the agent of a hyphenated participle: then the words just before the hyphen.
   */
  static ActorCode appointer(Parse parse, int head) {
    List<Integer> described = new ArrayList<>(List.of(head));
    for (var d : parse.heads(head)) {
      if (d.relation().equals("appos") && d.governor() >= 0) {
        described.add(d.governor());
      }
    }
    described.addAll(parse.children(head, "appos"));
    described.addAll(parse.children(head, "compound"));
    for (int h : described) {
      for (var d : parse.children(h)) {
        int p = d.dependent();
        if (!(d.relation().equals("amod") || d.relation().equals("acl")) || !"VBN".equals(parse.tokens.get(p).pos())
            || !CoderWords.APPOINTING.contains(parse.lemma(p))) {
          continue;
        }
        for (var a : parse.children(p)) {
          if (a.relation().equals("obl") || a.relation().equals("obl:by") || a.relation().equals("obl:agent")) {
            ActorCode c = Entities.subtreeCode(parse, a.dependent());
            if (c != null && c.country() != null) {
              return new ActorCode(c.country(), null);
            }
          }
        }
        int from = p - 1;
        if (from > 0 && parse.tokens.get(from).text().equals("-")) {
          int to = from;
          while (from > 0 && p - from < 6 && parse.tokens.get(from - 1).sentence() == parse.tokens.get(p).sentence()
              && Text.startsUpper(parse.tokens.get(from - 1).text())) {
            from--;
          }
          ActorCode c = from < to ? ActorReader.read(parse.tokens, from, to, to - 1).code() : null;
          if (c != null && c.country() != null) {
            return new ActorCode(c.country(), null);
          }
        }
      }
    }
    return null;
  }
}
