package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The binary gazetteer index ({@link GazetteerIndexFile}) against the TSV it is made from and the hash-map gazetteer it replaced. */
class GazetteerIndexTest {
  /** A small gazetteer of made-up places: a country, two divisions (one listed twice), towns with alternate names. */
  private static final String TSV = String.join("\n",
      "A\tQQ.01\tNorth Province",
      "A\tQQ.02\tSouth Province",
      "C\tQQ\tQuxland\t10.5\t20.25\tQux Land|Quxlandia\t",
      "P\t\tNorth Province\t11\t21\tADM1\tQQ\t01\t\t0\t",
      "P\t9001\tNorth Province\t11.1\t21.1\tADM1\tQQ\t01\t\t0\t",
      "P\t9002\tTall Hamra\t10.123456789\t20.987654321\tPPLA\tQQ\t01\tX7\t52000\tTell Hamra|Tal al-Hamra|T'all Hamra",
      "P\t9003\tMa'arrat Qux\t-3.5\t-0.0\tPPL\tQQ\t02\t\t800\tMaarat Qux|Ma‘arrat Qux",
      "P\t9004\tSão Bento\t1e-3\t179.999\tPPL\tQQ\t02\t\t1200\tSao Bento||Ṣāo Bento",
      "") ;

  private static GazetteerTable small() throws IOException {
    return GazetteerTsv.read(new ByteArrayInputStream(TSV.getBytes(StandardCharsets.UTF_8)), "small.tsv");
  }

  @Test
  void writeThenRead_givesTheSameTableAndTheSameBytesEachTime() throws IOException {
    GazetteerTable t = small();
    byte[] a = GazetteerIndexFile.write(t, "k");
    byte[] b = GazetteerIndexFile.write(small(), "k");
    assertArrayEquals(a, b, "the index of the same TSV must be the same bytes");
    assertTrue(GazetteerIndexFile.read(a, "k").sameAs(t));
  }

  @Test
  void smallGazetteer_answersLikeTheHashMapGazetteer() throws IOException {
    Gazetteer g = Gazetteer.of(GazetteerIndexFile.read(GazetteerIndexFile.write(small(), "k"), "k"));
    MapGazetteer old = MapGazetteer.load(new ByteArrayInputStream(TSV.getBytes(StandardCharsets.UTF_8)), "small.tsv");
    List<String> names = List.of("Quxland", "QUX LAND", "Tell Hamra", "tal hamra", "Tall-Hamra", "Maarrat Qux",
        "Ma'arat Qux", "Maerrat Qux", "Sao Bento", "São Bento", "Sao Bentu", "North Province", "Nowhere", "", "  ",
        "Tal", "Qx");
    for (String n : names) {
      assertEquals(old.lookup(n), g.lookup(n), n);
      assertEquals(old.lookupExact(n), g.lookupExact(n), n);
    }
    assertFalse(g.lookup("Maerrat Qux").isEmpty(), "a skeleton match");
    assertEquals(Long.valueOf(9001), g.admin1("QQ", "01").orElseThrow().geonameid(), "the division with an id");
    assertEquals("Quxland", g.country("QQ").orElseThrow().name());
    assertEquals("South Province", g.admin1Name("QQ", "02").orElseThrow());
    assertEquals(old.size(), g.size());
    assertEquals(old.keyCount(), g.keyCount());
    assertSame(g.lookup("Tall Hamra").get(0).entry(), g.lookup("Tell Hamra").get(0).entry(), "one record per entry");
  }

  @Test
  void read_refusesCorruptTruncatedOrStaleIndexes() throws IOException {
    byte[] good = GazetteerIndexFile.write(small(), "k");
    byte[] flipped = good.clone();
    flipped[good.length / 2] ^= 1;
    assertTrue(assertThrows(IOException.class, () -> GazetteerIndexFile.read(flipped, "k")).getMessage().contains("corrupt"));
    byte[] cut = java.util.Arrays.copyOf(good, good.length - 100);
    assertThrows(IOException.class, () -> GazetteerIndexFile.read(cut, "k"));
    assertThrows(IOException.class, () -> GazetteerIndexFile.read(new byte[3], "k"));
    assertTrue(assertThrows(IOException.class, () -> GazetteerIndexFile.read(good, "other")).getMessage()
        .contains("other data or code"));
  }

  @Test
  void fromIndex_fallsBackToTheTsvWhenTheIndexIsCorruptOrMissing() throws IOException {
    byte[] bad = GazetteerIndexFile.write(small(), "k");
    bad[40] ^= 1;
    Gazetteer tsv = Gazetteer.load(new ByteArrayInputStream(TSV.getBytes(StandardCharsets.UTF_8)), "small.tsv");
    AtomicInteger calls = new AtomicInteger();
    assertSame(tsv, Gazetteer.fromIndex(bad, "k", "none", () -> {
      calls.incrementAndGet();
      return tsv;
    }));
    assertSame(tsv, Gazetteer.fromIndex(null, "k", "none", () -> {
      calls.incrementAndGet();
      return tsv;
    }));
    assertEquals(2, calls.get());
    Gazetteer fromGood = Gazetteer.fromIndex(GazetteerIndexFile.write(small(), "k"), "k", "none", () -> {
      throw new AssertionError("a good index needs no TSV");
    });
    assertEquals(tsv.lookup("Tell Hamra"), fromGood.lookup("Tell Hamra"));
  }

  @Test
  void readAll_readsWhatTheStreamHoldsWhateverItAnnounces() throws IOException {
    byte[] data = new byte[100_000];
    new java.util.Random(7).nextBytes(data);
    for (int announced : new int[] {0, 10, 100_000, 200_000}) {
      InputStream in = new ByteArrayInputStream(data) {
        @Override
        public synchronized int available() {
          return announced;
        }
      };
      assertArrayEquals(data, Gazetteer.readAll(in), "announcing " + announced);
    }
  }

  /**
   * The shipped index against the hash-map gazetteer read from the shipped TSV: every name key exactly, a
   * misspelling of every seventh key (the skeleton path), and each entry's country and division.
   */
  @Test
  void shippedIndex_answersEveryNameLikeTheHashMapGazetteer() throws IOException {
    byte[] index;
    try (InputStream in = Gazetteer.class.getResourceAsStream(GazetteerIndexFile.RESOURCE)) {
      assertNotNull(in, GazetteerIndexFile.RESOURCE + " is missing: build sitrep-places with Maven (process-classes makes it)");
      index = in.readAllBytes();
    }
    Gazetteer g = Gazetteer.of(GazetteerIndexFile.read(index, GazetteerIndexFile.sourceKey()));
    MapGazetteer old = MapGazetteer.loadResource();
    assertEquals(old.size(), g.size());
    assertEquals(old.keyCount(), g.keyCount());
    List<String> keys = new ArrayList<>(old.keys());
    keys.sort(null);
    int i = 0;
    int skeletonHits = 0;
    for (String k : keys) {
      assertEquals(old.lookupExact(k), g.lookupExact(k), k);
      if (i++ % 7 == 0) {
        String typo = misspell(k);
        List<Gazetteer.Hit> hits = g.lookup(typo);
        assertEquals(old.lookup(typo), hits, typo);
        skeletonHits += hits.stream().anyMatch(h -> h.match() == Gazetteer.Match.SKELETON) ? 1 : 0;
      }
    }
    assertTrue(skeletonHits > 10_000, "misspellings the skeleton index answered: " + skeletonHits);
    for (GazetteerEntry e : old.entries()) {
      assertEquals(old.country(e.countryCode()), g.country(e.countryCode()), e.countryCode());
      assertEquals(old.admin1(e.countryCode(), e.admin1()), g.admin1(e.countryCode(), e.admin1()), e.admin1());
      assertEquals(old.admin1Name(e.countryCode(), e.admin1()), g.admin1Name(e.countryCode(), e.admin1()));
    }
  }

  /** A key with its last vowel after the first letter changed (a -> e, others -> a): the same skeleton, another key. */
  private static String misspell(String k) {
    for (int j = k.length() - 1; j > 0; j--) {
      if ("aeiou".indexOf(k.charAt(j)) >= 0) {
        return k.substring(0, j) + (k.charAt(j) == 'a' ? 'e' : 'a') + k.substring(j + 1);
      }
    }
    return k + "h";
  }
}
