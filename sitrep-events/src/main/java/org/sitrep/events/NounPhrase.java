package org.sitrep.events;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import org.sitrep.core.doc.Dependency;

/** The token range of a noun phrase: its head and the modifiers that name who it is. */
final class NounPhrase {
  private NounPhrase() {
  }

  static boolean modifier(String rel) {
    return rel.equals("compound") || rel.startsWith("compound:") || rel.equals("amod") || rel.equals("nmod:poss")
        || rel.equals("det") || rel.equals("flat") || rel.startsWith("flat:") || rel.equals("case")
        || rel.equals("nmod:of") || rel.equals("nmod:for") || rel.equals("nmod:from") || rel.equals("nummod")
        || rel.equals("cc") || rel.startsWith("conj") || rel.equals("nmod:to") || rel.equals("nmod:with")
        || rel.equals("nmod:in") || rel.equals("advmod");
  }

  /** [start, end) of the phrase headed by {@code head}, within its sentence. */
  static int[] range(Parse parse, int head) {
    BitSet seen = new BitSet();
    Deque<int[]> todo = new ArrayDeque<>();
    todo.add(new int[] {head, 0});
    seen.set(head);
    int lo = head;
    int hi = head;
    while (!todo.isEmpty()) {
      int[] cur = todo.poll();
      if (cur[1] > 4) {
        continue;
      }
      for (Dependency d : parse.children(cur[0])) {
        int k = d.dependent();
        String rel = d.relation();
        boolean conj = rel.startsWith("conj") || rel.equals("cc");
        if (seen.get(k) || !modifier(rel) || conj && cur[0] != head) {
          continue;
        }
        // nmod:* only below a head noun, and only the nearest level
        if (rel.startsWith("nmod:") && !rel.equals("nmod:poss") && cur[1] > 1) {
          continue;
        }
        if (rel.equals("case") && cur[0] == head && k > head && !Text.isPossessive(parse.token(k).text())) {
          continue;
        }
        seen.set(k);
        lo = Math.min(lo, k);
        hi = Math.max(hi, k);
        todo.add(new int[] {k, cur[1] + 1});
      }
    }
    return new int[] {lo, hi + 1};
  }

  /** [start, end) without conjuncts: the range of one conjunct's own modifiers. */
  static int[] rangeNoConj(Parse parse, int head) {
    BitSet seen = new BitSet();
    Deque<int[]> todo = new ArrayDeque<>();
    todo.add(new int[] {head, 0});
    seen.set(head);
    int lo = head;
    int hi = head;
    while (!todo.isEmpty()) {
      int[] cur = todo.poll();
      if (cur[1] > 4) {
        continue;
      }
      for (Dependency d : parse.children(cur[0])) {
        int k = d.dependent();
        String rel = d.relation();
        if (seen.get(k) || !modifier(rel) || rel.startsWith("conj") || rel.equals("cc")) {
          continue;
        }
        if (rel.startsWith("nmod:") && !rel.equals("nmod:poss") && cur[1] > 1) {
          continue;
        }
        seen.set(k);
        lo = Math.min(lo, k);
        hi = Math.max(hi, k);
        todo.add(new int[] {k, cur[1] + 1});
      }
    }
    return new int[] {lo, hi + 1};
  }
}
