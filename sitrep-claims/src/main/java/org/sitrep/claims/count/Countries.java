package org.sitrep.claims.count;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fallback country codes for "Turkish soldiers" when the {@code entities} layer (sitrep-events) is
 * absent: the names and demonyms of sitrep's country table ({@link org.sitrep.core.doc.Countries}),
 * matched without regard to case.
 */
final class Countries {
  private static final Map<String, String> BY_WORD = load();

  private Countries() {
  }

  private static Map<String, String> load() {
    Map<String, String> m = new HashMap<>();
    for (org.sitrep.core.doc.Countries.Country c : org.sitrep.core.doc.Countries.all()) {
      c.names().forEach(n -> m.putIfAbsent(n.toLowerCase(Locale.ROOT), c.code()));
      c.demonyms().forEach(n -> m.putIfAbsent(n.toLowerCase(Locale.ROOT), c.code()));
    }
    return Map.copyOf(m);
  }

  /** The alpha-3 code of a country name or nationality adjective, or null. */
  static String code(String word) {
    return word == null ? null : BY_WORD.get(word.toLowerCase(Locale.ROOT));
  }
}
