package org.sitrep.core.io;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.data.DataTable;

/**
 * A fast guess of an article's language, enough to tell English (which sitrep analyses) from the rest:
 * the script of its letters, then the share of each language's commonest function words among its
 * words. Returns an ISO 639-1 code, or {@code "und"} where the text gives too little to tell.
 */
public final class LanguageGuesser {
  /** Each language's commonest function words, from {@code function-words.tsv}, languages in file order. */
  private static final Map<String, Set<String>> FUNCTION_WORDS = functionWords(
      DataTable.load(LanguageGuesser.class, "function-words.tsv"));

  private LanguageGuesser() {
  }

  /** Rows of (word, language) grouped by language, in the order languages first appear. */
  static Map<String, Set<String>> functionWords(DataTable table) {
    Map<String, Set<String>> byLanguage = new LinkedHashMap<>();
    for (DataTable.Row r : table.rows()) {
      byLanguage.computeIfAbsent(r.get(1), k -> new HashSet<>()).add(r.get(0).toLowerCase(Locale.ROOT));
    }
    Map<String, Set<String>> out = new LinkedHashMap<>();
    byLanguage.forEach((k, v) -> out.put(k, Set.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }

  public static String guess(String text) {
    String sample = text.length() > 20000 ? text.substring(0, 20000) : text;
    int latin = 0;
    int other = 0;
    Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
    for (int i = 0; i < sample.length(); ) {
      int cp = sample.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      if (s == Character.UnicodeScript.LATIN) {
        latin++;
      } else {
        other++;
        scripts.merge(s, 1, Integer::sum);
      }
    }
    if (latin + other == 0) {
      return "und";
    }
    if (other > latin) {
      Character.UnicodeScript top = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      return switch (top) {
        case ARABIC -> "ar";
        case CYRILLIC -> "ru";
        case HAN -> "zh";
        case HIRAGANA, KATAKANA -> "ja";
        case HANGUL -> "ko";
        case HEBREW -> "he";
        case GREEK -> "el";
        case DEVANAGARI -> "hi";
        case THAI -> "th";
        default -> "und";
      };
    }
    String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
    int total = 0;
    Map<String, Integer> hits = new HashMap<>();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      total++;
      for (var e : FUNCTION_WORDS.entrySet()) {
        if (e.getValue().contains(w)) {
          hits.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    if (total < 3) {
      return "und";
    }
    String best = "und";
    int bestHits = 0;
    for (String lang : FUNCTION_WORDS.keySet()) {
      int h = hits.getOrDefault(lang, 0);
      if (h > bestHits) {
        best = lang;
        bestHits = h;
      }
    }
    // Short English texts (headlines, one sentence) have few function words; prefer English on a tie.
    if (!best.equals("en") && hits.getOrDefault("en", 0) * 10 >= bestHits * 8) {
      return "en";
    }
    return bestHits == 0 ? (total < 12 ? "en" : "und") : best;
  }
}
