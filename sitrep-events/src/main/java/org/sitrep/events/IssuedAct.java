package org.sitrep.events;

import static org.sitrep.events.CoderWords.ISSUED_ACTS;
import static org.sitrep.events.CoderWords.JUDGING_ISSUED;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.model.ActorRecord;

/**
 * Whom a rejection of a state's act is aimed at when the act is named only by a definite noun: "Syria's new
 * constitution ... the Kurdish administration was the first to reject the constitution" rejects what Syria's state
 * issued, so it is aimed at Syria. The pattern: an event of judging (`judging_issued`: REJECT, ACCUSE) with an actor
 * and no recipient, whose object (a verb's object, or an event noun's "of" phrase) is a noun of something a state
 * issues (`issued_acts`: constitution, law, decree, ...) with no owner of its own (no possessor, no modifier naming
 * a country); the latest earlier mention of the same noun in the article whose possessor or modifier is a country
 * ("Syria's constitution", "the Syrian constitution") gives that country's government as recipient (branch
 * evrole9). A rejection of the actor's own country's act is kept (opposition against its government).
 */
final class IssuedAct extends CoderPart {
  IssuedAct(CoderContext c) {
    super(c);
  }

  void aim(Trigger t) {
    if (!JUDGING_ISSUED.contains(t.entry.category()) || t.actor.isEmpty() || !t.recipient.isEmpty()) {
      return;
    }
    List<Integer> objects = new ArrayList<>(parse.children(t.head, tokens.get(t.head).isVerb() ? "obj" : "nmod:of"));
    for (int o : objects) {
      if (!tokens.get(o).isNoun() || !ISSUED_ACTS.contains(parse.lemma(o))
          || owner(o) != null || parse.child(o, "nmod:poss") >= 0) {
        continue;
      }
      for (int i = o - 1; i >= 0; i--) {
        if (tokens.get(i).isNoun() && parse.lemma(i).equalsIgnoreCase(parse.lemma(o))) {
          String c = owner(i);
          if (c != null) {
            t.recipient.add(new ActorRecord(null, countryName(c), c, "GOV", null));
            return;
          }
        }
      }
    }
  }

  /**
   * The country a mention of an act is owned by: its possessor or a modifier that is a one-word country name or
   * adjective ("Syria's", "Syrian"), else null.
   */
  private String owner(int noun) {
    for (Dependency d : parse.children(noun)) {
      String rel = d.relation();
      int k = d.dependent();
      if ((rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound"))
          && parse.children(k, "compound").isEmpty()) {
        ActorLexicon.Country c = countryOf(k);
        if (c != null) {
          return c.code();
        }
      }
    }
    return null;
  }
}
