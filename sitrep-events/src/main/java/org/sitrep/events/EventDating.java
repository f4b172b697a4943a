package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.TimeExpression;

/** The time expression that dates a trigger: one attached to its clause or the clauses it hangs from. */
final class EventDating extends CoderPart {
  static final Pattern DATE_VALUE = Pattern.compile("^((\\d{4}|XXXX)-\\d{2}(-\\d{2})?)");

  EventDating(CoderContext c) {
    super(c);
  }

  /** The sentence's time expression attached to the trigger (or to the clause it hangs from). */
  TimeExpression date(Trigger t, Sentence s, List<TimeExpression> timex) {
    List<TimeExpression> inSentence = new ArrayList<>();
    for (TimeExpression x : timex) {
      if (s.span().contains(x.span()) && ("DATE".equals(x.type()) || "TIME".equals(x.type()))
          && x.value() != null && DATE_VALUE.matcher(x.value()).find()) {
        inSentence.add(x);
      }
    }
    if (inSentence.isEmpty()) {
      return null;
    }
    // walk up from the trigger through its clause and the clauses it hangs from
    int cur = t.head;
    for (int depth = 0; depth < 4 && cur >= 0; depth++) {
      for (TimeExpression x : inSentence) {
        for (int k = x.tokens().start(); k < x.tokens().end(); k++) {
          int g = parse.head(k);
          String rel = parse.headRel(k);
          if (g == cur && (rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advmod")
              || rel.equals("obl:tmod") || rel.equals("nmod:tmod") || rel.equals("compound") || rel.equals("amod"))) {
            return x;
          }
        }
      }
      String rel = parse.headRel(cur);
      if (!(rel.equals("xcomp") || rel.startsWith("advcl") || rel.startsWith("conj") || rel.equals("ccomp")
          || rel.equals("obj") || rel.startsWith("nsubj") || rel.startsWith("acl") || rel.equals("dep")
          || rel.startsWith("parataxis"))) {
        break;
      }
      cur = parse.head(cur);
    }
    // one date in the sentence and the trigger is in its main clause
    if (inSentence.size() == 1) {
      int g = parse.head(t.head);
      String rel = parse.headRel(t.head);
      if (g < 0 || rel.equals("root") || rel.startsWith("conj") && parse.head(g) < 0) {
        return inSentence.get(0);
      }
    }
    return null;
  }
}
