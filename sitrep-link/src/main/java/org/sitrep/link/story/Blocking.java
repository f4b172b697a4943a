package org.sitrep.link.story;

import static org.sitrep.link.story.IndexedArticle.UNDATED;

import com.carrotsearch.hppc.IntObjectHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.link.LinkSettings;

/**
 * Blocking: which articles are compared. Postings per date bucket from each article's blocking features to the
 * articles ({@link Postings} lists of {@link IndexedArticle#ix}); an article's candidates share a feature with
 * it within the storyline window (undated articles: anywhere). Not thread-safe.
 */
final class Blocking {
  private final LinkSettings s;
  /** bucket -> feature code -> articles. */
  private final Map<Long, IntObjectHashMap<int[]>> postings = new HashMap<>();
  /** Per article: the last candidate search that saw it (a stamp, so no set is built per search). */
  private int[] seen = new int[0];
  private int stamp;

  Blocking(LinkSettings settings) {
    this.s = settings;
  }

  void post(IndexedArticle it) {
    IntObjectHashMap<int[]> m = postings.computeIfAbsent(it.bucket, b -> new IntObjectHashMap<>());
    for (int f : it.block) {
      m.put(f, Postings.add(m.get(f), it.ix));
    }
  }

  void unpost(IndexedArticle it) {
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

  /**
   * The articles to compare {@code it} with: a {@link Postings} list of positions, without {@code it};
   * {@code total}: the articles the index holds.
   */
  int[] candidates(IndexedArticle it, int total) {
    if (seen.length < total) {
      seen = Arrays.copyOf(seen, Math.max(total, seen.length * 2));
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
}
