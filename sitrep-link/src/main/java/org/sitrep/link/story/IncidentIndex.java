package org.sitrep.link.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.IntIntHashMap;
import com.carrotsearch.hppc.IntObjectHashMap;
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
  private final Map<String, Item> items = new HashMap<>();
  /** Every article, by {@link Item#ix}. */
  private final List<Item> all = new ArrayList<>();
  private final Map<Long, List<Item>> byBucket = new HashMap<>();
  private final Features features = new Features();
  private final Map<Long, IntIntHashMap> dfByBucket = new HashMap<>();
  private final Map<Long, int[]> nByBucket = new HashMap<>();
  /** Blocking postings: bucket -> feature code -> articles (a {@link Postings} list of {@link Item#ix}). */
  private final Map<Long, IntObjectHashMap<int[]>> postings = new HashMap<>();
  /** Per article: the last candidate search that saw it (a stamp, so no set is built per search). */
  private int[] seen = new int[0];
  private int stamp;
  private long comparisons;
  private long recomputed;

  /** The bucket of undated articles. */
  static final long UNDATED = Long.MIN_VALUE;

  public IncidentIndex(LinkSettings settings) {
    this.s = settings;
  }

  /**
   * One article as the index holds it: dictionary codes and counts of its features (for recomputing its
   * vectors when its neighbourhood grows), its vectors, blocking features and similarity edges. The article
   * record and its features are not kept.
   */
  static final class Item {
    final String docId;
    /** Position in the index, in order of arrival. */
    final int ix;
    final LocalDate date;
    final long bucket;
    final int[] termCodes;
    final int[] termTf;
    final int[] keyCodes;
    final int[] keyTf;
    long[] vt = new long[0];
    double[] wt = new double[0];
    long[] vk = new long[0];
    double[] wk = new double[0];
    int[] block = new int[0];
    final Edges edges = new Edges();
    /** The days (of the year) an undated article's text names. */
    final int[] days;
    /** The years an article's text names. */
    final int[] years;
    /** Event signatures: type, day, place ({@link ArticleFeatures#signatures}). */
    final String[][] events;
    /** Each event signature's day, as an epoch day (parsed once, compared for every pair). */
    final long[] eventDays;
    /** Dirty-round stamp and position among the dirty articles of that round. */
    int round = -1;
    int dirtyOrder;
    /** Group of this article in the current clustering ({@link Linkage}), valid when {@code groupRound} matches. */
    int group;
    int groupRound = -1;
    List<Item> incident;
    List<List<Item>> storyline;

    Item(ArticleFeatures f, int ix, int bucketDays, Features dict) {
      docId = f.docId();
      this.ix = ix;
      date = f.date();
      days = f.days().stream().mapToInt(Integer::intValue).toArray();
      years = f.years().stream().mapToInt(Integer::intValue).toArray();
      events = f.events().isEmpty() ? NO_EVENTS : f.events().stream().map(e -> e.split("\\|")).toArray(String[][]::new);
      eventDays = java.util.Arrays.stream(events).mapToLong(e -> LocalDate.parse(e[1]).toEpochDay()).toArray();
      bucket = date == null ? UNDATED : Math.floorDiv(date.toEpochDay(), bucketDays);
      Map<Long, Integer> t = new TreeMap<>();
      f.terms().forEach((k, v) -> t.merge(id("t:" + k), v, Integer::sum));
      Map<Long, Integer> k = new TreeMap<>();
      f.keys().forEach((x, v) -> k.merge(id("k:" + x), v, Integer::sum));
      termCodes = t.keySet().stream().mapToInt(dict::code).toArray();
      termTf = t.values().stream().mapToInt(Integer::intValue).toArray();
      keyCodes = k.keySet().stream().mapToInt(dict::code).toArray();
      keyTf = k.values().stream().mapToInt(Integer::intValue).toArray();
    }

    public String docId() {
      return docId;
    }
  }

  private static final String[][] NO_EVENTS = new String[0][];

  /** A feature's id: 64-bit FNV-1a of its text (the same in every run, unlike a counter). */
  static long id(String feature) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < feature.length(); i++) {
      h ^= feature.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
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

  private final List<Item> staged = new ArrayList<>();
  private int rounds;

  /**
   * Takes in one article without linking it yet (its features are not kept: only the arrays the index needs);
   * {@link #update} links all the staged articles as one batch.
   */
  public void stage(ArticleFeatures f) {
    if (items.containsKey(f.docId())) {
      return;
    }
    Item it = new Item(f, all.size(), s.bucketDays(), features);
    items.put(it.docId, it);
    all.add(it);
    byBucket.computeIfAbsent(it.bucket, b -> new ArrayList<>()).add(it);
    count(it);
    staged.add(it);
  }

  /** Links the staged articles and updates the incidents and storylines they touch. */
  public void update() {
    List<Item> fresh = new ArrayList<>(staged);
    staged.clear();
    if (fresh.isEmpty()) {
      return;
    }
    int round = rounds++;
    // 1. the articles whose document frequencies changed
    Set<Long> buckets = new HashSet<>();
    for (Item it : fresh) {
      if (it.bucket != UNDATED) {
        for (long b = it.bucket - 1; b <= it.bucket + 1; b++) {
          buckets.add(b);
        }
      }
    }
    Set<Item> dirtySet = new LinkedHashSet<>(fresh);
    for (long b : buckets) {
      dirtySet.addAll(byBucket.getOrDefault(b, List.of()));
    }
    // every article counts in the undated articles' frequencies
    dirtySet.addAll(byBucket.getOrDefault(UNDATED, List.of()));
    List<Item> dirty = new ArrayList<>(dirtySet);
    for (int d = 0; d < dirty.size(); d++) {
      Item it = dirty.get(d);
      it.round = round;
      it.dirtyOrder = d;
      unpost(it);
      vectors(it);
      post(it);
    }
    // 2. their similarities
    Set<Item> touched = new HashSet<>(dirty);
    for (Item it : dirty) {
      for (int e = 0; e < it.edges.size(); e++) {
        Item o = it.edges.other(e);
        o.edges.remove(it);
        touched.add(o);
      }
      it.edges.clear();
    }
    for (Item it : dirty) {
      int[] cands = candidates(it);
      for (int c = 1; c <= cands[0]; c++) {
        Item o = all.get(cands[c]);
        if (o.round == round && o.dirtyOrder < it.dirtyOrder) {
          // a dirty article seen before: the pair was compared from its side (candidates are symmetric)
          continue;
        }
        comparisons++;
        int[] e = edge(it, o);
        if (e != null) {
          it.edges.add(o, e[0], e[1]);
          o.edges.add(it, e[0], e[1]);
          touched.add(o);
        }
      }
    }
    // 3. the clusters of the components they touch
    Set<Item> done = new HashSet<>();
    List<Item> order = new ArrayList<>(touched);
    order.sort(Comparator.comparing(i -> i.docId));
    for (Item start : order) {
      if (done.contains(start)) {
        continue;
      }
      List<Item> comp = component(start, done);
      cluster(comp);
    }
  }

  private List<Item> component(Item start, Set<Item> done) {
    List<Item> comp = new ArrayList<>();
    ArrayDeque<Item> q = new ArrayDeque<>();
    q.add(start);
    done.add(start);
    while (!q.isEmpty()) {
      Item x = q.poll();
      comp.add(x);
      for (int e = 0; e < x.edges.size(); e++) {
        Item y = x.edges.other(e);
        if (done.add(y)) {
          q.add(y);
        }
      }
    }
    comp.sort(Comparator.comparing(i -> i.docId));
    return comp;
  }

  private void cluster(List<Item> comp) {
    List<List<Item>> singles = new ArrayList<>();
    comp.forEach(i -> singles.add(List.of(i)));
    List<List<Item>> incidents = Linkage.adopt(Linkage.cluster(singles, false, s.threshold()), false,
        s.adoptThreshold());
    List<List<Item>> lines = Linkage.cluster(incidents, true, s.storylineThreshold());
    Map<Item, List<Item>> incidentOf = new HashMap<>();
    for (List<Item> inc : incidents) {
      List<Item> fixed = List.copyOf(inc);
      fixed.forEach(i -> incidentOf.put(i, fixed));
    }
    for (List<Item> line : lines) {
      Set<List<Item>> seen = new LinkedHashSet<>();
      line.forEach(i -> seen.add(incidentOf.get(i)));
      List<List<Item>> incs = List.copyOf(seen);
      for (Item i : line) {
        i.incident = incidentOf.get(i);
        i.storyline = incs;
      }
    }
  }

  /** The incidents (document ids, sorted), each with the index of its storyline in {@link #storylines()}. */
  public List<List<String>> incidents() {
    Set<List<Item>> seen = new LinkedHashSet<>();
    items.values().stream().sorted(Comparator.comparing(i -> i.docId)).forEach(i -> seen.add(i.incident));
    List<List<String>> out = new ArrayList<>();
    for (List<Item> inc : seen) {
      out.add(inc.stream().map(i -> i.docId).toList());
    }
    return out;
  }

  /** The storylines: each the incidents it groups, as lists of document ids. */
  public List<List<List<String>>> storylines() {
    Set<List<List<Item>>> seen = new LinkedHashSet<>();
    items.values().stream().sorted(Comparator.comparing(i -> i.docId)).forEach(i -> seen.add(i.storyline));
    List<List<List<String>>> out = new ArrayList<>();
    for (List<List<Item>> line : seen) {
      List<List<String>> l = new ArrayList<>();
      for (List<Item> inc : line) {
        l.add(inc.stream().map(i -> i.docId).toList());
      }
      out.add(l);
    }
    return out;
  }

  /** Mean incident-level and storyline-level similarity between two sets of documents (0 where unlinked). */
  public double[] similarity(Collection<String> a, Collection<String> b) {
    long inc = 0;
    long line = 0;
    for (String x : a) {
      Item i = items.get(x);
      for (String y : b) {
        Item j = items.get(y);
        int e = i == null || j == null ? -1 : i.edges.indexOf(j);
        if (e >= 0) {
          inc += i.edges.weight(e, false);
          line += i.edges.weight(e, true);
        }
      }
    }
    return new double[] {Linkage.average(inc, a.size(), b.size()), Linkage.average(line, a.size(), b.size())};
  }

  // ------------------------------------------------------------------ frequencies and vectors

  private void count(Item it) {
    IntIntHashMap df = dfByBucket.computeIfAbsent(it.bucket, b -> new IntIntHashMap());
    nByBucket.computeIfAbsent(it.bucket, b -> new int[1])[0]++;
    for (int f : it.termCodes) {
      df.addTo(f, 1);
      features.countOne(f);
    }
    for (int f : it.keyCodes) {
      df.addTo(f, 1);
      features.countOne(f);
    }
  }

  private int n(Item it) {
    if (it.bucket == UNDATED) {
      return items.size();
    }
    int n = 0;
    for (long b = it.bucket - 1; b <= it.bucket + 1; b++) {
      int[] c = nByBucket.get(b);
      n += c == null ? 0 : c[0];
    }
    return n;
  }

  private int df(Item it, int f) {
    if (it.bucket == UNDATED) {
      return features.count(f);
    }
    int d = 0;
    for (long b = it.bucket - 1; b <= it.bucket + 1; b++) {
      IntIntHashMap m = dfByBucket.get(b);
      d += m == null ? 0 : m.get(f);
    }
    return d;
  }

  private record Weighted(int code, long id, double w, int df) {
  }

  private void vectors(Item it) {
    recomputed++;
    int n = n(it);
    List<Weighted> t = weigh(it, it.termCodes, it.termTf, n);
    List<Weighted> k = weigh(it, it.keyCodes, it.keyTf, n);
    IntArrayList block = new IntArrayList();
    pick(t, s.blockFeatures(), block);
    pick(k, s.blockFeatures(), block);
    it.block = block.toArray();
    Object[] vt = unit(t, s.maxTerms());
    it.vt = (long[]) vt[0];
    it.wt = (double[]) vt[1];
    Object[] vk = unit(k, s.maxKeys());
    it.vk = (long[]) vk[0];
    it.wk = (double[]) vk[1];
  }

  private List<Weighted> weigh(Item it, int[] codes, int[] tf, int n) {
    List<Weighted> out = new ArrayList<>(codes.length);
    for (int i = 0; i < codes.length; i++) {
      int d = df(it, codes[i]);
      double idf = Math.log((1.0 + n) / (1.0 + d)) + 1.0;
      out.add(new Weighted(codes[i], features.id(codes[i]), (1 + Math.log(tf[i])) * idf, d));
    }
    out.sort(Comparator.comparingDouble((Weighted w) -> -w.w()).thenComparingLong(Weighted::id));
    return out;
  }

  private void pick(List<Weighted> ranked, int k, IntArrayList into) {
    int taken = 0;
    for (Weighted w : ranked) {
      if (taken == k) {
        break;
      }
      if (w.df() <= s.maxBlockDf()) {
        into.add(w.code());
        taken++;
      }
    }
  }

  /** The {@code k} strongest features at unit length, sorted by id. */
  private static Object[] unit(List<Weighted> ranked, int k) {
    List<Weighted> top = new ArrayList<>(ranked.subList(0, Math.min(k, ranked.size())));
    top.sort(Comparator.comparingLong(Weighted::id));
    double norm = 0;
    for (Weighted w : top) {
      norm += w.w() * w.w();
    }
    long[] ids = new long[top.size()];
    double[] ws = new double[top.size()];
    double r = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (int i = 0; i < ids.length; i++) {
      ids[i] = top.get(i).id();
      ws[i] = top.get(i).w() * r;
    }
    return new Object[] {ids, ws};
  }

  // ------------------------------------------------------------------ blocking and similarity

  private void post(Item it) {
    IntObjectHashMap<int[]> m = postings.computeIfAbsent(it.bucket, b -> new IntObjectHashMap<>());
    for (int f : it.block) {
      m.put(f, Postings.add(m.get(f), it.ix));
    }
  }

  private void unpost(Item it) {
    IntObjectHashMap<int[]> m = postings.get(it.bucket);
    if (m == null) {
      return;
    }
    for (int f : it.block) {
      int[] l = m.get(f);
      if (l != null && Postings.remove(l, it.ix) == 0) {
        m.remove(f);
      }
    }
  }

  /** The articles to compare {@code it} with: a {@link Postings} list of positions, without {@code it}. */
  private int[] candidates(Item it) {
    if (seen.length < all.size()) {
      seen = Arrays.copyOf(seen, Math.max(all.size(), seen.length * 2));
    }
    if (++stamp == 0) {
      Arrays.fill(seen, 0);
      stamp = 1;
    }
    seen[it.ix] = stamp;
    int[] out = new int[17];
    long reach = Math.floorDiv(s.storylineWindowDays(), s.bucketDays()) + 1;
    List<IntObjectHashMap<int[]>> near = new ArrayList<>();
    if (it.bucket == UNDATED) {
      near.addAll(postings.values());
    } else {
      for (long b = it.bucket - reach; b <= it.bucket + reach; b++) {
        IntObjectHashMap<int[]> m = postings.get(b);
        if (m != null) {
          near.add(m);
        }
      }
      IntObjectHashMap<int[]> und = postings.get(UNDATED);
      if (und != null) {
        near.add(und);
      }
    }
    for (int f : it.block) {
      for (IntObjectHashMap<int[]> m : near) {
        int[] l = m.get(f);
        if (l == null) {
          continue;
        }
        for (int i = 1; i <= l[0]; i++) {
          if (seen[l[i]] != stamp) {
            seen[l[i]] = stamp;
            out = Postings.add(out, l[i]);
          }
        }
      }
    }
    return out;
  }

  /** The pair's incident-level and storyline-level similarity in billionths, or null below the floor. */
  int[] edge(Item a, Item b) {
    if (b.docId.compareTo(a.docId) < 0) {
      Item t = a;
      a = b;
      b = t;
    }
    long gap = a.date == null || b.date == null ? 0 : Math.abs(ChronoUnit.DAYS.between(a.date, b.date));
    if (gap > s.storylineWindowDays()) {
      return null;
    }
    double ct = dot(a.vt, a.wt, b.vt, b.wt);
    double base;
    if (a.vk.length == 0 || b.vk.length == 0) {
      base = ct;
    } else {
      double ck = dot(a.vk, a.wk, b.vk, b.wk);
      base = (s.termWeight() * ct + s.keyWeight() * ck) / (s.termWeight() + s.keyWeight());
    }
    if ((a.date == null) != (b.date == null)) {
      base *= undated(a.date == null ? a : b, a.date == null ? b : a, base);
    }
    double inc = gap > s.windowDays() ? 0 : base * decay(gap, s.decayDays());
    if (conflict(a, b)) {
      inc *= s.conflictFactor();
    }
    double line = base * decay(gap, s.storylineDecayDays());
    if (line < s.edgeFloor()) {
      return null;
    }
    return new int[] {Math.toIntExact(Math.round(inc * Linkage.SCALE)),
        Math.toIntExact(Math.round(line * Linkage.SCALE))};
  }

  /**
   * How much of the similarity between an undated article and one dated {@code date} counts: all of it where
   * the undated one names a day within the grace days of that date (in any year); {@code undatedFactor} where it
   * names no such day; its square where it also names years and none within a year of that date (it is about
   * another time: the 2009 keynote, not the 2012 one); all of it again where the two are at least
   * {@code undatedMatch} similar and the undated one names neither days nor years against it: one report told
   * again needs no date to match (without this, an undated report of this year's launch goes to undated
   * reports of an older launch that it matches less, as those pairs are not discounted).
   */
  private double undated(Item undated, Item dated, double similarity) {
    LocalDate date = dated.date;
    if (namesDayNear(undated, date)) {
      return 1;
    }
    if (undated.years.length > 0) {
      boolean near = false;
      for (int y : undated.years) {
        near |= Math.abs(y - date.getYear()) <= 1;
      }
      if (!near) {
        return s.undatedFactor() * s.undatedFactor();
      }
    }
    return similarity >= s.undatedMatch() && undated.days.length == 0 ? 1 : s.undatedFactor();
  }

  /**
   * Whether two reports tell of different happenings: they report events of a type in common, and no event of
   * one matches an event of the other (same type and place, days within the tolerance). Reports whose events
   * say nothing of day or place never conflict.
   */
  boolean conflict(Item a, Item b) {
    if (a.events.length == 0 || b.events.length == 0) {
      return false;
    }
    boolean sharedType = false;
    for (int i = 0; i < a.events.length; i++) {
      String[] x = a.events[i];
      for (int j = 0; j < b.events.length; j++) {
        String[] y = b.events[j];
        if (!x[0].equals(y[0])) {
          continue;
        }
        sharedType = true;
        if (x[2].equals(y[2]) && Math.abs(a.eventDays[i] - b.eventDays[j]) <= s.dateToleranceDays()) {
          return false;
        }
      }
    }
    return sharedType;
  }

  /** Whether an undated article names a day within the grace days of {@code date} (in any year). */
  private boolean namesDayNear(Item undated, LocalDate date) {
    for (int d = -s.graceDays(); d <= s.graceDays(); d++) {
      if (Arrays.binarySearch(undated.days, ArticleFeatures.monthDay(date.plusDays(d))) >= 0) {
        return true;
      }
    }
    return false;
  }

  private double decay(long gap, double days) {
    return gap <= s.graceDays() ? 1 : Math.exp(-(gap - s.graceDays()) / days);
  }

  private static double dot(long[] a, double[] wa, long[] b, double[] wb) {
    double d = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        d += wa[i++] * wb[j++];
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return d;
  }
}
