package org.sitrep.link.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.ToLongFunction;

/**
 * Centroid-linkage agglomerative clustering over a sparse similarity graph: the two groups whose centroids are
 * most similar merge, until no pair of groups reaches the threshold. The centroid cosine comes from the pair
 * similarities alone (the sum across the two groups over the square root of the product of the sums within
 * each), a missing pair counting 0. Similarities are integers (billionths), so sums are exact and the result does
 * not depend on the order the edges were visited; ties go to the groups whose smallest document ids sort first.
 * Groups with no pair between them never merge, so each connected component of the graph can be clustered on
 * its own.
 */
final class Linkage {
  /** One unit of similarity: similarities are stored as longs of this many billionths. */
  static final double SCALE = 1e9;

  private Linkage() {
  }

  private static final class Group {
    final List<IncidentIndex.Item> members;
    final String name;
    final Map<Group, Long> sums = new HashMap<>();
    /** Sum over the ordered pairs of members, each with itself included (1 each). */
    long self;
    int version;
    boolean dead;

    Group(List<IncidentIndex.Item> members) {
      this.members = new ArrayList<>(members);
      String n = null;
      for (IncidentIndex.Item i : members) {
        n = n == null || i.docId.compareTo(n) < 0 ? i.docId : n;
      }
      this.name = n;
    }
  }

  private record Pair(Group a, Group b, double avg, int va, int vb) {
  }

  /**
   * Merges {@code start} (groups of items) by average link of {@code weight} over the items' edges, down to
   * {@code threshold}; returns the groups, each sorted by document id, in order of their smallest id.
   */
  static List<List<IncidentIndex.Item>> cluster(List<List<IncidentIndex.Item>> start,
                                                ToLongFunction<double[]> weight, double threshold) {
    Map<IncidentIndex.Item, Group> of = new HashMap<>();
    List<Group> groups = new ArrayList<>();
    for (List<IncidentIndex.Item> s : start) {
      Group g = new Group(s);
      groups.add(g);
      s.forEach(i -> of.put(i, g));
    }
    for (Group g : groups) {
      g.self = (long) SCALE * g.members.size();
      for (IncidentIndex.Item i : g.members) {
        for (Map.Entry<IncidentIndex.Item, double[]> e : i.edges.entrySet()) {
          Group h = of.get(e.getKey());
          long w = weight.applyAsLong(e.getValue());
          if (h == g) {
            g.self += w;
          } else if (h != null && w > 0) {
            g.sums.merge(h, w, Long::sum);
          }
        }
      }
    }
    Comparator<Pair> order = Comparator.comparingDouble((Pair p) -> -p.avg())
        .thenComparing(p -> p.a().name).thenComparing(p -> p.b().name);
    PriorityQueue<Pair> queue = new PriorityQueue<>(order);
    for (Group g : groups) {
      for (Map.Entry<Group, Long> e : g.sums.entrySet()) {
        offer(queue, g, e.getKey(), e.getValue(), threshold);
      }
    }
    while (!queue.isEmpty()) {
      Pair p = queue.poll();
      Group a = p.a();
      Group b = p.b();
      if (a.dead || b.dead || a.version != p.va() || b.version != p.vb()) {
        continue;
      }
      // b into a
      a.members.addAll(b.members);
      b.dead = true;
      a.self += b.self + 2 * a.sums.getOrDefault(b, 0L);
      a.sums.remove(b);
      b.sums.remove(a);
      for (Map.Entry<Group, Long> e : b.sums.entrySet()) {
        a.sums.merge(e.getKey(), e.getValue(), Long::sum);
      }
      a.version++;
      for (Map.Entry<Group, Long> e : a.sums.entrySet()) {
        Group n = e.getKey();
        n.sums.remove(b);
        n.sums.put(a, e.getValue());
        offer(queue, a, n, e.getValue(), threshold);
      }
    }
    List<List<IncidentIndex.Item>> out = new ArrayList<>();
    for (Group g : groups) {
      if (!g.dead) {
        List<IncidentIndex.Item> m = new ArrayList<>(g.members);
        m.sort(Comparator.comparing(i -> i.docId));
        out.add(m);
      }
    }
    out.sort(Comparator.comparing(l -> l.get(0).docId));
    return out;
  }

  /**
   * Reports left alone join the group of several whose centroid is most similar to them, where that similarity
   * is at least {@code threshold} (lower than for merging: a group's centroid is settled by then). Every report
   * is compared with the groups as clustering left them, so the order does not matter.
   */
  static List<List<IncidentIndex.Item>> adopt(List<List<IncidentIndex.Item>> groups, ToLongFunction<double[]> weight,
                                              double threshold) {
    Map<IncidentIndex.Item, Integer> of = new HashMap<>();
    long[] self = new long[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      self[g] = (long) SCALE * groups.get(g).size();
      for (IncidentIndex.Item i : groups.get(g)) {
        of.put(i, g);
      }
    }
    for (int g = 0; g < groups.size(); g++) {
      for (IncidentIndex.Item i : groups.get(g)) {
        for (Map.Entry<IncidentIndex.Item, double[]> e : i.edges.entrySet()) {
          Integer h = of.get(e.getKey());
          if (h != null && h == g) {
            self[g] += weight.applyAsLong(e.getValue());
          }
        }
      }
    }
    List<List<IncidentIndex.Item>> out = new ArrayList<>();
    groups.forEach(g -> out.add(new ArrayList<>(g)));
    boolean[] gone = new boolean[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      if (groups.get(g).size() != 1) {
        continue;
      }
      IncidentIndex.Item x = groups.get(g).get(0);
      Map<Integer, Long> sums = new HashMap<>();
      for (Map.Entry<IncidentIndex.Item, double[]> e : x.edges.entrySet()) {
        Integer h = of.get(e.getKey());
        if (h != null && groups.get(h).size() > 1) {
          sums.merge(h, weight.applyAsLong(e.getValue()), Long::sum);
        }
      }
      int best = -1;
      double bestSim = 0;
      for (Map.Entry<Integer, Long> e : sums.entrySet()) {
        double sim = centroid(e.getValue(), (long) SCALE, self[e.getKey()]);
        if (sim > bestSim || sim == bestSim && best >= 0 && e.getKey() < best) {
          bestSim = sim;
          best = e.getKey();
        }
      }
      if (best >= 0 && bestSim >= threshold) {
        out.get(best).add(x);
        gone[g] = true;
      }
    }
    List<List<IncidentIndex.Item>> kept = new ArrayList<>();
    for (int g = 0; g < out.size(); g++) {
      if (!gone[g]) {
        List<IncidentIndex.Item> m = out.get(g);
        m.sort(Comparator.comparing(i -> i.docId));
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparing(l -> l.get(0).docId));
    return kept;
  }

  /** Mean similarity of two groups: the exact sum over their cross pairs over the number of pairs. */
  static double average(long sum, int sizeA, int sizeB) {
    return sum / SCALE / ((double) sizeA * sizeB);
  }

  /**
   * Cosine of the two groups' centroids, from the pair similarities alone: the sum across over the square root
   * of the product of the sums within (each member counting 1 with itself).
   */
  static double centroid(long sum, long selfA, long selfB) {
    return sum / Math.sqrt((double) selfA * selfB);
  }

  private static void offer(PriorityQueue<Pair> q, Group x, Group y, long sum, double threshold) {
    double avg = centroid(sum, x.self, y.self);
    if (avg >= threshold) {
      Group a = x.name.compareTo(y.name) < 0 ? x : y;
      Group b = a == x ? y : x;
      q.add(new Pair(a, b, avg, a.version, b.version));
    }
  }
}
