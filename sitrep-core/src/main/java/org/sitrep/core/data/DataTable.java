package org.sitrep.core.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one loader for sitrep's data files: word lists, codes and mappings kept out of Java so that a
 * linguist can edit them.
 *
 * <p>Format: UTF-8, one row a line, columns separated by tabs. Lines starting with {@code #} are
 * comments; blank lines are skipped. The header must name where the data comes from and under which
 * licence, as two comment lines {@code # source: ...} and {@code # licence: ...}; a file without them is
 * refused, so no list enters the project without its provenance. Optionally {@code # columns: a b c}
 * names the columns, and a row with fewer cells than that is refused with its line number.
 *
 * <p>Tables are immutable and safe to share between threads.
 */
public final class DataTable {
  private final String name;
  private final String source;
  private final String licence;
  private final List<String> columns;
  private final List<Row> rows;

  /** One row: its cells (stripped) and its line number in the file. */
  public record Row(int line, List<String> cells) {
    /** The cell at {@code i}, or "" where the row is shorter. */
    public String get(int i) {
      return i < cells.size() ? cells.get(i) : "";
    }

    /** The cell at {@code i} split on {@code |} into its non-blank values. */
    public List<String> values(int i) {
      List<String> out = new ArrayList<>();
      for (String v : get(i).split("\\|")) {
        if (!v.isBlank()) {
          out.add(v.strip());
        }
      }
      return List.copyOf(out);
    }
  }

  private DataTable(String name, String source, String licence, List<String> columns, List<Row> rows) {
    this.name = name;
    this.source = source;
    this.licence = licence;
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Loads a table from the class path, relative to {@code owner}'s package unless {@code resource}
   * starts with "/".
   *
   * @throws IllegalStateException when the file is missing or malformed, naming the file, the line and
   *     the fix
   */
  public static DataTable load(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the data file " + resource + " is missing from the jar of "
            + owner.getName() + "; rebuild sitrep (mvn install)");
      }
      return parse(resource, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the data file " + resource, e);
    }
  }

  /** Parses a table from a stream (tests, files outside the class path). */
  public static DataTable parse(String name, InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String source = null;
    String licence = null;
    List<String> columns = List.of();
    List<Row> rows = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (n == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        String c = line.substring(1).strip();
        String lower = c.toLowerCase(Locale.ROOT);
        if (lower.startsWith("source:")) {
          source = c.substring("source:".length()).strip();
        } else if (lower.startsWith("licence:") || lower.startsWith("license:")) {
          licence = c.substring(c.indexOf(':') + 1).strip();
        } else if (lower.startsWith("columns:")) {
          columns = List.of(c.substring("columns:".length()).strip().split("\\s+"));
        }
        continue;
      }
      String[] f = line.split("\t", -1);
      List<String> cells = new ArrayList<>(f.length);
      for (String s : f) {
        cells.add(s.strip());
      }
      if (cells.get(0).isEmpty()) {
        throw new IllegalStateException(name + " line " + n + ": the first cell is empty; every row starts with its key");
      }
      if (!columns.isEmpty() && cells.size() < requiredColumns(columns)) {
        throw new IllegalStateException(name + " line " + n + ": " + cells.size() + " cells where the header's columns ("
            + String.join(" ", columns) + ") ask for " + requiredColumns(columns) + "; separate cells with tabs");
      }
      rows.add(new Row(n, List.copyOf(cells)));
    }
    if (source == null || source.isEmpty() || licence == null || licence.isEmpty()) {
      throw new IllegalStateException(name + ": the header must name the data's origin and terms in two comment lines, "
          + "'# source: ...' and '# licence: ...'");
    }
    return new DataTable(name, source, licence, columns, List.copyOf(rows));
  }

  /** Columns whose name ends in "?" are optional; the others are required. */
  private static int requiredColumns(List<String> columns) {
    int n = 0;
    for (String c : columns) {
      if (!c.endsWith("?")) {
        n++;
      }
    }
    return n;
  }

  public String name() {
    return name;
  }

  public String source() {
    return source;
  }

  public String licence() {
    return licence;
  }

  public List<String> columns() {
    return columns;
  }

  public List<Row> rows() {
    return rows;
  }

  /**
   * For a table of (word, kind) rows: the lower-cased words of each kind, every kind in {@code kinds} present
   * (empty where no row has it). A word may have more than one kind (one row each).
   *
   * @throws IllegalStateException for a row whose kind is not in {@code kinds}, naming the line and the kinds
   */
  public Map<String, Set<String>> wordsByKind(List<String> kinds) {
    Map<String, Set<String>> byKind = new LinkedHashMap<>();
    for (String k : kinds) {
      byKind.put(k, new HashSet<>());
    }
    for (Row r : rows) {
      Set<String> set = byKind.get(r.get(1));
      if (set == null) {
        throw new IllegalStateException(name + " line " + r.line() + ": unknown kind '" + r.get(1) + "'; use one of "
            + kinds);
      }
      set.add(r.get(0).toLowerCase(Locale.ROOT));
    }
    Map<String, Set<String>> out = new LinkedHashMap<>();
    byKind.forEach((k, v) -> out.put(k, Set.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }

  /** The first cells of all rows, in file order, lower-cased: for a plain word list. */
  public Set<String> words() {
    Set<String> out = new LinkedHashSet<>();
    for (Row row : rows) {
      out.add(row.get(0).toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }
}
