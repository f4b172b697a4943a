package org.sitrep.places;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gazetteer's data in columns: one array per field, every string once in a UTF-8 pool, the name and
 * skeleton keys in {@link KeyIndex}es. What {@link GazetteerIndexFile} writes and reads; {@link Gazetteer}
 * makes its {@link GazetteerEntry} records from it on demand. Immutable once built (the arrays are never
 * changed nor handed out).
 */
final class GazetteerTable {
  /** {@link #geonameid} of an entry without a GeoNames id. */
  static final long NO_ID = Long.MIN_VALUE;

  final long[] geonameid;
  final double[] lat;
  final double[] lon;
  final long[] population;
  /** Pool indexes of each entry's feature code, country code, admin1 and admin2 codes. */
  final int[] featureCode;
  final int[] countryCode;
  final int[] admin1;
  final int[] admin2;
  /** Entry i's name is {@code pool(nameRefs[firstName[i]])}, its alternate names the pool strings that follow in nameRefs. */
  final int[] firstName;
  final int[] nameRefs;
  /** String i of the pool is {@code poolBytes[poolStart[i] .. poolStart[i + 1])} in UTF-8. */
  final int[] poolStart;
  final byte[] poolBytes;
  /** Folded name -> postings (entry index * 2, + 1 for an alternate name). */
  final KeyIndex byName;
  /** Skeleton of each folded name -> the same postings. */
  final KeyIndex bySkeleton;
  /** The entry indexes of countries and of first-level divisions, one per country or division code. */
  final int[] countries;
  final int[] admin1s;
  /** Pool indexes of the admin1 names' keys ("SY.12") and names ("Idlib"), pairwise. */
  final int[] admin1Names;

  GazetteerTable(long[] geonameid, double[] lat, double[] lon, long[] population, int[] featureCode,
                 int[] countryCode, int[] admin1, int[] admin2, int[] firstName, int[] nameRefs, int[] poolStart,
                 byte[] poolBytes, KeyIndex byName, KeyIndex bySkeleton, int[] countries, int[] admin1s,
                 int[] admin1Names) {
    int n = geonameid.length;
    if (lat.length != n || lon.length != n || population.length != n || featureCode.length != n
        || countryCode.length != n || admin1.length != n || admin2.length != n || firstName.length != n + 1
        || firstName[n] != nameRefs.length || poolStart.length == 0 || poolStart[poolStart.length - 1] != poolBytes.length
        || admin1Names.length % 2 != 0) {
      throw new IllegalArgumentException("gazetteer table columns disagree in length (" + n + " entries)");
    }
    this.geonameid = geonameid;
    this.lat = lat;
    this.lon = lon;
    this.population = population;
    this.featureCode = featureCode;
    this.countryCode = countryCode;
    this.admin1 = admin1;
    this.admin2 = admin2;
    this.firstName = firstName;
    this.nameRefs = nameRefs;
    this.poolStart = poolStart;
    this.poolBytes = poolBytes;
    this.byName = byName;
    this.bySkeleton = bySkeleton;
    this.countries = countries;
    this.admin1s = admin1s;
    this.admin1Names = admin1Names;
  }

  int size() {
    return geonameid.length;
  }

  String pool(int i) {
    return new String(poolBytes, poolStart[i], poolStart[i + 1] - poolStart[i], StandardCharsets.UTF_8);
  }

  /** Entry i as a record (a new one on each call). */
  GazetteerEntry entry(int i) {
    int from = firstName[i];
    int to = firstName[i + 1];
    String[] alts = new String[to - from - 1];
    for (int j = 0; j < alts.length; j++) {
      alts[j] = pool(nameRefs[from + 1 + j]);
    }
    return new GazetteerEntry(i, geonameid[i] == NO_ID ? null : geonameid[i], pool(nameRefs[from]), lat[i], lon[i],
        pool(featureCode[i]), pool(countryCode[i]), pool(admin1[i]), pool(admin2[i]), population[i], List.of(alts));
  }

  /** Country code -> entry index. */
  Map<String, Integer> countryIndex() {
    Map<String, Integer> m = new HashMap<>();
    for (int e : countries) {
      m.put(pool(countryCode[e]), e);
    }
    return Map.copyOf(m);
  }

  /** "CC.admin1" -> entry index. */
  Map<String, Integer> admin1Index() {
    Map<String, Integer> m = new HashMap<>();
    for (int e : admin1s) {
      m.put(pool(countryCode[e]) + "." + pool(admin1[e]), e);
    }
    return Map.copyOf(m);
  }

  /** "CC.admin1" -> the division's name. */
  Map<String, String> admin1NameIndex() {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < admin1Names.length; i += 2) {
      m.put(pool(admin1Names[i]), pool(admin1Names[i + 1]));
    }
    return Map.copyOf(m);
  }

  /** Same content, column by column (for tests of the index file). */
  boolean sameAs(GazetteerTable o) {
    return Arrays.equals(geonameid, o.geonameid) && Arrays.equals(lat, o.lat) && Arrays.equals(lon, o.lon)
        && Arrays.equals(population, o.population) && Arrays.equals(featureCode, o.featureCode)
        && Arrays.equals(countryCode, o.countryCode) && Arrays.equals(admin1, o.admin1) && Arrays.equals(admin2, o.admin2)
        && Arrays.equals(firstName, o.firstName) && Arrays.equals(nameRefs, o.nameRefs)
        && Arrays.equals(poolStart, o.poolStart) && Arrays.equals(poolBytes, o.poolBytes)
        && same(byName, o.byName) && same(bySkeleton, o.bySkeleton) && Arrays.equals(countries, o.countries)
        && Arrays.equals(admin1s, o.admin1s) && Arrays.equals(admin1Names, o.admin1Names);
  }

  private static boolean same(KeyIndex a, KeyIndex b) {
    return Arrays.equals(a.keyStart, b.keyStart) && Arrays.equals(a.keys, b.keys) && Arrays.equals(a.postStart, b.postStart)
        && Arrays.equals(a.postings, b.postings);
  }
}
