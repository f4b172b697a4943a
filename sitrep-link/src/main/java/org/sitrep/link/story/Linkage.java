package org.sitrep.link.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import com.carrotsearch.hppc.IntLongHashMap;
import com.carrotsearch.hppc.cursors.IntLongCursor;

/**
 * Centroid-linkage agglomerative clustering over a sparse similarity graph: the two groups whose centroids are
 * most similar merge, until no pair of groups reaches the threshold. The centroid cosine comes from the pair
 * similarities alone (the sum across the two groups over the square root of the product of the sums within
 * each), a missing pair counting 0. Similarities are integers (billionths), so sums are exact and the result does
 * not depend on the order the edges were visited; ties go to the groups whose smallest document ids sort first.
 * Groups with no pair between them never merge, so each connected component of the graph can be clustered on
 * its own. For incidents, the merges are also <b>evidence-complete</b> ({@link IncidentEvidence}): two groups merge,
 * and a report left alone joins a group, only when no report of one is of another incident than a report of the
 * other by its time or events, so a report that matches two incidents cannot join them into one.
 */
final class Linkage {
  /** One unit of similarity: similarities are stored as longs of this many billionths. */
  static final double SCALE = 1e9;

  /** Stamps the items' group numbers of one clustering, so that stale numbers from another are not read. */
  private static final java.util.concurrent.atomic.AtomicInteger ROUNDS = new java.util.concurrent.atomic.AtomicInteger();

  private Linkage() {
  }

  private static final class Group {
    final List<IndexedArticle> members;
    final String name;
    /** Position in the clustering's list of groups. */
    final int index;
    /** Sum of the pair similarities to each other group, by {@link #index} (absent: none). */
    final IntLongHashMap sums = new IntLongHashMap(4);
    /** The members' incident evidence, where merges must be evidence-complete (incidents); else null. */
    final IncidentEvidence.Members evidence;
    /** Sum over the ordered pairs of members, each with itself included (1 each). */
    long self;
    int version;
    boolean dead;

    Group(List<IndexedArticle> members, int index, IncidentEvidence evidence) {
      this.index = index;
      this.evidence = evidence == null ? null : evidence.new Members(members);
      this.members = new ArrayList<>(members);
      String n = null;
      for (IndexedArticle i : members) {
        n = n == null || i.docId.compareTo(n) < 0 ? i.docId : n;
      }
      this.name = n;
    }
  }

  private record Pair(Group a, Group b, double avg, int va, int vb) {
  }

  /**
   * Merges {@code start} (groups of items) by centroid linkage over the items' edges (incident-level, or
   * storyline-level if {@code line}), down to {@code threshold}, and, where {@code evidence} is given, only groups
   * none of whose reports are of different incidents ({@link IncidentEvidence}); returns the groups, each sorted by document id, in order of
   * their smallest id.
   */
  static List<List<IndexedArticle>> cluster(List<List<IndexedArticle>> start, boolean line,
                                                double threshold, IncidentEvidence evidence) {
    int round = ROUNDS.incrementAndGet();
    List<Group> groups = new ArrayList<>();
    for (List<IndexedArticle> s : start) {
      Group g = new Group(s, groups.size(), evidence);
      for (IndexedArticle i : s) {
        i.group = groups.size();
        i.groupRound = round;
      }
      groups.add(g);
    }
    for (Group g : groups) {
      g.self = (long) SCALE * g.members.size();
      for (IndexedArticle i : g.members) {
        for (int e = 0; e < i.edges.size(); e++) {
          IndexedArticle o = i.edges.other(e);
          Group h = o.groupRound == round ? groups.get(o.group) : null;
          long w = i.edges.weight(e, line);
          if (h == g) {
            g.self += w;
          } else if (h != null && w > 0) {
            g.sums.addTo(h.index, w);
          }
        }
      }
    }
    Comparator<Pair> order = Comparator.comparingDouble((Pair p) -> -p.avg())
        .thenComparing(p -> p.a().name).thenComparing(p -> p.b().name);
    PriorityQueue<Pair> queue = new PriorityQueue<>(order);
    for (Group g : groups) {
      for (IntLongCursor e : g.sums) {
        offer(queue, g, groups.get(e.key), e.value, threshold);
      }
    }
    while (!queue.isEmpty()) {
      Pair p = queue.poll();
      Group a = p.a();
      Group b = p.b();
      if (a.dead || b.dead || a.version != p.va() || b.version != p.vb()) {
        continue;
      }
      if (a.evidence != null && !a.evidence.compatible(b.evidence)) {
        continue; // offered again only when one of them grows, and a larger group is no more compatible
      }
      // b into a
      a.members.addAll(b.members);
      b.dead = true;
      a.self += b.self + 2 * a.sums.getOrDefault(b.index, 0L);
      a.sums.remove(b.index);
      b.sums.remove(a.index);
      for (IntLongCursor e : b.sums) {
        a.sums.addTo(e.key, e.value);
      }
      b.sums.release();
      if (a.evidence != null) {
        a.evidence.absorb(b.evidence);
      }
      a.version++;
      for (IntLongCursor e : a.sums) {
        Group n = groups.get(e.key);
        n.sums.remove(b.index);
        n.sums.put(a.index, e.value);
        offer(queue, a, n, e.value, threshold);
      }
    }
    List<List<IndexedArticle>> out = new ArrayList<>();
    for (Group g : groups) {
      if (!g.dead) {
        List<IndexedArticle> m = new ArrayList<>(g.members);
        m.sort(Comparator.comparing(i -> i.docId));
        out.add(m);
      }
    }
    out.sort(Comparator.comparing(l -> l.get(0).docId));
    return out;
  }

  /**
   * Reports left alone join the group of several whose centroid is most similar to them, where that similarity
   * is at least {@code threshold} (lower than for merging: a group's centroid is settled by then), among the
   * groups with no report of another incident than it where {@code evidence} is given (the reports adopted by one
   * group are not checked against each other: each is compared with the group as clustering left it). Every report is compared with
   * the groups as clustering left them, so the order does not matter.
   */
  static List<List<IndexedArticle>> adopt(List<List<IndexedArticle>> groups, boolean line,
                                              double threshold, IncidentEvidence evidence) {
    int round = ROUNDS.incrementAndGet();
    long[] self = new long[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      self[g] = (long) SCALE * groups.get(g).size();
      for (IndexedArticle i : groups.get(g)) {
        i.group = g;
        i.groupRound = round;
      }
    }
    for (int g = 0; g < groups.size(); g++) {
      for (IndexedArticle i : groups.get(g)) {
        for (int e = 0; e < i.edges.size(); e++) {
          IndexedArticle o = i.edges.other(e);
          if (o.groupRound == round && o.group == g) {
            self[g] += i.edges.weight(e, line);
          }
        }
      }
    }
    List<List<IndexedArticle>> out = new ArrayList<>();
    groups.forEach(g -> out.add(new ArrayList<>(g)));
    IncidentEvidence.Members[] members = new IncidentEvidence.Members[groups.size()];
    boolean[] gone = new boolean[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      if (groups.get(g).size() != 1) {
        continue;
      }
      IndexedArticle x = groups.get(g).get(0);
      Map<Integer, Long> sums = new HashMap<>();
      for (int e = 0; e < x.edges.size(); e++) {
        IndexedArticle o = x.edges.other(e);
        if (o.groupRound == round && groups.get(o.group).size() > 1) {
          sums.merge(o.group, x.edges.weight(e, line), Long::sum);
        }
      }
      int best = -1;
      double bestSim = 0;
      IncidentEvidence.Members mine = evidence == null ? null : evidence.new Members(List.of(x));
      for (Map.Entry<Integer, Long> e : sums.entrySet()) {
        double sim = centroid(e.getValue(), (long) SCALE, self[e.getKey()]);
        if (mine != null && sim >= threshold) {
          int k = e.getKey();
          if (members[k] == null) {
            members[k] = evidence.new Members(groups.get(k));
          }
          if (!mine.compatible(members[k])) {
            continue;
          }
        }
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
    List<List<IndexedArticle>> kept = new ArrayList<>();
    for (int g = 0; g < out.size(); g++) {
      if (!gone[g]) {
        List<IndexedArticle> m = out.get(g);
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
