package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  @Test
  void shared_holdsCountriesDivisionsAndTowns() {
    Gazetteer g = Gazetteer.shared();
    assertTrue(g.size() > 200_000, "entries: " + g.size());
    assertEquals("Turkey", g.country("TR").orElseThrow().name());
    assertEquals(312394L, g.admin1("TR", "31").orElseThrow().geonameid());
    assertEquals("Idlib", g.admin1Name("SY", "12").orElseThrow());
    assertTrue(g.lookup("Hatay").stream().anyMatch(h -> h.entry().isAdmin1()));
  }

  @Test
  void divisionPoints_areAreaCentresNotLabelPoints() {
    Gazetteer g = Gazetteer.shared();
    // Hawaii's Natural Earth label point sits on Oahu (21.49, -158.00); the area centre of the islands
    // lies near Maui, ~190 km away. Florida's label point is near the Atlantic coast; its area centre
    // is west of Orlando, in the middle of the peninsula and the panhandle.
    GazetteerEntry hawaii = g.admin1("US", "HI").orElseThrow();
    assertTrue(GazetteerEntry.km(hawaii.lat(), hawaii.lon(), 20.8, -156.3) < 100, hawaii.toString());
    GazetteerEntry florida = g.admin1("US", "FL").orElseThrow();
    assertTrue(florida.lon() < -82.0 && florida.lon() > -83.5, florida.toString());
    // a division that is one landmass keeps a point inside it even when its centre would fall outside
    GazetteerEntry idlib = g.admin1("SY", "12").orElseThrow();
    assertTrue(GazetteerEntry.km(idlib.lat(), idlib.lon(), 35.93, 36.63) < 50, idlib.toString());
  }

  @Test
  void countries_carryGeoNamesIdAndPoint() {
    Gazetteer g = Gazetteer.shared();
    // GeoNames places the United States at 39.76, -98.5 (Kansas), Canada in Alberta's north, India at 22, 79;
    // other lists put them elsewhere (Canada's point ~1,000 km east), so a scorer keyed to GeoNames counts
    // the country as wrong
    GazetteerEntry us = g.country("US").orElseThrow();
    assertEquals(6252001L, us.geonameid());
    assertTrue(GazetteerEntry.km(us.lat(), us.lon(), 39.76, -98.5) < 5, us.toString());
    GazetteerEntry ca = g.country("CA").orElseThrow();
    assertEquals(6251999L, ca.geonameid());
    assertTrue(GazetteerEntry.km(ca.lat(), ca.lon(), 60.11, -113.64) < 5, ca.toString());
    assertEquals(163843L, g.country("SY").orElseThrow().geonameid());
    // a country the source lacks keeps a point and no id, rather than a made-up one
    GazetteerEntry xk = g.country("XK").orElseThrow();
    assertNull(xk.geonameid());
    assertTrue(GazetteerEntry.km(xk.lat(), xk.lon(), 42.6, 20.9) < 100, xk.toString());
  }

  @Test
  void lookup_foldsCaseDiacriticsAndArticles() {
    Gazetteer g = Gazetteer.shared();
    assertFalse(g.lookupExact("IDLIB").isEmpty());
    assertFalse(g.lookupExact("Jisr al-Shughur").isEmpty());
    assertTrue(g.lookup("").isEmpty());
  }

  @Test
  void load_malformedLineSaysWhereAndHowToFix() {
    String bad = "C\tTR\tTurkey\t39\t35\t\nP\tnot-a-number\n";
    IOException e = assertThrows(IOException.class,
        () -> Gazetteer.load(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.tsv"));
    assertTrue(e.getMessage().contains("bad.tsv line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("build.sh"), e.getMessage());
  }

  @Test
  void resource_matchesItsChecksumFile() throws Exception {
    byte[] data;
    try (var in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE)) {
      data = in.readAllBytes();
    }
    String want;
    try (var in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE + ".sha256")) {
      want = new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\\s+")[0];
    }
    byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(data);
    String got = java.util.HexFormat.of().formatHex(d);
    assertEquals(want, got, "gazetteer.tsv.gz changed without its .sha256; rebuild with sitrep-places/gazetteer/build.sh");
  }

  /** Benchmark, not a timed test: prints load time and retained heap. */
  @Test
  void loadResource_benchmark() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    Gazetteer g = Gazetteer.loadResource();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    long cpuMs = (mx.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf("gazetteer benchmark: %d entries, %d name keys, loaded in %d ms wall / %d ms CPU, "
        + "retained heap ~%d MB%n", g.size(), g.keyCount(), ms, cpuMs, (after - before) / (1024 * 1024));
    assertTrue(g.size() > 0);
  }
}
