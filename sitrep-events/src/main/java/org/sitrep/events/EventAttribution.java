package org.sitrep.events;

import static org.sitrep.events.CoderWords.SPEECH;

import java.util.List;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.model.ActorCode;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.Attribution;

/**
 * Who reports an event: the attribution scope around its trigger, else the speech verb its clause is the
 * complement of, a parenthetical "..., the ministry said", or "according to X".
 */
final class EventAttribution extends CoderPart {
  private final ActorResolver resolver;
  private final boolean haveAttributions;
  private final List<Attribution.Scope> scopes;

  EventAttribution(CoderContext c, ActorResolver resolver) {
    super(c);
    this.resolver = resolver;
    this.haveAttributions = c.doc.has(Layers.ATTRIBUTIONS);
    this.scopes = c.doc.list(Layers.ATTRIBUTIONS);
  }

  Attribution attribution(Trigger t, int ts, int te) {
    if (haveAttributions) {
      Attribution.Scope best = null;
      for (Attribution.Scope sc : scopes) {
        if (sc.span().start() <= ts && te <= sc.span().end()
            && (best == null || sc.span().length() < best.span().length())) {
          best = sc;
        }
      }
      return best == null ? null : best.attribution();
    }
    // fallback: the trigger is in the complement of a speech verb ("the ministry said that ..."), or its clause
    // carries one ("..., the ministry said") or an "according to X"
    int cur = t.head;
    for (int depth = 0; depth < 4 && cur >= 0; depth++) {
      for (Dependency d : parse.children(cur)) {
        if (d.relation().startsWith("parataxis") && SPEECH.contains(parse.lemma(d.dependent()))) {
          Attribution a = speaker(d.dependent(), t);
          if (a != null) {
            return a;
          }
        }
        if (d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to")) {
          return speakerOf(d.dependent(), "according to", t);
        }
      }
      int g = parse.head(cur);
      String r = parse.headRel(cur);
      if (g < 0) {
        break;
      }
      if ((r.equals("ccomp") || r.startsWith("parataxis")) && SPEECH.contains(parse.lemma(g))) {
        Attribution a = speaker(g, t);
        if (a != null) {
          return a;
        }
      }
      if (!(r.equals("ccomp") || r.startsWith("conj") || r.startsWith("advcl") || r.equals("xcomp")
          || r.startsWith("parataxis"))) {
        break;
      }
      cur = g;
    }
    return null;
  }

  private Attribution speaker(int verb, Trigger t) {
    int subj = parse.child(verb, "nsubj");
    return subj < 0 ? null : speakerOf(subj, tokens.get(verb).text(), t);
  }

  private Attribution speakerOf(int head, String cue, Trigger t) {
    List<ActorRecord> who = resolver.resolve(head, t);
    int[] range = NounPhrase.rangeNoConj(parse, head);
    String speakerText = ActorReader.surface(tokens, range[0], range[1]);
    ActorRecord a = who.isEmpty() ? null : who.get(0);
    String name = a != null && a.name() != null ? a.name() : speakerText;
    return new Attribution(name, cue, speakerText, a == null ? null : new ActorCode(a.country(), a.sector()));
  }
}
