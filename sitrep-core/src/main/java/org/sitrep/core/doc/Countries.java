package org.sitrep.core.doc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The country table shared by the stages ({@code data/countries.tsv}, written for sitrep from ISO 3166
 * facts): alpha-3 code, English names, demonyms, capitals. Loaded once; immutable.
 */
public final class Countries {
  /** One country. */
  public record Country(String code, List<String> names, List<String> demonyms, List<String> capitals) {
  }

  private static final List<Country> ALL = load();

  private Countries() {
  }

  public static List<Country> all() {
    return ALL;
  }

  private static List<Country> load() {
    String res = "/org/sitrep/core/data/countries.tsv";
    try (InputStream in = Countries.class.getResourceAsStream(res)) {
      if (in == null) {
        throw new IllegalStateException("the country table " + res + " is missing from sitrep-core's jar; rebuild it");
      }
      List<Country> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        out.add(new Country(f[0].strip(), split(f, 1), split(f, 2), split(f, 3)));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the country table " + res, e);
    }
  }

  private static List<String> split(String[] f, int i) {
    if (i >= f.length || f[i].isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : f[i].split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return List.copyOf(out);
  }
}
