package org.sitrep.events;

import static org.sitrep.events.CoderWords.COMPLEMENT_SUBJECT;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.model.ActorRecord;

/**
 * Whom an event of asking or alleging (`complement_subject` in `coder-words.tsv`: REQUEST, ACCUSE) is aimed at: the
 * subject of what is asked or alleged, in the clause of the verb or of the event noun ("X demanded that Y withdraw",
 * "X's demand that Y withdraw", "X insisted on its demand that Y withdraw" -> Y).
 */
final class AskedParty extends CoderPart {
  private final ActorResolver resolver;

  AskedParty(CoderContext c, ActorResolver resolver) {
    super(c);
    this.resolver = resolver;
  }

  /**
   * The subjects of the event's complement clauses that have a country other than the actor's, before any party
   * named deeper in the clause ("that the U.S. match the EU's support for Z" -> the U.S., not Z).
   */
  List<ActorRecord> recipients(Trigger t, boolean noun) {
    List<ActorRecord> out = new ArrayList<>();
    for (int c : complementClauses(t.head, noun, t)) {
      for (int k : parse.children(c, "nsubj")) {
        for (ActorRecord r : resolver.resolve(k, t)) {
          if (r.country() != null && t.actor.stream().noneMatch(a -> r.country().equals(a.country()))) {
            out.add(r);
          }
        }
      }
    }
    return out;
  }

  /**
   * The complement clauses of an event of asking or alleging: its own "that" clause (of the verb, or of the event
   * noun: "the demand that ..."), the clause "on" marks where the parser hangs the verb's preposition on it
   * ("calling on the government to allow ..."), and the "that" clause of a noun of the same category the verb
   * takes as its object or oblique ("insisted on its demands that ...").
   */
  private List<Integer> complementClauses(int h, boolean noun, Trigger t) {
    List<Integer> clauses = new ArrayList<>(parse.children(h, "ccomp"));
    if (noun) {
      return clauses;
    }
    for (Dependency d : parse.children(h)) {
      int k = d.dependent();
      if (d.relation().startsWith("advcl") && parse.prepositionMarks(h, k, t.entry.preps())) {
        clauses.add(k);
      } else if ((d.relation().equals("obj") || d.relation().startsWith("obl:")) && sameKindNoun(k, t)) {
        clauses.addAll(parse.children(k, "ccomp"));
      }
    }
    return clauses;
  }

  /**
   * Whether {@code k} is what an event of asking or alleging asks or alleges, with its own "that" clause ("insisted
   * on its demand that Togo release ..."): the clause's subject is the party, the noun is not ("an agreement with
   * the EU", with no such clause, still names its party).
   */
  boolean askedWithClause(int k, Trigger t) {
    return COMPLEMENT_SUBJECT.contains(t.entry.category()) && sameKindNoun(k, t) && !parse.children(k, "ccomp").isEmpty();
  }

  /**
   * Whether {@code k} is a common noun naming an event of the trigger's own category: what the verb asks, accuses
   * or agrees ("insisted on its demand that ...", "repeated its call for ..."), its content, not a party to it.
   */
  private boolean sameKindNoun(int k, Trigger t) {
    return tokens.get(k).isNoun() && !tokens.get(k).isProperNoun() && entityAt[k] == null
        && lexicon.byHead(parse.lemma(k)).stream().anyMatch(e -> e.noun() && e.category().equals(t.entry.category()));
  }
}
