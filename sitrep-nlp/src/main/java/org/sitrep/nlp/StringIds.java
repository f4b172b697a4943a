package org.sitrep.nlp;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Fixed strings to their ids 0, 1, 2, ... (their positions in the array given), as a read-only
 * {@code Map<String, Integer>} that {@link edu.stanford.nlp.util.HashIndex} can hold, with {@link #id} the lookup
 * without boxing. The table is open addressing (linear probing, at most half full) of int pairs, a key's
 * {@code hashCode} beside where its characters start in one block of bytes (its id and length first, then its
 * characters, one byte each when all are Latin-1, else two), so that a lookup reads one place of the table and, when
 * the hash codes are equal, one place of the block; a {@code java.util.HashMap} reads a node, its key string, the
 * string's bytes and an {@code Integer}. Immutable after construction, so thread-safe.
 */
final class StringIds extends AbstractMap<String, Integer> {
  private static final int WIDE = 0x8000_0000; // in a key's length word: two bytes per character
  private final String[] keys; // by id
  private final int[] table; // slot i: table[2i] the key's hashCode, table[2i + 1] where it starts in block (0: empty)
  private final int shift; // 32 - log2(slots)
  private final byte[] block; // per key: its id (4 bytes), its length (4 bytes, WIDE), its characters

  /** The map of {@code keys[i]} to {@code i}; the keys must be distinct and not null. */
  StringIds(String[] keys) {
    this.keys = keys.clone();
    int slots = Integer.highestOneBit(Math.max(8, 2 * keys.length - 1)) << 1; // at least twice the keys
    table = new int[2 * slots];
    shift = 32 - Integer.numberOfTrailingZeros(slots);
    long bytes = 1;
    for (String k : keys) {
      bytes += 8 + (long) k.length() * (latin1(k) ? 1 : 2);
    }
    if (bytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("StringIds holds up to 2 GB of characters, not " + bytes + " bytes");
    }
    block = new byte[(int) bytes];
    int at = 1; // 0 marks an empty slot
    for (int id = 0; id < keys.length; id++) {
      String k = keys[id];
      int h = k.hashCode();
      int mask = slots - 1;
      int i = slot(h);
      while (table[2 * i + 1] != 0) {
        if (table[2 * i] == h && matches(table[2 * i + 1], k)) {
          throw new IllegalArgumentException("StringIds: key " + id + " repeats an earlier one: " + k);
        }
        i = (i + 1) & mask;
      }
      table[2 * i] = h;
      table[2 * i + 1] = at;
      boolean narrow = latin1(k);
      putInt(at, id);
      putInt(at + 4, narrow ? k.length() : k.length() | WIDE);
      at += 8;
      for (int c = 0; c < k.length(); c++) {
        char ch = k.charAt(c);
        if (narrow) {
          block[at++] = (byte) ch;
        } else {
          block[at++] = (byte) (ch >>> 8);
          block[at++] = (byte) ch;
        }
      }
    }
  }

  /** The id of {@code o}, or -1 when it is not a key (also when it is not a string). */
  int id(Object o) {
    if (!(o instanceof String s)) {
      return -1;
    }
    int h = s.hashCode();
    int[] t = table;
    int mask = (t.length >> 1) - 1;
    for (int i = slot(h); ; i = (i + 1) & mask) {
      int at = t[2 * i + 1];
      if (at == 0) {
        return -1;
      }
      if (t[2 * i] == h && matches(at, s)) {
        return getInt(at);
      }
    }
  }

  /** Whether the key stored at {@code at} has the characters of {@code s}. */
  private boolean matches(int at, String s) {
    byte[] b = block;
    int len = getInt(at + 4);
    int p = at + 8;
    if (len == s.length()) { // one byte per character
      for (int c = 0; c < len; c++) {
        if (s.charAt(c) != (b[p + c] & 0xFF)) {
          return false;
        }
      }
      return true;
    }
    if ((len & WIDE) == 0 || (len & ~WIDE) != s.length()) {
      return false;
    }
    for (int c = 0; c < s.length(); c++) {
      if (s.charAt(c) != (char) (((b[p + 2 * c] & 0xFF) << 8) | (b[p + 2 * c + 1] & 0xFF))) {
        return false;
      }
    }
    return true;
  }

  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift; // Fibonacci hashing: the high bits of the product
  }

  private static boolean latin1(String k) {
    for (int c = 0; c < k.length(); c++) {
      if (k.charAt(c) > 0xFF) {
        return false;
      }
    }
    return true;
  }

  private void putInt(int at, int v) {
    block[at] = (byte) (v >>> 24);
    block[at + 1] = (byte) (v >>> 16);
    block[at + 2] = (byte) (v >>> 8);
    block[at + 3] = (byte) v;
  }

  private int getInt(int at) {
    byte[] b = block;
    return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
  }

  @Override
  public Integer get(Object key) {
    int id = id(key);
    return id < 0 ? null : id;
  }

  @Override
  public boolean containsKey(Object key) {
    return id(key) >= 0;
  }

  @Override
  public int size() {
    return keys.length;
  }

  /** The entries in id order. */
  @Override
  public Set<Map.Entry<String, Integer>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Integer>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Map.Entry<String, Integer> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int id = next++;
            return new SimpleImmutableEntry<>(keys[id], id);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }
}
