package org.sitrep.places;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the gazetteer TSV ({@code sitrep-places/gazetteer/build.sh}'s output) into a {@link GazetteerTable}:
 * parses each row, folds every name and alternate name ({@link Names#fold}) and builds the name and skeleton
 * indexes. This is the slow path (about 5 s CPU for the shipped 210k rows); the build runs it once and
 * stores the result as {@link GazetteerIndexFile}. Stateless.
 */
final class GazetteerTsv {
  private GazetteerTsv() {
  }

  /** Reads an uncompressed TSV stream; {@code source} names it in errors. */
  static GazetteerTable read(InputStream tsv, String source) throws IOException {
    Columns t = new Columns();
    Map<String, String> admin1Names = new LinkedHashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8), 1 << 16);
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      String[] c = line.split("\t", -1);
      try {
        switch (c[0]) {
          case "A" -> admin1Names.put(c[1], c[2]);
          case "C" -> {
            String[] alts = c[5].isEmpty() ? new String[0] : c[5].split("\\|");
            long id = c.length > 6 && !c[6].isEmpty() ? Long.parseLong(c[6]) : GazetteerTable.NO_ID; // GeoNames id, where known
            t.add(id, c[2], Double.parseDouble(c[3]), Double.parseDouble(c[4]), "PCLI", c[1], "", "", 0, alts);
          }
          case "P" -> {
            String[] alts = c[10].isEmpty() ? new String[0] : c[10].split("\\|");
            t.add(c[1].isEmpty() ? GazetteerTable.NO_ID : Long.parseLong(c[1]), c[2], Double.parseDouble(c[3]),
                Double.parseDouble(c[4]), c[5], c[6], c[7], c[8], Long.parseLong(c[9]), alts);
          }
          default -> throw new IllegalArgumentException("unknown row kind '" + c[0] + "'");
        }
      } catch (RuntimeException e) {
        throw new IOException(source + " line " + lineNo + " is malformed (" + e.getMessage()
            + "); rebuild it with sitrep-places/gazetteer/build.sh", e);
      }
    }
    GazetteerTable table = t.build(admin1Names);
    if (table.countries.length == 0 || table.admin1s.length == 0) {
      throw new IOException(source + " has no countries or no divisions; rebuild it with sitrep-places/gazetteer/build.sh");
    }
    return table;
  }

  /** The columns as they grow, row by row. */
  private static final class Columns {
    private int n;
    private long[] geonameid = new long[1024];
    private double[] lat = new double[1024];
    private double[] lon = new double[1024];
    private long[] population = new long[1024];
    private int[] featureCode = new int[1024];
    private int[] countryCode = new int[1024];
    private int[] admin1 = new int[1024];
    private int[] admin2 = new int[1024];
    private int[] firstName = new int[1025];
    private int[] nameRefs = new int[4096];
    private int refs;
    private final Map<String, Integer> poolIds = new HashMap<>();
    private final List<Integer> poolStart = new ArrayList<>(List.of(0));
    private final ByteArrayOutputStream poolBytes = new ByteArrayOutputStream(1 << 20);
    private final Map<String, int[]> names = new HashMap<>();
    /** Country code -> entry (the last one wins); "CC.admin1" -> entry (the first with an id, else the last). */
    private final Map<String, Integer> countries = new HashMap<>();
    private final Map<String, Integer> admin1s = new HashMap<>();

    void add(long id, String name, double la, double lo, String fc, String cc, String a1, String a2, long pop,
             String[] alts) {
      if (n == geonameid.length) {
        int m = n * 2;
        geonameid = Arrays.copyOf(geonameid, m);
        lat = Arrays.copyOf(lat, m);
        lon = Arrays.copyOf(lon, m);
        population = Arrays.copyOf(population, m);
        featureCode = Arrays.copyOf(featureCode, m);
        countryCode = Arrays.copyOf(countryCode, m);
        admin1 = Arrays.copyOf(admin1, m);
        admin2 = Arrays.copyOf(admin2, m);
        firstName = Arrays.copyOf(firstName, m + 1);
      }
      int i = n++;
      geonameid[i] = id;
      lat[i] = la;
      lon[i] = lo;
      population[i] = pop;
      featureCode[i] = pool(fc);
      countryCode[i] = pool(cc);
      admin1[i] = pool(a1);
      admin2[i] = pool(a2);
      firstName[i] = refs;
      ref(pool(name));
      for (String a : alts) {
        ref(pool(a));
      }
      firstName[i + 1] = refs;
      String key = Names.fold(name);
      post(names, key, i * 2);
      for (String alt : alts) {
        String k = Names.fold(alt);
        if (!k.equals(key)) {
          post(names, k, i * 2 + 1);
        }
      }
      if (fc.startsWith("PCL")) {
        countries.put(cc, i);
      } else if (fc.equals("ADM1")) {
        admin1s.merge(cc + "." + a1, i, (a, b) -> geonameid[a] != GazetteerTable.NO_ID ? a : b);
      }
    }

    private void ref(int poolId) {
      if (refs == nameRefs.length) {
        nameRefs = Arrays.copyOf(nameRefs, refs * 2);
      }
      nameRefs[refs++] = poolId;
    }

    private int pool(String s) {
      Integer id = poolIds.get(s);
      if (id == null) {
        id = poolIds.size();
        poolIds.put(s, id);
        poolBytes.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        poolStart.add(poolBytes.size());
      }
      return id;
    }

    GazetteerTable build(Map<String, String> admin1NameMap) {
      int[] a1Names = new int[admin1NameMap.size() * 2];
      int j = 0;
      for (Map.Entry<String, String> e : admin1NameMap.entrySet()) {
        a1Names[j++] = pool(e.getKey());
        a1Names[j++] = pool(e.getValue());
      }
      Map<String, int[]> skeletons = new HashMap<>(names.size() * 4 / 3 + 1);
      for (Map.Entry<String, int[]> k : names.entrySet()) {
        String sk = Names.skeleton(k.getKey());
        for (int posting : k.getValue()) {
          post(skeletons, sk, posting);
        }
      }
      skeletons.values().forEach(Arrays::sort); // the order of a key's postings does not change a look-up's answer
      return new GazetteerTable(Arrays.copyOf(geonameid, n), Arrays.copyOf(lat, n), Arrays.copyOf(lon, n),
          Arrays.copyOf(population, n), Arrays.copyOf(featureCode, n), Arrays.copyOf(countryCode, n),
          Arrays.copyOf(admin1, n), Arrays.copyOf(admin2, n), Arrays.copyOf(firstName, n + 1),
          Arrays.copyOf(nameRefs, refs), poolStart.stream().mapToInt(Integer::intValue).toArray(), poolBytes.toByteArray(),
          KeyIndex.of(names), KeyIndex.of(skeletons), sortedValues(countries), sortedValues(admin1s), a1Names);
    }

    private static int[] sortedValues(Map<String, Integer> m) {
      return m.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    }
  }

  /** Adds a posting to a key's list unless the key is empty or already holds it. */
  private static void post(Map<String, int[]> map, String key, int posting) {
    if (key.isEmpty()) {
      return;
    }
    int[] old = map.get(key);
    if (old == null) {
      map.put(key, new int[] {posting});
      return;
    }
    for (int o : old) {
      if (o == posting) {
        return;
      }
    }
    int[] grown = Arrays.copyOf(old, old.length + 1);
    grown[old.length] = posting;
    map.put(key, grown);
  }
}
