package org.sitrep.events;

import static org.sitrep.events.CoderWords.SPEECH;
import static org.sitrep.events.CoderWords.VERBAL;

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

  /** Where a date comes from: the time expression (or null) and the basis ({@code stated}, ...). */
  record Dated(TimeExpression when, String basis) {
  }


  /**
   * The sentence's time expression that belongs to the trigger's own clause: attached to the trigger or to a
   * clause it hangs from (xcomp, advcl, conj, ...), but not to a verb of saying whose complement it is ("the
   * ministry said on Thursday that shelling killed eight": Thursday dates the saying, basis
   * {@code statement_only}). A trigger that is itself the verb of saying takes it, and so does a verbal event
   * (ACCUSE, REQUEST, SUPPORT, ...) reported by it: "Putin said Thursday that Russia supports the proposal".
   */
  Dated date(Trigger t, Sentence s, List<TimeExpression> timex) {
    List<TimeExpression> inSentence = new ArrayList<>();
    for (TimeExpression x : timex) {
      if (s.span().contains(x.span()) && ("DATE".equals(x.type()) || "TIME".equals(x.type()))
          && x.value() != null && DATE_VALUE.matcher(x.value()).find()) {
        inSentence.add(x);
      }
    }
    if (inSentence.isEmpty()) {
      return new Dated(null, "none");
    }
    // walk up from the trigger through its clause and the clauses it hangs from
    int cur = t.head;
    boolean speech = false; // cur is a verb of saying that the trigger's clause is the complement of
    for (int depth = 0; depth < 4 && cur >= 0; depth++) {
      TimeExpression x = attached(inSentence, cur);
      if (x != null) {
        // a verbal event (accuse, demand, support, ...) is itself a saying: the speech verb's time is its own
        return speech && !VERBAL.contains(t.category) ? new Dated(null, "statement_only") : stated(x);
      }
      String rel = parse.headRel(cur);
      if (!(rel.equals("xcomp") || rel.startsWith("advcl") || rel.startsWith("conj") || rel.equals("ccomp")
          || rel.equals("obj") || rel.startsWith("nsubj") || rel.startsWith("acl") || rel.equals("dep")
          || rel.startsWith("parataxis"))) {
        break;
      }
      int g = parse.head(cur);
      if (g >= 0 && (rel.equals("ccomp") || rel.startsWith("parataxis")) && SPEECH.contains(parse.lemma(g))) {
        speech = true;
      }
      cur = g;
    }
    // "..., the ministry said on Thursday": the time on a parenthetical verb of saying dates the saying
    for (int k : parse.children(t.head, "parataxis")) {
      if (SPEECH.contains(parse.lemma(k)) && attached(inSentence, k) != null) {
        return VERBAL.contains(t.category) ? stated(attached(inSentence, k)) : new Dated(null, "statement_only");
      }
    }
    // one date in the sentence and the trigger is in its main clause
    if (inSentence.size() == 1) {
      int g = parse.head(t.head);
      String rel = parse.headRel(t.head);
      if (g < 0 || rel.equals("root") || rel.startsWith("conj") && parse.head(g) < 0) {
        return stated(inSentence.get(0));
      }
    }
    return new Dated(null, "none");
  }

  private static Dated stated(TimeExpression x) {
    return new Dated(x, CoderWords.TODAY.contains(Text.fold(x.text())) ? "article_date" : "stated");
  }

  /** A time expression of the sentence whose token attaches to {@code head} as a modifier. */
  private TimeExpression attached(List<TimeExpression> inSentence, int head) {
    for (TimeExpression x : inSentence) {
      for (int k = x.tokens().start(); k < x.tokens().end(); k++) {
        int g = parse.head(k);
        String rel = parse.headRel(k);
        if (g == head && (rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advmod")
            || rel.equals("obl:tmod") || rel.equals("nmod:tmod") || rel.equals("compound") || rel.equals("amod"))) {
          return x;
        }
      }
    }
    return null;
  }
}
