package org.sitrep.link.story;

import static org.sitrep.link.story.IndexedArticle.UNDATED;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.IntIntHashMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.link.LinkSettings;

/**
 * The index's TF-IDF weighting: document frequencies per date bucket (and over all articles, for the undated),
 * and each article's unit vectors and blocking features from them. Not thread-safe.
 */
final class FeatureWeights {
  private final LinkSettings s;
  /** The feature dictionary: 64-bit ids to int codes, with counts over all articles. */
  final Features features = new Features();
  private final Map<Long, IntIntHashMap> dfByBucket = new HashMap<>();
  private final Map<Long, int[]> nByBucket = new HashMap<>();

  FeatureWeights(LinkSettings settings) {
    this.s = settings;
  }

  /** Counts a new article in its bucket's document frequencies and in the dictionary's. */
  void count(IndexedArticle it) {
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

  /** Takes an article out of its bucket's document frequencies and the dictionary's (its codes may be reused). */
  void uncount(IndexedArticle it) {
    IntIntHashMap df = dfByBucket.get(it.bucket);
    int[] n = nByBucket.get(it.bucket);
    if (--n[0] == 0) {
      nByBucket.remove(it.bucket);
      dfByBucket.remove(it.bucket);
    } else {
      for (int f : it.termCodes) {
        if (df.addTo(f, -1) == 0) {
          df.remove(f);
        }
      }
      for (int f : it.keyCodes) {
        if (df.addTo(f, -1) == 0) {
          df.remove(f);
        }
      }
    }
    for (int f : it.termCodes) {
      features.uncountOne(f);
    }
    for (int f : it.keyCodes) {
      features.uncountOne(f);
    }
  }

  private int n(IndexedArticle it, int total) {
    if (it.bucket == UNDATED) {
      return total;
    }
    int n = 0;
    for (long b = it.bucket - 1; b <= it.bucket + 1; b++) {
      int[] c = nByBucket.get(b);
      n += c == null ? 0 : c[0];
    }
    return n;
  }

  private int df(IndexedArticle it, int f) {
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

  /** Recomputes an article's vectors and blocking features; {@code total}: the articles the index holds. */
  void vectors(IndexedArticle it, int total) {
    int n = n(it, total);
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

  private List<Weighted> weigh(IndexedArticle it, int[] codes, int[] tf, int n) {
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
}
