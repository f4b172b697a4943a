package org.sitrep.claims.count;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fallback country codes for "Turkish soldiers" when the {@code entities} layer (sitrep-events) is
 * absent: ISO 3166 alpha-3 codes with the JDK's English country names, and nationality adjectives
 * matched to those names by stem ("Syrian" -> Syria, "Ukrainian" -> Ukraine, "Iraqi" -> Iraq), with a
 * short list of adjectives that no stem rule reaches ("British", "French", "Turkish", ...).
 */
final class Countries {
  private static final Map<String, String> BY_NAME = load();
  private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("american", "USA"),
      Map.entry("u.s.", "USA"), Map.entry("us", "USA"), Map.entry("british", "GBR"), Map.entry("english", "GBR"),
      Map.entry("scottish", "GBR"), Map.entry("welsh", "GBR"), Map.entry("french", "FRA"), Map.entry("dutch", "NLD"),
      Map.entry("swiss", "CHE"), Map.entry("greek", "GRC"), Map.entry("turkish", "TUR"), Map.entry("emirati", "ARE"),
      Map.entry("filipino", "PHL"), Map.entry("thai", "THA"), Map.entry("spanish", "ESP"), Map.entry("danish", "DNK"),
      Map.entry("swedish", "SWE"), Map.entry("finnish", "FIN"), Map.entry("polish", "POL"), Map.entry("irish", "IRL"),
      Map.entry("portuguese", "PRT"), Map.entry("congolese", "COD"), Map.entry("israeli", "ISR"),
      Map.entry("palestinian", "PSE"), Map.entry("kosovar", "KOS"));

  private Countries() {
  }

  private static Map<String, String> load() {
    Map<String, String> m = new TreeMap<>();
    for (String a2 : Locale.getISOCountries()) {
      Locale l = new Locale("", a2);
      try {
        m.put(l.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), l.getISO3Country());
      } catch (java.util.MissingResourceException e) {
        // a code without an alpha-3 equivalent
      }
    }
    m.put("turkey", "TUR");
    return m;
  }

  /** The alpha-3 code of a country name or nationality adjective, or null. */
  static String code(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (IRREGULAR.containsKey(w)) {
      return IRREGULAR.get(w);
    }
    if (BY_NAME.containsKey(w)) {
      return BY_NAME.get(w);
    }
    for (String suffix : new String[] {"ians", "ian", "ans", "an", "ns", "n", "ese", "ish", "is", "i", "s"}) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
        String stem = w.substring(0, w.length() - suffix.length());
        String found = null;
        int hits = 0;
        Map<String, String> exact = new HashMap<>();
        for (Map.Entry<String, String> e : BY_NAME.entrySet()) {
          if (e.getKey().equals(stem)) {
            exact.put(stem, e.getValue());
          }
          if (e.getKey().startsWith(stem)) {
            found = e.getValue();
            hits++;
          }
        }
        if (!exact.isEmpty()) {
          return exact.get(stem);
        }
        if (hits == 1) {
          return found;
        }
      }
    }
    return null;
  }
}
