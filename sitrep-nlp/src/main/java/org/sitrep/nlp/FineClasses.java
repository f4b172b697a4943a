package org.sitrep.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.doc.Countries;

/**
 * sitrep's own fast replacement for CoreNLP's fine-grained NER step (which costs more than the rest of
 * NER together): COUNTRY, NATIONALITY, capital CITY and TITLE from the country table and a list of
 * titles, applied over the coarse CRF tags. A country name the CRF tagged LOCATION (or missed) becomes
 * COUNTRY; a demonym it left O or MISC becomes NATIONALITY; a capital it tagged LOCATION becomes CITY;
 * a title word it left O becomes TITLE. Words inside a PERSON or ORGANIZATION name keep their tag
 * ("Syrian Observatory for Human Rights" stays an organisation). Immutable and thread-safe.
 */
final class FineClasses {
  static final int MAX_WORDS = 6;
  private static final Set<String> PLACE_OK = Set.of("LOCATION", "O", "MISC");
  private static final Set<String> ADJ_OK = Set.of("O", "MISC");

  private final Map<String, String> cased = new HashMap<>();
  private final Map<String, String> titles = new HashMap<>();

  private static final FineClasses INSTANCE = new FineClasses();

  static FineClasses get() {
    return INSTANCE;
  }

  private FineClasses() {
    for (Countries.Country c : Countries.all()) {
      c.capitals().forEach(n -> cased.put(n, "CITY"));
      c.demonyms().forEach(n -> cased.put(n, "NATIONALITY"));
      c.names().forEach(n -> cased.put(n, "COUNTRY"));
    }
    try (InputStream in = FineClasses.class.getResourceAsStream("titles.txt")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          titles.put(line.strip().toLowerCase(Locale.ROOT), "TITLE");
        }
      }
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException("cannot read sitrep-nlp's titles.txt; rebuild sitrep-nlp",
          e instanceof IOException io ? io : new IOException(e));
    }
  }

  /**
   * Refines {@code tags} in place for one sentence's {@code words} (parallel lists): longest match
   * first, left to right.
   */
  void refine(List<String> words, String[] tags) {
    int n = words.size();
    int i = 0;
    while (i < n) {
      int matched = 0;
      for (int len = Math.min(MAX_WORDS, n - i); len >= 1 && matched == 0; len--) {
        String phrase = String.join(" ", words.subList(i, i + len));
        String cls = cased.get(phrase);
        if (cls == null && Character.isLetter(phrase.charAt(0))) {
          cls = titles.get(phrase.toLowerCase(Locale.ROOT));
        }
        if (cls != null && fits(cls, tags, i, i + len) && !insideName(tags, i, i + len)) {
          for (int k = i; k < i + len; k++) {
            tags[k] = cls;
          }
          matched = len;
        }
      }
      i += Math.max(matched, 1);
    }
  }

  private static boolean fits(String cls, String[] tags, int from, int to) {
    for (int k = from; k < to; k++) {
      String t = tags[k];
      boolean ok = switch (cls) {
        case "COUNTRY" -> PLACE_OK.contains(t);
        case "CITY" -> t.equals("LOCATION");
        case "NATIONALITY" -> ADJ_OK.contains(t);
        default -> t.equals("O");
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** A LOCATION run longer than the match ("Hatay province" is fine; "New Mexico" is not "Mexico"). */
  private static boolean insideName(String[] tags, int from, int to) {
    String t = tags[from];
    if (!t.equals("LOCATION")) {
      return false;
    }
    return (from > 0 && tags[from - 1].equals("LOCATION")) || (to < tags.length && tags[to].equals("LOCATION"));
  }
}
