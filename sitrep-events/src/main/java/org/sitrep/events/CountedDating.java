package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.TimeExpression;

/**
 * Days counted from another happening: "killed 12 gunmen, a day after the attack on Tuesday" (the Wednesday), and the
 * happening counted from, which keeps its own day ({@link EventDating} asks).
 */
final class CountedDating extends CoderPart {
  private final EventDating dating;

  CountedDating(CoderContext c, EventDating dating) {
    super(c);
    this.dating = dating;
  }

  private static final Pattern DAY_SPAN = Pattern.compile("^P(\\d{1,2})([DW])$");

  /**
   * A happening counted from another by a span of days, where the sentence states the other's day ("killed 12
   * gunmen, a day after the attack on the post on Tuesday", "arrested six suspects a day after gunmen attacked a
   * bus on Tuesday", "two days before Friday's vote"): its day is the other's plus or minus the span
   * ({@code count_after}, {@code count_before}), basis {@code anchored}, also under a dated saying (the span counts
   * the happening, not the saying). The happening counted from keeps its own day. Null where the trigger is not
   * the one counted (the span hangs on its clause, on a noun of it, or on the counted-from clause that is its
   * adverbial), or where the other's day is not stated.
   */
  EventDating.Dated anchored(Trigger t, Sentence s, List<TimeExpression> timex, List<TimeExpression> inSentence) {
    for (TimeExpression x : timex) {
      java.util.regex.Matcher m = x.value() == null ? null : DAY_SPAN.matcher(x.value());
      int p = x.tokens().end();
      if (m == null || !m.matches() || !s.span().contains(x.span()) || p >= s.tokens().end()) {
        continue;
      }
      int sign = CoderWords.COUNT_AFTER.contains(parse.lemma(p)) ? 1
          : CoderWords.COUNT_BEFORE.contains(parse.lemma(p)) ? -1 : 0;
      int other = parse.head(p);
      if (sign == 0 || other < 0 || other == t.head) {
        continue;
      }
      TimeExpression day = dating.attached(inSentence, other);
      if (day == null || day.value().length() < 10 || day.value().startsWith("XXXX")
          || !EventDating.DATE_VALUE.matcher(day.value()).find()) {
        continue;
      }
      if (countedClauses(x, other).contains(t.head) || coordinated(t.head, countedClauses(x, other))) {
        int days = Integer.parseInt(m.group(1)) * (m.group(2).equals("W") ? 7 : 1);
        String value = java.time.LocalDate.parse(day.value().substring(0, 10)).plusDays((long) sign * days)
            .toString();
        String text = x.text() + " " + tokens.get(p).text() + " " + day.text();
        return new EventDating.Dated(new TimeExpression(x.tokens(), x.span(), text, "DATE", value, null, null), "anchored");
      }
    }
    return null;
  }

  /**
   * The time expressions but those that count a day from the trigger's own happening ("shelled the town two days
   * after Tuesday's attack", tagged as one expression: its day is the shelling's, not the attack's).
   */
  List<TimeExpression> notCountingFrom(List<TimeExpression> xs, int head) {
    List<TimeExpression> out = new ArrayList<>(xs.size());
    for (TimeExpression x : xs) {
      boolean from = false;
      for (int k = x.tokens().start(); k < x.tokens().end(); k++) {
        String w = parse.lemma(k);
        from |= (CoderWords.COUNT_AFTER.contains(w) || CoderWords.COUNT_BEFORE.contains(w)) && parse.head(k) == head;
      }
      if (!from) {
        out.add(x);
      }
    }
    return out;
  }

  /**
   * The words a span of days counts ("a day" in "killed 12 gunmen, a day after ..."): what the span hangs on, up
   * through nouns to their verb, or, where the span hangs on the happening counted from ("a day after gunmen
   * attacked", parsed with "day" on "attacked"), the clause that happening is the adverbial of.
   */
  private Set<Integer> countedClauses(TimeExpression span, int other) {
    Set<Integer> out = new HashSet<>();
    int g = -1;
    for (int k = span.tokens().start(); k < span.tokens().end() && g < 0; k++) {
      int h = parse.head(k);
      if (h >= 0 && (h < span.tokens().start() || h >= span.tokens().end())) {
        g = h;
      }
    }
    if (g == other) {
      g = parse.headRel(other).startsWith("advcl") ? parse.head(other) : -1;
    }
    for (int depth = 0; depth < 3 && g >= 0 && g != other; depth++) {
      out.add(g);
      if (!tokens.get(g).isNoun()) {
        break;
      }
      g = parse.head(g);
    }
    return out;
  }

  /** Whether a token is coordinated with one of {@code clauses} ("rescued 40 hostages and killed 12 gunmen"). */
  private boolean coordinated(int v, Set<Integer> clauses) {
    for (var d : parse.heads(v)) {
      if (d.relation().startsWith("conj") && clauses.contains(d.governor())) {
        return true;
      }
    }
    for (var d : parse.children(v)) {
      if (d.relation().startsWith("conj") && clauses.contains(d.dependent())) {
        return true;
      }
    }
    return false;
  }
}
