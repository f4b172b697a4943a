package org.sitrep.events;

import static org.sitrep.events.CoderWords.TRIAL_NOUNS;

import org.sitrep.core.doc.Dependency;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.PlaceRecord;

/**
 * Who accuses the defendants of a trial named by where it is held: "A trial opened in Paris over the bombing ...
 * Two soldiers and a mercenary stand accused of the bombing" are accused by the French state, whose court tries them.
 * The pattern: an accusation (ACCUSE) with no actor and with recipients, none of them the state of the trial's
 * country, where the latest trial (`trial_nouns`) the article names before it (or in its sentence) is named with
 * the place it is held in: the trial noun's own "in" phrase or that of the verb it is the subject or object of ("a
 * trial opened in Paris", "went on trial in Nairobi"; "this trial", with no place, names none). The accuser is that
 * place's country's judiciary (sector JUD): the place's country, never the defendants' (branch evrole9).
 */
final class TrialCourt extends CoderPart {
  TrialCourt(CoderContext c) {
    super(c);
  }

  void aim(Trigger t) {
    if (!t.entry.category().equals("ACCUSE") || !t.actor.isEmpty() || t.recipient.isEmpty()) {
      return;
    }
    int end = t.head;
    int sentence = tokens.get(end).sentence();
    while (end + 1 < tokens.size() && tokens.get(end + 1).sentence() == sentence) {
      end++;
    }
    String court = null;
    for (int i = end; i >= 0; i--) {
      if (tokens.get(i).isNoun() && TRIAL_NOUNS.contains(parse.lemma(i))) {
        court = placeCountry(i); // the latest trial named: "this trial", with no place, names none
        break;
      }
    }
    String c = court;
    // a state accused ("Paris was accused of aiding rebels") is not tried by its own court
    if (c == null || t.recipient.stream().anyMatch(r -> c.equals(r.country())
        && (r.sector() == null || r.sector().equals("GOV")))) {
      return;
    }
    t.actor.add(new ActorRecord(null, countryName(c), c, "JUD", null));
  }

  /** The country of the place a trial noun is held in: its "in" phrase, or its verb's; else null. */
  private String placeCountry(int trial) {
    String own = inPlace(trial, "nmod:in");
    if (own != null) {
      return own;
    }
    int verb = parse.head(trial);
    String rel = parse.headRel(trial);
    if (verb >= 0 && tokens.get(verb).isVerb() && (rel.startsWith("nsubj") || rel.equals("obj")
        || rel.startsWith("obl"))) {
      return inPlace(verb, "obl:in");
    }
    return null;
  }

  private String inPlace(int head, String rel) {
    for (Dependency d : parse.children(head)) {
      if (!d.relation().equals(rel)) {
        continue;
      }
      PlaceRecord p = placeAt.get(tokens.get(d.dependent()).span().start());
      if (p == null) {
        int[] r = NounPhrase.rangeNoConj(parse, d.dependent());
        for (int k = r[0]; k < r[1] && p == null; k++) {
          p = placeAt.get(tokens.get(k).span().start());
        }
      }
      if (p != null && p.countryCode() != null) {
        return iso3(p.countryCode());
      }
    }
    return null;
  }
}
