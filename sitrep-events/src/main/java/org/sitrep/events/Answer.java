package org.sitrep.events;

import static org.sitrep.events.CoderWords.ANSWERED;
import static org.sitrep.events.CoderWords.ANSWERING;

import java.util.List;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.EventRecord;

/**
 * Whom an answer is aimed at when what it answers has no author named: "Peru dismissed the accusations", "Togo
 * rejected the request" answer the accusation or request last made against the answering party in the article
 * ("Chile accused Peru of spying ..."), so they are aimed at its maker. An answer (`answering`: REJECT) whose folded
 * object is a noun of `answered` (ACCUSE, REQUEST) with no author of another country than the answerer's, and with no recipient of another
 * country than its actor's, gets the actors of the latest earlier event of the noun's category whose recipient is of
 * the answering party's country.
 */
final class Answer {
  private Answer() {}

  static void aim(Trigger t, List<EventRecord> earlier, List<org.sitrep.core.doc.Token> tokens) {
    if (!ANSWERING.contains(t.entry.category()) || t.actor.isEmpty()
        || t.recipient.stream().anyMatch(r -> r.country() != null && !ofActor(t, r.country()))) {
      return;
    }
    String answered = null;
    for (Trigger c : t.complements) {
      // the noun's actor, if any, is the answering party itself (lent by the verb it is the object of)
      if (c.actor.stream().allMatch(a -> a.country() == null || ofActor(t, a.country()))
          && ANSWERED.contains(c.entry.category()) && tokens.get(c.head).isNoun()) {
        answered = c.entry.category();
        break;
      }
    }
    if (answered == null) {
      return;
    }
    for (int k = earlier.size() - 1; k >= 0; k--) {
      EventRecord prev = earlier.get(k);
      if (prev.event().equals(answered)
          && prev.recipient().stream().anyMatch(r -> r.country() != null && ofActor(t, r.country()))) {
        List<ActorRecord> makers = prev.actor().stream().filter(a -> a.country() != null && !ofActor(t, a.country()))
            .toList();
        if (!makers.isEmpty()) {
          t.recipient.removeIf(r -> r.country() == null || ofActor(t, r.country())); // not "it" of "accusations it ..."
          t.recipient.addAll(makers);
          return;
        }
      }
    }
  }

  private static boolean ofActor(Trigger t, String country) {
    return t.actor.stream().anyMatch(a -> country.equals(a.country()));
  }
}
