package org.sitrep.link.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.link.LinkSettings;

/**
 * Incremental story clustering: articles arrive one at a time (in time order, for the time decay to mean
 * anything); each joins the most similar open story or starts a new one. Candidate stories come from
 * postings lists (feature -> stories, most recent last) over the article's strongest text terms and keys,
 * each read back a bounded number of entries, so the cost of an article does not grow with the corpus.
 * Document frequencies are counted as articles arrive, so the result depends only on the input order.
 * Not thread-safe: one clusterer per stream (a streaming job keys streams by language or region).
 */
public final class StoryClusterer {
  private final LinkSettings s;
  /** {@code -Dsitrep.link.debug=true} prints each decision to standard error. */
  static final boolean DEBUG = Boolean.getBoolean("sitrep.link.debug");
  private final Map<String, Integer> dfTerms = new HashMap<>();
  private final Map<String, Integer> dfKeys = new HashMap<>();
  private int n;
  private final List<Cluster> clusters = new ArrayList<>();
  private final Map<String, Postings> postings = new HashMap<>();
  /** Open stories by last update, eldest first. */
  private final LinkedHashMap<Integer, Cluster> open = new LinkedHashMap<>(16, 0.75f, false);
  private LocalDate latest;
  private long scanned;
  private long scored;

  public StoryClusterer(LinkSettings settings) {
    this.s = settings;
  }

  /** One story as it grows. Its vectors are dropped when it closes. */
  static final class Cluster {
    final int id;
    final List<String> docs = new ArrayList<>();
    Map<String, Double> terms = new HashMap<>();
    Map<String, Double> keys = new HashMap<>();
    final Set<String> indexed = new HashSet<>();
    LocalDate first;
    LocalDate last;
    boolean closed;
    int mergedInto = -1;
    /** Cached lengths and IDF-scaled centroids; {@code normAt} = 0: stale. */
    double normT;
    double normK;
    int normAt;
    Map<String, Double> scaledT;
    Map<String, Double> scaledK;

    void changed() {
      normAt = 0;
      scaledT = null;
      scaledK = null;
    }

    Cluster(int id) {
      this.id = id;
    }
  }

  /** A posting list: story ids in the order they were indexed. */
  private static final class Postings {
    int[] ids = new int[4];
    int size;

    void add(int id) {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
      }
      ids[size++] = id;
    }

    /** Keep the most recent {@code keep} entries. */
    void trim(int keep) {
      if (size > keep) {
        System.arraycopy(ids, size - keep, ids, 0, keep);
        size = keep;
        if (ids.length > 4 * keep) {
          ids = Arrays.copyOf(ids, 2 * keep);
        }
      }
    }
  }

  /** The decision for one article: the story it went to and the similarity that took it there (0: new). */
  public record Assignment(int story, double similarity, boolean created) {
  }

  /** Adds an article; returns its story (0-based, in order of creation). */
  public Assignment add(ArticleFeatures f) {
    n++;
    for (String t : f.terms().keySet()) {
      dfTerms.merge(t, 1, Integer::sum);
    }
    for (String k : f.keys().keySet()) {
      dfKeys.merge(k, 1, Integer::sum);
    }
    if (f.date() != null && (latest == null || f.date().isAfter(latest))) {
      latest = f.date();
      closeStale();
    }
    Map<String, Double> at = weights(f.terms(), dfTerms);
    Map<String, Double> ak = weights(f.keys(), dfKeys);

    Cluster best = null;
    double bestSim = 0;
    for (Cluster c : candidates(f, at, ak)) {
      double sim = similarity(f, at, ak, c);
      scored++;
      if (sim > bestSim || (sim == bestSim && best != null && c.id > best.id)) {
        bestSim = sim;
        best = c;
      }
    }
    boolean created = best == null || bestSim < s.threshold();
    if (DEBUG) {
      System.err.printf("add %s date %s -> %s %.3f%n", f.docId(), f.date(), best == null ? null : best.docs, bestSim);
    }
    Cluster c = created ? newCluster() : best;
    join(c, f, at, ak);
    return new Assignment(c.id, created ? 0 : bestSim, created);
  }

  /**
   * The documents of each story, in order of creation; a story merged into another by {@link #consolidate}
   * is an empty list (its documents are listed under the story it joined).
   */
  public List<List<String>> stories() {
    List<List<String>> out = new ArrayList<>(clusters.size());
    for (Cluster c : clusters) {
      out.add(c.mergedInto >= 0 ? List.of() : List.copyOf(c.docs));
    }
    return out;
  }

  /** The story a story id ended in, following merges. */
  public int resolve(int story) {
    int s0 = story;
    while (clusters.get(s0).mergedInto >= 0) {
      s0 = clusters.get(s0).mergedInto;
    }
    return s0;
  }

  /**
   * The periodic merge check: open stories whose centroids are at least {@code mergeThreshold} similar (with
   * the time decay) are merged, most similar first, recomputing the merged story's similarities after each
   * merge (centroid linkage). Candidates come from the postings as for articles, so the cost per story is
   * bounded. Returns the number of merges.
   */
  public int consolidate(double mergeThreshold) {
    int merges = 0;
    record Pair(int a, int b, double sim) {
    }
    java.util.PriorityQueue<Pair> queue = new java.util.PriorityQueue<>(
        Comparator.comparingDouble((Pair p) -> -p.sim()).thenComparingInt(Pair::a).thenComparingInt(Pair::b));
    List<Cluster> live = new ArrayList<>(open.values());
    live.sort(Comparator.comparingInt(c -> c.id));
    for (Cluster c : live) {
      for (Cluster o : storyCandidates(c)) {
        if (o.id > c.id) {
          double sim = storySimilarity(c, o);
          if (sim >= mergeThreshold) {
            queue.add(new Pair(c.id, o.id, sim));
          }
        }
      }
    }
    while (!queue.isEmpty()) {
      Pair p = queue.poll();
      Cluster a = clusters.get(p.a());
      Cluster b = clusters.get(p.b());
      if (a.closed || b.closed || a.mergedInto >= 0 || b.mergedInto >= 0) {
        continue;
      }
      double now = storySimilarity(a, b);
      if (Math.abs(now - p.sim()) > 1e-12) {
        if (now >= mergeThreshold) {
          queue.add(new Pair(p.a(), p.b(), now));
        }
        continue;
      }
      // merge b into a (the older story keeps its id)
      absorb(a, b);
      merges++;
      for (Cluster o : storyCandidates(a)) {
        if (o.id != a.id && o.mergedInto < 0 && !o.closed) {
          double sim = storySimilarity(a, o);
          if (sim >= mergeThreshold) {
            queue.add(new Pair(Math.min(a.id, o.id), Math.max(a.id, o.id), sim));
          }
        }
      }
    }
    return merges;
  }

  /**
   * The second half of the merge check: a story of one article joins the most similar story of several when
   * their similarity is at least {@code threshold} (lower than for joining on arrival: by now the larger
   * stories' centroids are settled). Returns the number of articles moved.
   */
  public int adoptSingletons(double threshold) {
    int moved = 0;
    List<Cluster> live = new ArrayList<>(open.values());
    live.sort(Comparator.comparingInt(c -> c.id));
    for (Cluster c : live) {
      if (c.docs.size() != 1 || c.closed || c.mergedInto >= 0) {
        continue;
      }
      Cluster best = null;
      double bestSim = 0;
      for (Cluster o : storyCandidates(c)) {
        if (o.id == c.id || o.docs.size() < 2 || o.closed || o.mergedInto >= 0) {
          continue;
        }
        double sim = storySimilarity(c, o);
        if (sim > bestSim || sim == bestSim && best != null && o.id < best.id) {
          bestSim = sim;
          best = o;
        }
      }
      if (DEBUG) {
        System.err.printf("adopt %s -> %s %.3f%n", c.docs, best == null ? null : best.docs, bestSim);
      }
      if (best != null && bestSim >= threshold) {
        absorb(best, c);
        moved++;
      }
    }
    return moved;
  }

  private void absorb(Cluster a, Cluster b) {
    a.docs.addAll(b.docs);
    b.terms.forEach((k, v) -> a.terms.merge(k, v, Double::sum));
    b.keys.forEach((k, v) -> a.keys.merge(k, v, Double::sum));
    if (b.first != null) {
      a.first = a.first == null || b.first.isBefore(a.first) ? b.first : a.first;
      a.last = a.last == null || b.last.isAfter(a.last) ? b.last : a.last;
    }
    for (String f : new ArrayList<>(b.indexed)) {
      index(a, f);
    }
    prune(a);
    a.changed();
    b.mergedInto = a.id;
    open.remove(b.id);
    release(b);
  }

  private List<Cluster> storyCandidates(Cluster c) {
    return candidatesFor(c.first, top(scaledTerms(c), s.queryTerms()), top(scaledKeys(c),
        s.queryKeys()));
  }

  private Map<String, Double> scaled(Map<String, Double> centroid, Map<String, Integer> dfm) {
    Map<String, Double> out = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Double> e : centroid.entrySet()) {
      double v = e.getValue() * idf(dfm, e.getKey());
      out.put(e.getKey(), v);
      norm += v * v;
    }
    if (norm > 0) {
      double r = 1 / Math.sqrt(norm);
      out.replaceAll((k, v) -> v * r);
    }
    return out;
  }

  double storySimilarity(Cluster a, Cluster b) {
    double ct = dot(scaledTerms(a), scaledTerms(b));
    double sim;
    if (a.keys.isEmpty() || b.keys.isEmpty()) {
      sim = ct;
    } else {
      double ck = dot(scaledKeys(a), scaledKeys(b));
      sim = (s.termWeight() * ct + s.keyWeight() * ck) / (s.termWeight() + s.keyWeight());
    }
    if (a.first != null && b.first != null) {
      long gap = b.first.isAfter(a.last) ? ChronoUnit.DAYS.between(a.last, b.first)
          : a.first.isAfter(b.last) ? ChronoUnit.DAYS.between(b.last, a.first) : 0;
      sim *= decay(gap);
    }
    return sim;
  }

  private static double dot(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) {
      Map<String, Double> t = a;
      a = b;
      b = t;
    }
    double d = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double v = b.get(e.getKey());
      if (v != null) {
        d += e.getValue() * v;
      }
    }
    return d;
  }

  public int articleCount() {
    return n;
  }

  /** Posting entries read and stories scored so far: the work done, for benchmarks. */
  public long[] work() {
    return new long[] {scanned, scored};
  }

  private Cluster newCluster() {
    Cluster c = new Cluster(clusters.size());
    clusters.add(c);
    return c;
  }

  private void join(Cluster c, ArticleFeatures f, Map<String, Double> at, Map<String, Double> ak) {
    c.docs.add(f.docId());
    if (f.date() != null) {
      c.first = c.first == null || f.date().isBefore(c.first) ? f.date() : c.first;
      c.last = c.last == null || f.date().isAfter(c.last) ? f.date() : c.last;
    }
    addUnit(c.terms, f.terms());
    addUnit(c.keys, f.keys());
    prune(c);
    c.changed();
    List<Map.Entry<String, Double>> top = top(at, s.indexTerms());
    for (Map.Entry<String, Double> e : top) {
      index(c, "t:" + e.getKey());
    }
    for (Map.Entry<String, Double> e : top(ak, Math.max(s.queryKeys(), 1) * 2)) {
      index(c, "k:" + e.getKey());
    }
    open.remove(c.id);
    open.put(c.id, c);
    while (open.size() > s.maxActive()) {
      close(open.values().iterator().next());
    }
  }

  private void index(Cluster c, String feature) {
    if (c.indexed.add(feature)) {
      Postings p = postings.computeIfAbsent(feature, k -> new Postings());
      p.add(c.id);
      if (p.size > 4 * s.postingsScan()) {
        p.trim(2 * s.postingsScan());
      }
    }
  }

  private void closeStale() {
    Iterator<Cluster> it = open.values().iterator();
    while (it.hasNext()) {
      Cluster c = it.next();
      if (c.last == null || ChronoUnit.DAYS.between(c.last, latest) <= s.windowDays()) {
        break;
      }
      it.remove();
      release(c);
    }
  }

  private void close(Cluster c) {
    open.remove(c.id);
    release(c);
  }

  private static void release(Cluster c) {
    c.closed = true;
    c.terms = Map.of();
    c.keys = Map.of();
    c.indexed.clear();
  }

  private List<Cluster> candidates(ArticleFeatures f, Map<String, Double> at, Map<String, Double> ak) {
    return candidatesFor(f.date(), top(at, s.queryTerms()), top(ak, s.queryKeys()));
  }

  private List<Cluster> candidatesFor(LocalDate date, List<Map.Entry<String, Double>> topTerms,
                                      List<Map.Entry<String, Double>> topKeys) {
    Map<Integer, double[]> acc = new HashMap<>();
    List<Map.Entry<String, Double>> q = new ArrayList<>();
    for (Map.Entry<String, Double> e : topTerms) {
      q.add(Map.entry("t:" + e.getKey(), e.getValue() * s.termWeight()));
    }
    for (Map.Entry<String, Double> e : topKeys) {
      q.add(Map.entry("k:" + e.getKey(), e.getValue() * s.keyWeight()));
    }
    for (Map.Entry<String, Double> e : q) {
      Postings p = postings.get(e.getKey());
      if (p == null) {
        continue;
      }
      int stop = Math.max(0, p.size - s.postingsScan());
      for (int i = p.size - 1; i >= stop; i--) {
        scanned++;
        Cluster c = clusters.get(p.ids[i]);
        if (c.closed || c.mergedInto >= 0 || tooFar(date, c)) {
          continue;
        }
        acc.computeIfAbsent(c.id, k -> new double[1])[0] += e.getValue();
      }
    }
    List<Map.Entry<Integer, double[]>> ranked = new ArrayList<>(acc.entrySet());
    ranked.sort(Comparator.<Map.Entry<Integer, double[]>>comparingDouble(e -> -e.getValue()[0])
        .thenComparing(e -> -e.getKey()));
    List<Cluster> out = new ArrayList<>();
    for (int i = 0; i < ranked.size() && i < s.maxCandidates(); i++) {
      out.add(clusters.get(ranked.get(i).getKey()));
    }
    return out;
  }

  private boolean tooFar(LocalDate d, Cluster c) {
    return d != null && c.first != null && gap(d, c) > s.windowDays();
  }

  private static long gap(LocalDate d, Cluster c) {
    if (d.isBefore(c.first)) {
      return ChronoUnit.DAYS.between(d, c.first);
    }
    if (d.isAfter(c.last)) {
      return ChronoUnit.DAYS.between(c.last, d);
    }
    return 0;
  }

  double similarity(ArticleFeatures f, Map<String, Double> at, Map<String, Double> ak, Cluster c) {
    double ct = cosine(at, c.terms, dfTerms, c, true);
    double sim;
    if (ak.isEmpty() || c.keys.isEmpty()) {
      sim = ct;
    } else {
      double ck = cosine(ak, c.keys, dfKeys, c, false);
      sim = (s.termWeight() * ct + s.keyWeight() * ck) / (s.termWeight() + s.keyWeight());
    }
    if (f.date() != null && c.first != null) {
      sim *= decay(gap(f.date(), c));
    }
    return sim;
  }

  /** The time decay: none within {@value #GRACE_DAYS} days, then exp(-(gap - grace) / decayDays). */
  double decay(long gapDays) {
    return gapDays <= GRACE_DAYS ? 1 : Math.exp(-(gapDays - GRACE_DAYS) / s.decayDays());
  }

  /** Reports of one event spread over a few days (time zones, weeklies, follow-ups) at no cost. */
  static final int GRACE_DAYS = 3;

  private double idf(Map<String, Integer> dfm, String feature) {
    int d = dfm.getOrDefault(feature, 0);
    return Math.log((1.0 + n) / (1.0 + d)) + 1.0;
  }

  /** Sub-linear TF x IDF, unit length. */
  private Map<String, Double> weights(Map<String, Integer> tf, Map<String, Integer> dfm) {
    Map<String, Double> w = new LinkedHashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      double v = (1 + Math.log(e.getValue())) * idf(dfm, e.getKey());
      w.put(e.getKey(), v);
      norm += v * v;
    }
    if (norm > 0) {
      double r = 1 / Math.sqrt(norm);
      w.replaceAll((k, v) -> v * r);
    }
    return w;
  }

  private double cosine(Map<String, Double> a, Map<String, Double> centroid, Map<String, Integer> dfm, Cluster c,
                        boolean terms) {
    if (a.isEmpty() || centroid.isEmpty()) {
      return 0;
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double v = centroid.get(e.getKey());
      if (v != null) {
        dot += e.getValue() * v * idf(dfm, e.getKey());
      }
    }
    if (dot == 0) {
      return 0;
    }
    return dot / norm(c, terms);
  }

  /**
   * The length of a story's TF-IDF centroid, cached until the story changes or the collection has grown by a
   * tenth (IDF drifts slowly), so scoring a candidate costs the article's length, not the story's.
   */
  private double norm(Cluster c, boolean terms) {
    if (c.normAt == 0 || c.normAt * 1.1 < n) {
      c.normT = length(c.terms, dfTerms);
      c.normK = length(c.keys, dfKeys);
      c.normAt = n;
      c.scaledT = null;
      c.scaledK = null;
    }
    return terms ? c.normT : c.normK;
  }

  private double length(Map<String, Double> centroid, Map<String, Integer> dfm) {
    double norm = 0;
    for (Map.Entry<String, Double> e : centroid.entrySet()) {
      double v = e.getValue() * idf(dfm, e.getKey());
      norm += v * v;
    }
    return Math.sqrt(norm);
  }

  private Map<String, Double> scaledTerms(Cluster c) {
    norm(c, true);
    if (c.scaledT == null) {
      c.scaledT = scaled(c.terms, dfTerms);
    }
    return c.scaledT;
  }

  private Map<String, Double> scaledKeys(Cluster c) {
    norm(c, false);
    if (c.scaledK == null) {
      c.scaledK = scaled(c.keys, dfKeys);
    }
    return c.scaledK;
  }

  /** Adds an article's sub-linear TF, at unit length, to a story's centroid. */
  private static void addUnit(Map<String, Double> centroid, Map<String, Integer> tf) {
    double norm = 0;
    for (int v : tf.values()) {
      double x = 1 + Math.log(v);
      norm += x * x;
    }
    if (norm == 0) {
      return;
    }
    double r = 1 / Math.sqrt(norm);
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      centroid.merge(e.getKey(), (1 + Math.log(e.getValue())) * r, Double::sum);
    }
  }

  private void prune(Cluster c) {
    if (c.terms.size() > 2 * s.maxStoryTerms()) {
      c.terms = keepTop(c.terms, s.maxStoryTerms(), dfTerms);
    }
    if (c.keys.size() > 2 * s.maxStoryTerms()) {
      c.keys = keepTop(c.keys, s.maxStoryTerms(), dfKeys);
    }
  }

  private Map<String, Double> keepTop(Map<String, Double> m, int k, Map<String, Integer> dfm) {
    List<Map.Entry<String, Double>> l = new ArrayList<>(m.entrySet());
    l.sort(Comparator.<Map.Entry<String, Double>>comparingDouble(e -> -e.getValue() * idf(dfm, e.getKey()))
        .thenComparing(Map.Entry::getKey));
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < k && i < l.size(); i++) {
      out.put(l.get(i).getKey(), l.get(i).getValue());
    }
    return out;
  }

  private static List<Map.Entry<String, Double>> top(Map<String, Double> w, int k) {
    List<Map.Entry<String, Double>> l = new ArrayList<>(w.entrySet());
    l.sort(Comparator.<Map.Entry<String, Double>>comparingDouble(e -> -e.getValue()).thenComparing(Map.Entry::getKey));
    return l.size() > k ? l.subList(0, k) : l;
  }
}
