package org.sitrep.link.story;

import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.IntArrayList;
import java.util.Arrays;

/**
 * The dictionary of feature ids: each distinct 64-bit feature id ({@link IndexedArticle#id}) gets a small int code
 * once, so articles hold int codes instead of longs and document frequencies are counted in primitive maps
 * and arrays. Also counts each feature's document frequency over all articles (for undated ones). Not
 * thread-safe.
 */
final class Features {
  private final LongIntHashMap codes = new LongIntHashMap();
  private long[] ids = new long[1024];
  private int[] counts = new int[1024];
  private int size;
  /** Codes of features no article has any more, given again to new features (so the dictionary stays bounded). */
  private final IntArrayList free = new IntArrayList();

  /** The code of {@code id}, given it the first time it is seen. */
  int code(long id) {
    int slot = codes.indexOf(id);
    if (codes.indexExists(slot)) {
      return codes.indexGet(slot);
    }
    if (!free.isEmpty()) {
      int c = free.removeLast();
      ids[c] = id;
      codes.indexInsert(slot, id, c);
      return c;
    }
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
      counts = Arrays.copyOf(counts, size * 2);
    }
    ids[size] = id;
    codes.indexInsert(slot, id, size);
    return size++;
  }

  /** The feature id of a code. */
  long id(int code) {
    return ids[code];
  }

  /** Counts one more article with the feature. */
  void countOne(int code) {
    counts[code]++;
  }

  /**
   * Counts one article less with the feature; a feature no article has any more leaves the dictionary (its code
   * is given to the next new feature).
   */
  void uncountOne(int code) {
    if (--counts[code] == 0) {
      codes.remove(ids[code]);
      free.add(code);
    }
  }

  /** How many articles have the feature. */
  int count(int code) {
    return counts[code];
  }

  /** Features held (with at least one article). */
  int size() {
    return size - free.size();
  }
}
