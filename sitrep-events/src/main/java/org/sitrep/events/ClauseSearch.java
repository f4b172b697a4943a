package org.sitrep.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.sitrep.core.doc.Dependency;

/**
 * Where {@link RoleExtractor} looks for a recipient beyond the trigger's own object: the trigger's dependents and
 * those of its objects and complement clauses, breadth first, and the arguments inside a complement clause.
 */
final class ClauseSearch extends CoderPart {
  ClauseSearch(CoderContext c) {
    super(c);
  }

  /** Dependents of the trigger (and of its objects and complement clauses), breadth first, for a recipient. */
  List<Integer> recipientSearch(int h, Set<Integer> skip) {
    List<Integer> out = new ArrayList<>();
    ArrayDeque<int[]> todo = new ArrayDeque<>();
    todo.add(new int[] {h, 0});
    BitSet seenTok = new BitSet();
    seenTok.set(h);
    while (!todo.isEmpty()) {
      int[] cur = todo.poll();
      for (Dependency d : parse.children(cur[0])) {
        String r = d.relation();
        int k = d.dependent();
        if (r.equals("acl") && cur[0] != h && "VBN".equals(tokens.get(k).pos()) && !seenTok.get(k)) {
          // the author of what the event answers: "rejected the allegations made by Pakistan", "vetoed a draft
          // put forward by Russia" -> the agent of the participle that describes the object
          seenTok.set(k);
          for (Dependency a : parse.children(k)) {
            if ((a.relation().equals("obl:agent") || a.relation().equals("obl:by")) && !skip.contains(a.dependent())) {
              out.add(a.dependent());
            }
          }
          continue;
        }
        if (seenTok.get(k) || skip.contains(k) || r.startsWith("nsubj") || r.startsWith("advcl")
            || r.startsWith("parataxis") || r.startsWith("conj") || r.equals("obl:agent") || r.startsWith("acl")
            || r.equals("punct") || r.equals("nmod:poss") && cur[0] == h) {
          continue;
        }
        seenTok.set(k);
        boolean arg = r.equals("obj") || r.equals("iobj") || r.startsWith("obl") || r.startsWith("nmod")
            || r.equals("amod") && cur[0] != h;
        if (arg) {
          out.add(k);
        }
        if (cur[1] < 2 && (arg || r.equals("xcomp") || r.equals("ccomp"))) {
          todo.add(new int[] {k, cur[1] + 1});
        }
      }
    }
    return out;
  }

  /** Objects and oblique arguments inside a complement clause, nearest first. */
  List<Integer> arguments(int clause) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : parse.children(clause)) {
      String r = d.relation();
      if (r.equals("obj") || r.equals("iobj") || r.startsWith("obl:") && !r.equals("obl:tmod")) {
        out.add(d.dependent());
        for (Dependency d2 : parse.children(d.dependent())) {
          if (d2.relation().startsWith("nmod:") && !d2.relation().equals("nmod:poss")) {
            out.add(d2.dependent());
          }
        }
      }
    }
    return out;
  }
}
