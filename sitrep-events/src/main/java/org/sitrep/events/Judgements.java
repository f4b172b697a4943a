package org.sitrep.events;

import static org.sitrep.events.CoderWords.SPEECH;

import org.sitrep.core.doc.Dependency;

/**
 * Sayings that condemn a party (issue 14, branch evtype5): "warned that the pact is illegal", "says the 'illegal'
 * government is ...", "says both sides have committed abuses", "called the subsidies unfair". Each is an ACCUSE
 * (disapprove) by the speaker of the party judged ({@link TriggerMatcher} makes the trigger).
 */
final class Judgements extends CoderPart {
  Judgements(CoderContext c) {
    super(c);
  }

  /**
   * The party a saying or a naming condemns, or -1: a verb of saying whose complement clause judges its subject by
   * an adjective of condemnation ("warned that the pact is dangerous and illegal"), calls it so ("says the 'illegal'
   * government is seizing assets") or has it do a wrong ("says both sides have committed abuses"), and a verb of
   * naming whose object an adjective of condemnation completes ("called the subsidies unfair"). Such a saying is an
   * ACCUSE (disapprove) of that party, whatever verb of saying carries it ("warned" included).
   */
  int judged(int verb) {
    String lemma = parse.lemma(verb);
    if (CoderWords.NAMING_VERBS.contains(lemma)) {
      for (int x : parse.children(verb, "xcomp")) {
        // the object, or the small clause's subject where the parser hangs it on the adjective
        int obj = parse.child(verb, "obj");
        obj = obj >= 0 ? obj : parse.child(x, "nsubj");
        obj = obj >= 0 ? obj : parse.child(x, "dep");
        if (obj >= 0 && condemning(x)) {
          return party(obj);
        }
      }
      return -1;
    }
    if (!SPEECH.contains(lemma)) {
      return -1;
    }
    for (int c : parse.children(verb, "ccomp")) {
      int subj = parse.child(c, "nsubj");
      if (subj < 0) {
        continue;
      }
      boolean wrong = false;
      for (int o : parse.children(c, "obj")) {
        wrong |= CoderWords.WRONGDOING.contains(parse.lemma(o));
      }
      boolean called = false;
      for (int a : parse.children(subj, "amod")) {
        called |= CoderWords.CONDEMNATION.contains(Text.fold(tokens.get(a).text()));
      }
      if (condemning(c) || wrong || called) {
        return party(subj);
      }
    }
    return -1;
  }

  /**
   * Who a judged phrase stands for: itself, or where it names a happening (an event noun of the lexicon: "the
   * cooperation between Peru and Bolivia is illegal") the parties its "between", "of" or "by" phrase names.
   */
  private int party(int phrase) {
    if (!nounLike(phrase) || lexicon.byHead(parse.lemma(phrase)).stream().noneMatch(Lexicon.Entry::noun)) {
      return phrase;
    }
    for (Dependency d : parse.children(phrase)) {
      String r = d.relation();
      if (r.equals("nmod:between") || r.equals("nmod:of") || r.equals("nmod:by") || r.equals("nmod:poss")) {
        return d.dependent();
      }
    }
    return phrase;
  }

  /** Whether a predicate is an adjective of condemnation, or a list with one ("dangerous, illegal and a threat"). */
  private boolean condemning(int predicate) {
    if (CoderWords.CONDEMNATION.contains(Text.fold(tokens.get(predicate).text()))) {
      return true;
    }
    for (Dependency d : parse.children(predicate)) {
      if (d.relation().startsWith("conj") && CoderWords.CONDEMNATION.contains(Text.fold(tokens.get(d.dependent()).text()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a happening is one the speaker says it could itself do: a verb with a modal of possibility ("could",
   * "might") in the complement clause of a verb of saying or intimation whose subject is a pronoun standing for the
   * speaker's side ("Beijing has hinted that it could retaliate", "the rebels said they might attack"). PLOVER: a
   * threat, where the happening is a material conflict.
   */
  boolean ownPossibleAct(int h) {
    if (!tokens.get(h).isVerb() || !parse.headRel(h).equals("ccomp")) {
      return false;
    }
    int g = parse.head(h);
    if (g < 0 || !(SPEECH.contains(parse.lemma(g)) || CoderWords.INTIMATION.contains(parse.lemma(g)))) {
      return false;
    }
    boolean possible = false;
    for (int aux : parse.children(h, "aux")) {
      possible |= CoderWords.MODAL_HYPOTHETICAL.contains(Text.fold(tokens.get(aux).text()));
    }
    int subj = parse.child(h, "nsubj");
    if (!possible || subj < 0) {
      return false;
    }
    String w = Text.fold(tokens.get(subj).text());
    return CoderWords.GROUP_PRONOUNS.contains(w) || CoderWords.FIRST_PERSON.contains(w)
        || CoderWords.FIRST_PERSON_PLURAL.contains(w);
  }

  /**
   * The party a protest told as a saying is aimed at, or -1: a verb of protest that reports what was protested,
   * either with a "that" clause ("the group protested that the authorities are failing ...") or as the clause of
   * saying after the words it reports ("the authorities are failing to uphold rights, a rights group protested"):
   * a complaint, PLOVER's ACCUSE (disapprove), not a demonstration; aimed at the subject of what was said.
   */
  int protestedParty(int verb) {
    if (lexicon.byHead(parse.lemma(verb)).stream().noneMatch(e -> e.verb() && e.category().equals("PROTEST"))) {
      return -1;
    }
    for (int c : parse.children(verb, "ccomp")) {
      int subj = parse.child(c, "nsubj");
      if (subj >= 0) {
        return subj;
      }
    }
    String rel = parse.headRel(verb);
    if (!(rel.startsWith("parataxis") || rel.equals("dep")) || parse.child(verb, "obj") >= 0) {
      return -1;
    }
    // the reported clause: the verb the saying hangs from, or the clause of the word it hangs from
    int c = parse.head(verb);
    for (int depth = 0; c >= 0 && !tokens.get(c).isVerb() && depth < 4; depth++) {
      c = parse.head(c);
    }
    if (c < 0 || c > verb) {
      return -1;
    }
    return parse.child(c, "nsubj");
  }
}
