package org.sitrep.places;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A read-only map from name keys to postings (ints), held as sorted UTF-8 keys in one byte array and the
 * postings in one int array: no object per key, found by binary search. Keys sort by their UTF-8 bytes
 * read unsigned (the order of their code points). Immutable and thread-safe.
 */
final class KeyIndex {
  /** Key i is {@code keys[keyStart[i] .. keyStart[i + 1])}; its postings {@code postings[postStart[i] .. postStart[i + 1])}. */
  final int[] keyStart;
  final byte[] keys;
  final int[] postStart;
  final int[] postings;

  KeyIndex(int[] keyStart, byte[] keys, int[] postStart, int[] postings) {
    if (keyStart.length != postStart.length || keyStart.length == 0 || keyStart[keyStart.length - 1] != keys.length
        || postStart[postStart.length - 1] != postings.length) {
      throw new IllegalArgumentException("key index arrays disagree in length: " + keyStart.length + " key starts, "
          + postStart.length + " posting starts, " + keys.length + " key bytes, " + postings.length + " postings");
    }
    this.keyStart = keyStart;
    this.keys = keys;
    this.postStart = postStart;
    this.postings = postings;
  }

  /** Builds the index from key -> postings (each posting list kept in its order). */
  static KeyIndex of(Map<String, int[]> map) {
    List<byte[]> sorted = new ArrayList<>(map.size());
    List<int[]> posts = new ArrayList<>(map.size());
    map.keySet().stream().map(k -> k.getBytes(StandardCharsets.UTF_8)).sorted(Arrays::compareUnsigned)
        .forEachOrdered(sorted::add);
    int n = sorted.size();
    int[] keyStart = new int[n + 1];
    int[] postStart = new int[n + 1];
    int bytes = 0;
    int count = 0;
    for (int i = 0; i < n; i++) {
      int[] p = map.get(new String(sorted.get(i), StandardCharsets.UTF_8));
      posts.add(p);
      bytes += sorted.get(i).length;
      count += p.length;
      keyStart[i + 1] = bytes;
      postStart[i + 1] = count;
    }
    byte[] keys = new byte[bytes];
    int[] postings = new int[count];
    for (int i = 0; i < n; i++) {
      System.arraycopy(sorted.get(i), 0, keys, keyStart[i], sorted.get(i).length);
      System.arraycopy(posts.get(i), 0, postings, postStart[i], posts.get(i).length);
    }
    return new KeyIndex(keyStart, keys, postStart, postings);
  }

  int size() {
    return keyStart.length - 1;
  }

  /** The postings of {@code key}, or null when it is not a key. */
  int[] find(String key) {
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    int lo = 0;
    int hi = size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = Arrays.compareUnsigned(keys, keyStart[mid], keyStart[mid + 1], k, 0, k.length);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return Arrays.copyOfRange(postings, postStart[mid], postStart[mid + 1]);
      }
    }
    return null;
  }
}
