package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.util.HashIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link StringIds} and {@link CrfFeatureIndex} give the ids a HashIndex with a HashMap gives, present or not. */
class StringIdsTest {
  /** Names in the CRF's style, some of them with equal hash codes ("Aa" and "BB" hash alike). */
  private static List<String> names(int n, long seed) {
    Random r = new Random(seed);
    String[] kinds = {"WORD", "PWORD", "NWORD", "SHAPE", "DISTSIM", "PSEQ", "#"};
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder b = new StringBuilder();
      int len = 1 + r.nextInt(9);
      for (int k = 0; k < len; k++) {
        b.append((char) ('a' + r.nextInt(26)));
      }
      out.add(b + "-" + kinds[r.nextInt(kinds.length)] + (r.nextBoolean() ? "|C" : "|CpC"));
    }
    out.add("Aa-WORD|C");
    out.add("BB-WORD|C"); // the same hashCode as the one before
    out.add("AaAa|C");
    out.add("BBBB|C"); // and again
    out.add("Ünïcödé-WORD|C");
    out.add("");
    return out;
  }

  @Test
  void id_isTheHashIndexsId_forEveryNameAndForNamesNotIn() {
    List<String> names = names(50_000, 1);
    HashIndex<String> plain = new HashIndex<>();
    plain.addAll(names);
    CrfFeatureIndex fast = CrfFeatureIndex.of(plain.objectsList().toArray(new String[0]), true);
    assertEquals(plain.size(), fast.size());
    assertEquals(plain.objectsList(), fast.objectsList());
    assertTrue(fast.isLocked());
    for (String n : names) {
      String fresh = new String(n.toCharArray()); // not the same object: compared by content
      assertEquals(plain.indexOf(fresh), fast.indexOf(fresh), n);
    }
    for (String n : names(20_000, 2)) { // mostly not in the index
      assertEquals(plain.indexOf(n), fast.indexOf(n), n);
      assertEquals(plain.contains(n), fast.contains(n), n);
    }
    for (String n : List.of("Aa", "BB", "Ab-WORD|C", "BB-WORD|", "Aa-WORD|C ", "AaBB|C")) {
      assertEquals(plain.indexOf(n), fast.indexOf(n), n);
    }
    assertEquals(plain, fast);
    assertEquals(-1, fast.addToIndex("not-in-a-locked-index"), "locked, as CoreNLP's");
    assertEquals(plain.size(), fast.size());
  }

  @Test
  void unlocked_findsItsNames_butTakesNoNewOne() {
    CrfFeatureIndex idx = CrfFeatureIndex.of(new String[] {"a", "b"}, false);
    assertEquals(1, idx.addToIndex("b"), "a name it has: its id");
    assertThrows(UnsupportedOperationException.class, () -> idx.addToIndex("c"));
  }

  @Test
  void map_behavesAsAHashMapOfTheSameEntries() {
    List<String> names = new ArrayList<>(new java.util.LinkedHashSet<>(names(3_000, 4)));
    StringIds ids = StringIds.of(names.toArray(new String[0]));
    Map<String, Integer> plain = new HashMap<>();
    for (String n : names) {
      plain.put(n, plain.size());
    }
    assertEquals(plain, ids);
    assertEquals(ids, plain);
    assertEquals(plain.hashCode(), ids.hashCode());
    assertEquals(-1, ids.id(null));
    assertEquals(-1, ids.id(42));
    assertNull(ids.get("absent"));
    assertFalse(ids.containsKey("absent"));
    assertThrows(UnsupportedOperationException.class, () -> ids.put("new", ids.size()));
    int i = 0;
    for (Map.Entry<String, Integer> e : ids.entrySet()) {
      assertEquals(i, e.getValue());
      assertEquals(names.get(i++), e.getKey());
    }
  }

  @Test
  void keysOf16MbOrMore_giveNoMap_andTheCopysReaderAPlainHashIndex() {
    String[] big = new String[16];
    for (int i = 0; i < big.length; i++) {
      big[i] = String.valueOf((char) ('a' + i)).repeat(1 << 20); // 16 x 1 MB of Latin-1, with the headers over 16 MB
    }
    assertNull(StringIds.of(big));
    assertNull(CrfFeatureIndex.of(big, true));
    String[] fits = java.util.Arrays.copyOf(big, 15);
    assertEquals(14, StringIds.of(fits).id(new String(big[14].toCharArray())));
  }

  @Test
  void keys_mustBeDistinct() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StringIds.of(new String[] {"Aa-WORD|C", "BB-WORD|C", "Aa-WORD|C"}));
    assertTrue(e.getMessage().contains("key 2"), e.getMessage());
  }

  @Test
  void wideAndNarrowKeys_ofTheSameLength_areToldApart() {
    String[] keys = {"caf\u00e9", "caf\u0119", "caf\u0419", "\u00e9", "\u0119", "a\u20acb", "a\u00acb", "a\ud800b"};
    StringIds ids = StringIds.of(keys);
    for (int i = 0; i < keys.length; i++) {
      assertEquals(i, ids.id(new String(keys[i].toCharArray())), keys[i]);
    }
    for (String k : List.of("cafe", "caf\u0129", "caf\u00e9 ", "\u0019", "a\u01acb", "a\u20ac", "a\ud801b", "a?b")) {
      assertEquals(-1, ids.id(k), k);
    }
  }
}
