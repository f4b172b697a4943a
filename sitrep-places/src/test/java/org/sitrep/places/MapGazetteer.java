package org.sitrep.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Test reference: the gazetteer as it was before its binary index (sitrep 2026-12-06), word for word but for
 * its name: every entry a record read from the TSV, names in a hash map, the skeleton map built at the first
 * skeleton look-up. {@link GazetteerIndexTest} checks that {@link Gazetteer} gives the same answers.
 */
final class MapGazetteer {
  private static final String RESOURCE = Gazetteer.RESOURCE;

  private final List<GazetteerEntry> entries;
  private final Map<String, int[]> byName;
  /** Built on the first skeleton look-up (most articles never need one); immutable once built. */
  private volatile Map<String, int[]> bySkeleton;
  private final Map<String, GazetteerEntry> countries;
  private final Map<String, GazetteerEntry> admin1s;
  private final Map<String, String> admin1Names;

  private MapGazetteer(List<GazetteerEntry> entries, Map<String, int[]> byName,
                    Map<String, GazetteerEntry> countries, Map<String, GazetteerEntry> admin1s,
                    Map<String, String> admin1Names) {
    this.entries = entries;
    this.byName = byName;
    this.countries = countries;
    this.admin1s = admin1s;
    this.admin1Names = admin1Names;
  }

  static MapGazetteer loadResource() {
    InputStream in = MapGazetteer.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("gazetteer resource " + RESOURCE + " is missing from the class path; "
          + "rebuild it with sitrep-places/gazetteer/build.sh and rebuild sitrep-places");
    }
    try (in) {
      return load(new GZIPInputStream(in, 1 << 16), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + RESOURCE + ": " + e.getMessage()
          + "; rebuild it with sitrep-places/gazetteer/build.sh", e);
    }
  }

  /** Reads the gazetteer TSV (uncompressed stream); {@code source} names it in errors. */
  static MapGazetteer load(InputStream tsv, String source) throws IOException {
    List<GazetteerEntry> entries = new ArrayList<>(210_000);
    Map<String, String> admin1Names = new HashMap<>();
    Postings names = new Postings(600_000);
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
            List<String> alts = c[5].isEmpty() ? List.of() : List.of(c[5].split("\\|"));
            Long id = c.length > 6 && !c[6].isEmpty() ? Long.valueOf(c[6]) : null; // GeoNames id, where known
            add(entries, names, new GazetteerEntry(entries.size(), id, c[2], Double.parseDouble(c[3]),
                Double.parseDouble(c[4]), "PCLI", c[1], "", "", 0, alts));
          }
          case "P" -> {
            List<String> alts = c[10].isEmpty() ? List.of() : List.of(c[10].split("\\|"));
            add(entries, names, new GazetteerEntry(entries.size(), c[1].isEmpty() ? null : Long.valueOf(c[1]),
                c[2], Double.parseDouble(c[3]), Double.parseDouble(c[4]), c[5], c[6], c[7], c[8],
                Long.parseLong(c[9]), alts));
          }
          default -> throw new IllegalArgumentException("unknown row kind '" + c[0] + "'");
        }
      } catch (RuntimeException e) {
        throw new IOException(source + " line " + lineNo + " is malformed (" + e.getMessage()
            + "); rebuild it with sitrep-places/gazetteer/build.sh", e);
      }
    }
    Map<String, GazetteerEntry> countries = new HashMap<>();
    Map<String, GazetteerEntry> admin1s = new HashMap<>();
    for (GazetteerEntry e : entries) {
      if (e.isCountry()) {
        countries.put(e.countryCode(), e);
      } else if (e.isAdmin1()) {
        admin1s.merge(e.countryCode() + "." + e.admin1(), e, (a, b) -> a.geonameid() != null ? a : b);
      }
    }
    if (countries.isEmpty() || admin1s.isEmpty()) {
      throw new IOException(source + " has no countries or no divisions; rebuild it with sitrep-places/gazetteer/build.sh");
    }
    return new MapGazetteer(List.copyOf(entries), names.freeze(), Map.copyOf(countries),
        Map.copyOf(admin1s), Map.copyOf(admin1Names));
  }

  private static void add(List<GazetteerEntry> entries, Postings names, GazetteerEntry e) {
    entries.add(e);
    String key = Names.fold(e.name());
    names.add(key, e.index() * 2);
    for (String alt : e.altNames()) {
      String k = Names.fold(alt);
      if (!k.equals(key)) {
        names.add(k, e.index() * 2 + 1);
      }
    }
  }

  private Map<String, int[]> skeletons() {
    Map<String, int[]> m = bySkeleton;
    if (m == null) {
      synchronized (this) {
        m = bySkeleton;
        if (m == null) {
          Postings p = new Postings(byName.size());
          for (Map.Entry<String, int[]> k : byName.entrySet()) {
            String sk = Names.skeleton(k.getKey());
            for (int posting : k.getValue()) {
              p.add(sk, posting);
            }
          }
          bySkeleton = m = p.freeze();
        }
      }
    }
    return m;
  }

  /** Entries whose name or alternate name folds to the same key as {@code name}; skeleton matches only where there are none. */
  public List<Gazetteer.Hit> lookup(String name) {
    String key = Names.fold(name);
    if (key.isEmpty()) {
      return List.of();
    }
    List<Gazetteer.Hit> out = hits(byName.get(key), false);
    if (out.isEmpty() && key.length() >= 4) {
      out = hits(skeletons().get(Names.skeleton(key)), true).stream().filter(h -> closeSpelling(key, h.entry())).toList();
    }
    return out;
  }

  /** A skeleton match counts only where some name of the entry starts like the key and is about as long. */
  private static boolean closeSpelling(String key, GazetteerEntry e) {
    if (close(key, Names.fold(e.name()))) {
      return true;
    }
    for (String a : e.altNames()) {
      if (close(key, Names.fold(a))) {
        return true;
      }
    }
    return false;
  }

  private static boolean close(String key, String other) {
    return other.length() >= 2 && key.regionMatches(0, other, 0, 2) && Math.abs(other.length() - key.length()) <= 2
        && Names.skeleton(other).equals(Names.skeleton(key));
  }

  /** Exact (folded) matches only. */
  public List<Gazetteer.Hit> lookupExact(String name) {
    String key = Names.fold(name);
    return key.isEmpty() ? List.of() : hits(byName.get(key), false);
  }

  private List<Gazetteer.Hit> hits(int[] postings, boolean skeleton) {
    if (postings == null) {
      return List.of();
    }
    Map<Integer, Gazetteer.Hit> best = new java.util.TreeMap<>();
    for (int p : postings) {
      GazetteerEntry e = entries.get(p >> 1);
      Gazetteer.Match m = skeleton ? Gazetteer.Match.SKELETON : (p & 1) == 0 ? Gazetteer.Match.NAME : Gazetteer.Match.ALT_NAME;
      best.merge(e.index(), new Gazetteer.Hit(e, m), (a, b) -> a.match().compareTo(b.match()) <= 0 ? a : b);
    }
    return List.copyOf(best.values());
  }

  public Optional<GazetteerEntry> country(String iso2) {
    return Optional.ofNullable(countries.get(iso2));
  }

  public Optional<GazetteerEntry> admin1(String countryCode, String admin1Code) {
    return Optional.ofNullable(admin1s.get(countryCode + "." + admin1Code));
  }

  /** The GeoNames name of a first-level division, e.g. ("SY", "12") -> "Idlib". */
  public Optional<String> admin1Name(String countryCode, String admin1Code) {
    if (admin1Code == null || admin1Code.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(admin1Names.get(countryCode + "." + admin1Code));
  }

  public int size() {
    return entries.size();
  }

  /** Every folded name key (for the comparison test). */
  java.util.Set<String> keys() {
    return java.util.Collections.unmodifiableSet(byName.keySet());
  }

  /** Every entry (for the comparison test). */
  List<GazetteerEntry> entries() {
    return entries;
  }

  public int keyCount() {
    return byName.size();
  }

  /** Key -> postings, built with int arrays to keep the heap small. */
  private static final class Postings {
    private final Map<String, int[]> map;

    Postings(int capacity) {
      map = new HashMap<>(capacity * 4 / 3 + 1);
    }

    void add(String key, int posting) {
      if (key.isEmpty()) {
        return;
      }
      int[] old = map.get(key);
      if (old == null) {
        map.put(key, new int[] {posting});
      } else {
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

    Map<String, int[]> freeze() {
      return map; // never handed out nor changed after loading
    }
  }
}
