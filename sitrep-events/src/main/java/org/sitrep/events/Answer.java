package org.sitrep.events;

import static org.sitrep.events.CoderWords.ANSWERED;
import static org.sitrep.events.CoderWords.ANSWERING;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.EventRecord;

/**
 * Whom an answer is aimed at when what it answers has no author named: "Peru dismissed the accusations", "Togo
 * rejected the request" answer the accusation or request last made against the answering party in the article
 * ("Chile accused Peru of spying ..."), so they are aimed at its maker. An answer (`answering`: REJECT) whose object
 * is a noun of `answered` (ACCUSE, REQUEST; a folded event noun, or an object noun the lexicon gives that category,
 * also one the parser hung as "dep" from the clause it introduces)
 * with no author of another country than the answerer's, and with no recipient of another country than its actor's
 * but those named from the noun on (who is accused, or named in what is alleged: "accusations it is getting weapons
 * from X"), gets the actors of the latest earlier event of the noun's category whose recipient is of the answering
 * party's country; the parties named from the noun on are then no recipients.
 */
final class Answer extends CoderPart {
  Answer(CoderContext c) {
    super(c);
  }

  void aim(Trigger t, List<EventRecord> earlier) {
    if (!ANSWERING.contains(t.entry.category()) || t.actor.isEmpty()) {
      return;
    }
    int noun = -1;
    String answered = null;
    for (Trigger c : t.complements) {
      // the noun's actor, if any, is the answering party itself (lent by the verb it is the object of)
      if (c.actor.stream().allMatch(a -> a.country() == null || ofActor(t, a.country()))
          && ANSWERED.contains(c.entry.category()) && tokens.get(c.head).isNoun()) {
        noun = c.head;
        answered = c.entry.category();
        break;
      }
    }
    if (noun < 0) {
      // an object noun of an answered category that is no trigger of its own, with no author named on it
      // ... also a noun the parser hung as "dep" from the clause it introduces ("dismissed accusations it is
      // getting weapons": the clause is read as the verb's complement, the noun as a loose dependent of it)
      List<Integer> objects = new ArrayList<>(parse.children(t.head, "obj"));
      for (int x : parse.children(t.head, "ccomp")) {
        for (int d : parse.children(x, "dep")) {
          if (d < x) {
            objects.add(d);
          }
        }
      }
      for (int o : objects) {
        if (tokens.get(o).isNoun() && parse.child(o, "nmod:poss") < 0 && parse.child(o, "nmod:by") < 0
            && parse.child(o, "compound") < 0 && parse.child(o, "amod") < 0) {
          for (Lexicon.Entry e : lexicon.byHead(parse.lemma(o))) {
            if (e.noun() && ANSWERED.contains(e.category())) {
              noun = o;
              answered = e.category();
            }
          }
        }
      }
    }
    if (noun < 0) {
      return;
    }
    String alleged = after(noun);
    if (t.recipient.stream().anyMatch(r -> r.country() != null && !ofActor(t, r.country()) && !namedIn(r, alleged))) {
      return;
    }
    for (int k = earlier.size() - 1; k >= 0; k--) {
      EventRecord prev = earlier.get(k);
      if (prev.event().equals(answered)
          && prev.recipient().stream().anyMatch(r -> r.country() != null && ofActor(t, r.country()))) {
        List<ActorRecord> makers = prev.actor().stream().filter(a -> a.country() != null && !ofActor(t, a.country()))
            .toList();
        if (!makers.isEmpty()) {
          t.recipient.removeIf(r -> r.country() == null || ofActor(t, r.country()) || namedIn(r, alleged));
          t.recipient.addAll(makers);
          return;
        }
      }
    }
  }

  /** The words of the sentence from the answered noun on (the noun and what it says is alleged), without spaces. */
  private String after(int noun) {
    StringBuilder b = new StringBuilder();
    int sentence = tokens.get(noun).sentence();
    for (int i = noun; i < tokens.size() && tokens.get(i).sentence() == sentence; i++) {
      b.append(tokens.get(i).text());
    }
    return b.toString();
  }

  private static boolean namedIn(ActorRecord r, String alleged) {
    return r.text() != null && alleged.contains(r.text().replace(" ", ""));
  }

  private static boolean ofActor(Trigger t, String country) {
    return t.actor.stream().anyMatch(a -> country.equals(a.country()));
  }
}
