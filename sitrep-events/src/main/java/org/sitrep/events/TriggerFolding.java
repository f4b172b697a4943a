package org.sitrep.events;

import static org.sitrep.events.CoderWords.COMPLEMENT_TAKERS;
import static org.sitrep.events.CoderWords.VERBAL;

import java.util.List;
import java.util.Map;
import org.sitrep.core.doc.Dependency;

/**
 * Folds one sentence's triggers ({@link TriggerMatcher} finds them): complements of verbal events into their verb
 * ("threatened to [strike]"), event nouns into the verb they are subject of ("shelling ... killed"), object nouns
 * into verbal events ("rejected the demand").
 */
final class TriggerFolding extends CoderPart {
  TriggerFolding(CoderContext c) {
    super(c);
  }

  /** Complements of verbal events fold into them; event nouns lend actors to the verbs they are arguments of. */
  void fold(List<Trigger> triggers, Map<Integer, Trigger> byHead) {
    for (Trigger t : triggers) {
      if (!COMPLEMENT_TAKERS.contains(t.entry.category()) || !tokens.get(t.head).isVerb()) {
        continue;
      }
      for (Dependency d : parse.children(t.head)) {
        String r = d.relation();
        boolean complement = r.equals("xcomp") || r.equals("advcl:of") || r.equals("acl:of")
            || r.equals("ccomp") && !t.entry.category().equals("ACCUSE") && !t.entry.category().equals("SUPPORT")
            || r.startsWith("advcl") && parse.prepositionMarks(t.head, d.dependent(), t.entry.preps());
        Trigger c = byHead.get(d.dependent());
        if (complement && c == null && (r.equals("xcomp") || r.equals("ccomp"))) {
          t.clauses.add(d.dependent());
          // "threatened to launch an offensive against ...": the clause's object event folds in too
          for (int o : parse.children(d.dependent(), "obj")) {
            Trigger oc = byHead.get(o);
            if (oc != null && oc != t && !oc.suppressed) {
              oc.suppressed = true;
              t.complements.add(oc);
              if (t.entry.category().equals("THREATEN") && t.mode == null) {
                t.mode = threatMode(oc.entry.category());
              }
            }
          }
        }
        if (complement && c != null && c != t) {
          c.suppressed = true;
          t.complements.add(c);
          if (t.entry.category().equals("AGREE") && Plover.quad(c.entry.category()) == 4
              && !c.entry.category().equals("PROTEST")) {
            t.category = "THREATEN"; // "vowed to fight", "offered to strike": an intent of violence is a threat
          }
          if (t.category.equals("THREATEN") && t.mode == null) {
            t.mode = threatMode(c.entry.category());
          }
          suppressChain(c, byHead);
        }
      }
    }
    for (Trigger t : triggers) {
      if (t.suppressed || !nounLike(t.head)) {
        continue;
      }
      for (Dependency d : parse.heads(t.head)) {
        Trigger v = byHead.get(d.governor());
        if (v == null || v == t || v.suppressed || !tokens.get(v.head).isVerb()) {
          continue;
        }
        String dr = d.relation();
        // "killed 400 people in 500 attacks": the happening the verb tells is the noun's, active or passive
        boolean lends = dr.startsWith("nsubj") && !dr.contains("pass")
            || (dr.equals("obl:in") || dr.equals("obl:during"))
            || (dr.equals("obl:by") || dr.equals("obl:agent") || dr.equals("obl:from"))
            && parse.child(v.head, "nsubj:pass") >= 0;
        if (lends && v.entry.category().equals(t.entry.category())) {
          // "Shelling by Syrian forces killed eight soldiers": one event, the noun's mode and actor
          t.suppressed = true;
          v.lender = t;
          if (t.mode != null) {
            v.mode = t.mode;
            v.cameo = t.cameo;
          }
        }
      }
    }
  }

  /**
   * The dependents of a verbal event that say what it is about: its object ("rejected the demand"), its
   * passive subject, and the goal of agreeing, asking and talking ("agreed to a ceasefire", "called for
   * sanctions", "talks on a truce").
   */
  private static boolean theme(String relation) {
    return relation.equals("obj") || relation.equals("nsubj:pass") || relation.equals("obl:to")
        || relation.equals("obl:for") || relation.equals("obl:on");
  }

  /**
   * "rejected North Korea's demand", "signed a treaty", "agreed to a ceasefire": the noun naming what a
   * verbal event is about folds into the verb; it is the content of the agreement or demand, not a
   * happening of its own.
   */
  void foldObjects(List<Trigger> triggers, Map<Integer, Trigger> byHead) {
    for (Trigger t : triggers) {
      if (t.suppressed || !VERBAL.contains(t.entry.category()) || !tokens.get(t.head).isVerb()) {
        continue;
      }
      for (Dependency d : parse.children(t.head)) {
        Trigger c = byHead.get(d.dependent());
        String r = d.relation();
        if (c != null && c != t && !c.suppressed && nounLike(c.head)
            && (theme(r) || r.equals("obl:of") || r.equals("obl:about"))) {
          // "accused India of support to militants", "warned of attacks": what a saying is about
          c.suppressed = true;
          t.complements.add(c);
          for (Dependency m : parse.children(c.head)) {
            Trigger x = byHead.get(m.dependent());
            String mr = m.relation();
            if (x != null && x != t && !x.suppressed && !freeAdjunct(x.head)
                && (mr.equals("amod") || mr.equals("compound") || mr.startsWith("acl") || mr.startsWith("nmod"))) {
              x.suppressed = true; // "of providing support", "demand for the release of prisoners"
            }
          }
        }
      }
    }
  }

  private void suppressChain(Trigger c, Map<Integer, Trigger> byHead) {
    for (Dependency d : parse.children(c.head)) {
      Trigger x = byHead.get(d.dependent());
      if (x != null && !x.suppressed && (d.relation().equals("xcomp") || d.relation().startsWith("conj")
          || theme(d.relation()) && nounLike(x.head))) {
        x.suppressed = true; // "urged Russia to accept a ceasefire": the ceasefire is what is asked for
      }
    }
  }

  static String threatMode(String category) {
    return switch (category) {
      case "ASSAULT", "MOBILIZE" -> "violence";
      case "COERCE" -> "restrict";
      case "SANCTION" -> "relations";
      default -> null;
    };
  }
}
