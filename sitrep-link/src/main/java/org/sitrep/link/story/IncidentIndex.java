package org.sitrep.link.story;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.link.LinkSettings;

/**
 * Incidents and storylines over a growing set of articles, kept up to date as articles are added.
 *
 * <p>The result is a function of the set of articles, whatever the order or the batches they come in:
 * <ol>
 *   <li>each article's TF-IDF vectors (terms, keys) count document frequencies over the articles dated within
 *   one bucket of {@code bucketDays} either side of its own (undated articles: over all articles);</li>
 *   <li>two articles are compared when they share a blocking feature and lie within the storyline window; their
 *   similarity depends on the two vectors and dates only;</li>
 *   <li>incidents are average-link clusters of the articles down to {@code threshold}, storylines average-link
 *   clusters of the incidents down to {@code storylineThreshold}, each connected component of the similarity
 *   graph on its own.</li>
 * </ol>
 * Adding articles therefore recomputes the vectors of their neighbourhood only (the buckets next to theirs, and
 * the undated articles), the similarities of those articles, and the clusters of the components they touch.
 * Not thread-safe.
 */
public final class IncidentIndex {
  private final LinkSettings s;
  private final Map<String, IndexedArticle> items = new HashMap<>();
  /** Every article, by {@link IndexedArticle#ix}. */
  private final List<IndexedArticle> all = new ArrayList<>();
  private final Map<Long, List<IndexedArticle>> byBucket = new HashMap<>();
  private final FeatureWeights weights;
  private final Blocking blocking;
  private final PairSimilarity similarity;
  private final IncidentEvidence evidence;
  private final List<IndexedArticle> staged = new ArrayList<>();
  /** Positions in {@link #all} freed by removed articles, given to the next ones. */
  private final ArrayDeque<Integer> freeIx = new ArrayDeque<>();
  /** Since the last update: the buckets removed articles were in, and the articles they had edges to. */
  private final Set<Long> removedBuckets = new HashSet<>();
  private final Set<IndexedArticle> removedNeighbours = new LinkedHashSet<>();
  private boolean removed;
  private int rounds;
  private long comparisons;
  private long recomputed;

  public IncidentIndex(LinkSettings settings) {
    this.s = settings;
    this.weights = new FeatureWeights(settings);
    this.blocking = new Blocking(settings);
    this.similarity = new PairSimilarity(settings);
    this.evidence = new IncidentEvidence(settings);
  }

  public int size() {
    return items.size();
  }

  /** Distinct pairs of articles compared and article vectors computed so far: the work done, for benchmarks. */
  public long[] work() {
    return new long[] {comparisons, recomputed};
  }

  /**
   * Adds articles (a document id already held is ignored: the first one stays) and updates the incidents and
   * storylines they touch.
   */
  public void add(Collection<ArticleFeatures> batch) {
    batch.forEach(this::stage);
    update();
  }

  /**
   * Takes in one article without linking it yet (its features are not kept: only the arrays the index needs);
   * {@link #update} links all the staged articles as one batch.
   */
  public void stage(ArticleFeatures f) {
    if (items.containsKey(f.docId())) {
      return;
    }
    int ix = freeIx.isEmpty() ? all.size() : freeIx.pop();
    IndexedArticle it = new IndexedArticle(f, ix, s.bucketDays(), weights.features);
    items.put(it.docId, it);
    if (ix == all.size()) {
      all.add(it);
    } else {
      all.set(ix, it);
    }
    byBucket.computeIfAbsent(it.bucket, b -> new ArrayList<>()).add(it);
    weights.count(it);
    staged.add(it);
  }

  /**
   * Takes an article out (a report leaving a desk's window, or the older version of a revised one: remove it, then
   * stage the new one). Its features leave the document frequencies; its neighbours are relinked at the next
   * {@link #update}, which gives the incidents and storylines of the articles left, as if they had been added
   * alone. Returns whether the index held the article.
   */
  public boolean remove(String docId) {
    IndexedArticle it = items.remove(docId);
    if (it == null) {
      return false;
    }
    staged.remove(it);
    removedNeighbours.remove(it);
    blocking.unpost(it);
    for (int e = 0; e < it.edges.size(); e++) {
      IndexedArticle o = it.edges.other(e);
      o.edges.remove(it);
      removedNeighbours.add(o);
    }
    it.edges.clear();
    weights.uncount(it);
    List<IndexedArticle> bucket = byBucket.get(it.bucket);
    bucket.remove(it);
    if (bucket.isEmpty()) {
      byBucket.remove(it.bucket);
    }
    if (it.bucket != IndexedArticle.UNDATED) {
      removedBuckets.add(it.bucket);
    }
    all.set(it.ix, null);
    freeIx.push(it.ix);
    removed = true;
    it.incident = null;
    it.storyline = null;
    return true;
  }

  /** Links the staged articles, relinks the neighbours of removed ones, and updates the incidents they touch. */
  public void update() {
    List<IndexedArticle> fresh = new ArrayList<>(staged);
    staged.clear();
    if (fresh.isEmpty() && !removed) {
      return;
    }
    int round = rounds++;
    // 1. the articles whose document frequencies changed
    Set<Long> buckets = new HashSet<>();
    for (long r : removedBuckets) {
      for (long b = r - 1; b <= r + 1; b++) {
        buckets.add(b);
      }
    }
    for (IndexedArticle it : fresh) {
      if (it.bucket != IndexedArticle.UNDATED) {
        for (long b = it.bucket - 1; b <= it.bucket + 1; b++) {
          buckets.add(b);
        }
      }
    }
    Set<IndexedArticle> dirtySet = new LinkedHashSet<>(fresh);
    for (long b : buckets) {
      dirtySet.addAll(byBucket.getOrDefault(b, List.of()));
    }
    // every article counts in the undated articles' frequencies
    dirtySet.addAll(byBucket.getOrDefault(IndexedArticle.UNDATED, List.of()));
    List<IndexedArticle> dirty = new ArrayList<>(dirtySet);
    for (int d = 0; d < dirty.size(); d++) {
      IndexedArticle it = dirty.get(d);
      it.round = round;
      it.dirtyOrder = d;
      blocking.unpost(it);
      recomputed++;
      weights.vectors(it, items.size());
      blocking.post(it);
    }
    // 2. their similarities
    Set<IndexedArticle> touched = new HashSet<>(dirty);
    touched.addAll(removedNeighbours);
    removedNeighbours.clear();
    removedBuckets.clear();
    removed = false;
    Set<IndexedArticle> kept = new HashSet<>(); // clean neighbours: their edges to dirty articles go, in one sweep each
    for (IndexedArticle it : dirty) {
      for (int e = 0; e < it.edges.size(); e++) {
        IndexedArticle o = it.edges.other(e);
        if (o.round != round) {
          kept.add(o);
        }
      }
      it.edges.clear();
    }
    for (IndexedArticle o : kept) {
      o.edges.removeDirty(round);
      touched.add(o);
    }
    for (IndexedArticle it : dirty) {
      int[] cands = blocking.candidates(it, all.size());
      for (int c = 1; c <= cands[0]; c++) {
        IndexedArticle o = all.get(cands[c]);
        if (o.round == round && o.dirtyOrder < it.dirtyOrder) {
          // a dirty article seen before: the pair was compared from its side (candidates are symmetric)
          continue;
        }
        comparisons++;
        int[] e = similarity.edge(it, o);
        if (e != null) {
          it.edges.add(o, e[0], e[1]);
          o.edges.add(it, e[0], e[1]);
          touched.add(o);
        }
      }
    }
    // 3. the clusters of the components they touch
    Set<IndexedArticle> done = new HashSet<>();
    List<IndexedArticle> order = new ArrayList<>(touched);
    order.sort(Comparator.comparing(i -> i.docId));
    for (IndexedArticle start : order) {
      if (done.contains(start)) {
        continue;
      }
      List<IndexedArticle> comp = component(start, done);
      cluster(comp);
    }
  }

  private List<IndexedArticle> component(IndexedArticle start, Set<IndexedArticle> done) {
    List<IndexedArticle> comp = new ArrayList<>();
    ArrayDeque<IndexedArticle> q = new ArrayDeque<>();
    q.add(start);
    done.add(start);
    while (!q.isEmpty()) {
      IndexedArticle x = q.poll();
      comp.add(x);
      for (int e = 0; e < x.edges.size(); e++) {
        IndexedArticle y = x.edges.other(e);
        if (done.add(y)) {
          q.add(y);
        }
      }
    }
    comp.sort(Comparator.comparing(i -> i.docId));
    return comp;
  }

  private void cluster(List<IndexedArticle> comp) {
    List<List<IndexedArticle>> singles = new ArrayList<>();
    comp.forEach(i -> singles.add(List.of(i)));
    List<List<IndexedArticle>> incidents = Linkage.adopt(Linkage.cluster(singles, false, s.threshold(), evidence), false,
        s.adoptThreshold(), evidence);
    List<List<IndexedArticle>> lines = Linkage.cluster(incidents, true, s.storylineThreshold(), null);
    Map<IndexedArticle, List<IndexedArticle>> incidentOf = new HashMap<>();
    for (List<IndexedArticle> inc : incidents) {
      List<IndexedArticle> fixed = List.copyOf(inc);
      fixed.forEach(i -> incidentOf.put(i, fixed));
    }
    for (List<IndexedArticle> line : lines) {
      Set<List<IndexedArticle>> seen = new LinkedHashSet<>();
      line.forEach(i -> seen.add(incidentOf.get(i)));
      List<List<IndexedArticle>> incs = List.copyOf(seen);
      for (IndexedArticle i : line) {
        i.incident = incidentOf.get(i);
        i.storyline = incs;
      }
    }
  }

  /** The article held under this document id, or null (for tests of the clustering). */
  IndexedArticle article(String docId) {
    return items.get(docId);
  }

  /** The incidents (document ids, sorted), each with the index of its storyline in {@link #storylines()}. */
  public List<List<String>> incidents() {
    Set<List<IndexedArticle>> seen = new LinkedHashSet<>();
    items.values().stream().sorted(Comparator.comparing(i -> i.docId)).forEach(i -> seen.add(i.incident));
    List<List<String>> out = new ArrayList<>();
    for (List<IndexedArticle> inc : seen) {
      out.add(inc.stream().map(i -> i.docId).toList());
    }
    return out;
  }

  /** The storylines: each the incidents it groups, as lists of document ids. */
  public List<List<List<String>>> storylines() {
    Set<List<List<IndexedArticle>>> seen = new LinkedHashSet<>();
    items.values().stream().sorted(Comparator.comparing(i -> i.docId)).forEach(i -> seen.add(i.storyline));
    List<List<List<String>>> out = new ArrayList<>();
    for (List<List<IndexedArticle>> line : seen) {
      List<List<String>> l = new ArrayList<>();
      for (List<IndexedArticle> inc : line) {
        l.add(inc.stream().map(i -> i.docId).toList());
      }
      out.add(l);
    }
    return out;
  }

  /**
   * Mean storyline-level similarity of the documents {@code a} to each group of documents: {@code groupOf} gives
   * a document's group number, {@code sizes} each group's size; 0 for a group none of them has an edge to. The
   * same figures as {@link #similarity} per group, from one walk over {@code a}'s edges.
   */
  public double[] lineSimilarities(Collection<String> a, Map<String, Integer> groupOf, int[] sizes) {
    long[] sums = new long[sizes.length];
    for (String x : a) {
      IndexedArticle i = items.get(x);
      if (i == null) {
        continue;
      }
      for (int e = 0; e < i.edges.size(); e++) {
        Integer g = groupOf.get(i.edges.other(e).docId);
        if (g != null) {
          sums[g] += i.edges.weight(e, true);
        }
      }
    }
    double[] out = new double[sizes.length];
    for (int g = 0; g < sizes.length; g++) {
      out[g] = Linkage.average(sums[g], a.size(), sizes[g]);
    }
    return out;
  }

  /** Mean incident-level and storyline-level similarity between two sets of documents (0 where unlinked). */
  public double[] similarity(Collection<String> a, Collection<String> b) {
    long inc = 0;
    long line = 0;
    for (String x : a) {
      IndexedArticle i = items.get(x);
      for (String y : b) {
        IndexedArticle j = items.get(y);
        int e = i == null || j == null ? -1 : i.edges.indexOf(j);
        if (e >= 0) {
          inc += i.edges.weight(e, false);
          line += i.edges.weight(e, true);
        }
      }
    }
    return new double[] {Linkage.average(inc, a.size(), b.size()), Linkage.average(line, a.size(), b.size())};
  }
}
