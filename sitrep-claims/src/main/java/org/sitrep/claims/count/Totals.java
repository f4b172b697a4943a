package org.sitrep.claims.count;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.claims.text.DocIndex;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.model.NumberValue;

/**
 * The total of conjoined figures that one word counts: "at least 21 passengers and four troops died" (25),
 * "killed a scientist and nine soldiers" (10), "a man and a woman were shot dead" (2). The figures' nouns are
 * conjuncts and the same kind word governs them; a part of a stated total ("eight, including seven soldiers")
 * is never summed. The total is one more figure, its text spanning the parts; the parts stay.
 */
final class Totals {
  private Totals() {
  }

  static void add(DocIndex ix, List<Quantity> qs, List<CountReading.Reading> rs) {
    int n = qs.size();
    boolean[] used = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (used[i] || rs.get(i).part() || rs.get(i).noun() < 0) {
        continue;
      }
      List<Integer> group = new ArrayList<>(List.of(i));
      for (int j = i + 1; j < n; j++) {
        CountReading.Reading a = rs.get(i);
        CountReading.Reading b = rs.get(j);
        if (!used[j] && !b.part() && b.noun() >= 0 && b.kindToken() == a.kindToken() && b.kind().equals(a.kind())
            && conjoined(ix, a.noun(), b.noun())) {
          group.add(j);
        }
      }
      if (group.size() < 2) {
        continue;
      }
      group.forEach(g -> used[g] = true);
      Quantity first = qs.get(group.get(0));
      Quantity last = qs.get(group.get(group.size() - 1));
      long value = 0;
      long low = 0;
      Long high = 0L;
      boolean atLeast = false;
      boolean other = false;
      for (int g : group) {
        NumberValue v = qs.get(g).number();
        if (v.value() == null || v.low() == null) {
          other = true;
          break;
        }
        value += v.value();
        low += v.low();
        high = high == null || v.high() == null ? null : high + v.high();
        atLeast |= v.qualifier().equals("at_least");
        other |= !v.qualifier().equals("exact") && !v.qualifier().equals("at_least");
      }
      if (other) {
        continue; // vague or approximate parts: no sum worth stating
      }
      int end = Math.max(last.lastToken(), rs.get(group.get(group.size() - 1)).noun());
      String text = ix.text().substring(ix.token(first.firstToken()).span().start(), ix.token(end).span().end());
      NumberValue total = new NumberValue(value, low, high, atLeast ? "at_least" : "exact", text);
      qs.add(new Quantity(first.firstToken(), end, first.head(), total));
      CountReading.Reading r = rs.get(group.get(0));
      rs.add(new CountReading.Reading(r.kind(), r.kindToken(), -1, false, true));
    }
  }

  /** Whether one noun is a conjunct of the other, or both of a third. */
  private static boolean conjoined(DocIndex ix, int a, int b) {
    for (Dependency d : ix.heads(b)) {
      if (d.relation().startsWith("conj") && (d.governor() == a || ix.heads(a).stream()
          .anyMatch(x -> x.relation().startsWith("conj") && x.governor() == d.governor()))) {
        return true;
      }
    }
    for (Dependency d : ix.heads(a)) {
      if (d.relation().startsWith("conj") && d.governor() == b) {
        return true;
      }
    }
    return false;
  }
}
