package org.sitrep.nlp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Fixed strings to their ids 0, 1, 2, ... (their positions in the array given), as a read-only
 * {@code Map<String, Integer>} that {@link edu.stanford.nlp.util.HashIndex} can hold, with {@link #id} the lookup
 * without boxing. The keys' characters are in one block of bytes (per key its id and length, then its characters,
 * one byte each when all are Latin-1, else two); the table is open addressing (linear probing, at most two thirds
 * full) of one int per slot, where the key starts in the block (24 bits) beside 8 bits of its {@code hashCode}, so a
 * lookup reads one int of a table of 4 bytes a slot and, when those 8 bits agree, one place of the block. A
 * {@code java.util.HashMap} reads a node, its key string, the string's bytes and an {@code Integer}; for the CRF's
 * 346,710 feature names the table is 2 MB and the block 8.9 MB. Keys of up to 16 MB in all ({@link #of}). Immutable
 * after construction, so thread-safe.
 */
final class StringIds extends AbstractMap<String, Integer> {
  private static final int WIDE = 0x8000_0000; // in a key's length word: two bytes per character
  private static final int MAX_BLOCK = 1 << 24; // where a key starts must fit in 24 bits
  /** An int of the block, big-endian, at any byte offset (the JDK's view of a byte array). */
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private final String[] keys; // by id
  private final int[] table; // per slot: (where the key starts in block) << 8 | (its hashCode & 0xFF); 0: empty
  private final int shift; // 32 - log2(slots)
  private final byte[] block; // per key: its id (4 bytes), its length (4 bytes, WIDE), its characters

  /**
   * The map of {@code keys[i]} to {@code i}, or null when the keys' characters and 8 bytes each come to 16 MB or more;
   * the keys must be distinct ({@code IllegalArgumentException}) and not null.
   */
  static StringIds of(String[] keys) {
    boolean[] narrow = new boolean[keys.length];
    long bytes = 1; // 0 marks an empty slot
    for (int i = 0; i < keys.length; i++) {
      narrow[i] = latin1(keys[i]);
      bytes += 8 + (long) keys[i].length() * (narrow[i] ? 1 : 2);
    }
    return bytes < MAX_BLOCK ? new StringIds(keys, narrow, (int) bytes) : null;
  }

  private StringIds(String[] keys, boolean[] narrowKeys, int bytes) {
    this.keys = keys.clone();
    int slots = Integer.highestOneBit(Math.max(8, keys.length + keys.length / 2)) << 1; // at least 1.5 x the keys
    table = new int[slots];
    shift = 32 - Integer.numberOfTrailingZeros(slots);
    block = new byte[bytes];
    int at = 1; // so that no slot in use is 0
    for (int id = 0; id < keys.length; id++) {
      String k = keys[id];
      int h = k.hashCode();
      int mask = slots - 1;
      int i = slot(h);
      while (table[i] != 0) {
        if ((table[i] & 0xFF) == (h & 0xFF) && matches(table[i] >>> 8, k)) {
          throw new IllegalArgumentException("StringIds: key " + id + " repeats an earlier one: " + k);
        }
        i = (i + 1) & mask;
      }
      table[i] = at << 8 | (h & 0xFF);
      boolean narrow = narrowKeys[id];
      putInt(at, id);
      putInt(at + 4, narrow ? k.length() : k.length() | WIDE);
      at += 8;
      if (narrow) { // all characters under 256: ISO-8859-1 is each character's low byte
        byte[] chars = k.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(chars, 0, block, at, chars.length);
        at += chars.length;
      } else { // each UTF-16 unit as it is, unpaired surrogates too
        for (int c = 0; c < k.length(); c++) {
          block[at++] = (byte) (k.charAt(c) >>> 8);
          block[at++] = (byte) k.charAt(c);
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
    int mask = t.length - 1;
    for (int i = slot(h); ; i = (i + 1) & mask) {
      int e = t[i];
      if (e == 0) {
        return -1;
      }
      if ((e & 0xFF) == (h & 0xFF) && matches(e >>> 8, s)) {
        return getInt(e >>> 8);
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
    INT.set(block, at, v);
  }

  private int getInt(int at) {
    return (int) INT.get(block, at);
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
