package org.sitrep.link.story;

import com.carrotsearch.hppc.LongIntHashMap;
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

  /** The code of {@code id}, given it the first time it is seen. */
  int code(long id) {
    int slot = codes.indexOf(id);
    if (codes.indexExists(slot)) {
      return codes.indexGet(slot);
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

  /** How many articles have the feature. */
  int count(int code) {
    return counts[code];
  }

  int size() {
    return size;
  }
}
