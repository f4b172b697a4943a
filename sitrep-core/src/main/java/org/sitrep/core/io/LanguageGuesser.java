package org.sitrep.core.io;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A fast guess of an article's language, enough to tell English (which sitrep analyses) from the rest:
 * the script of its letters, then the share of each language's commonest function words among its
 * words. Returns an ISO 639-1 code, or {@code "und"} where the text gives too little to tell.
 */
public final class LanguageGuesser {
  // Our own short lists of each language's most frequent function words.
  private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
      "en", Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he", "as", "by",
          "at", "from", "his", "have", "has", "are", "were", "which", "this", "said", "not", "be", "they", "its"),
      "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "dans", "que", "qui", "du", "pour", "pas", "sur",
          "au", "avec", "il", "ce", "sont", "aux", "ont", "été", "mais", "elle"),
      "es", Set.of("el", "la", "los", "las", "de", "que", "y", "en", "del", "por", "con", "una", "para", "es", "se",
          "al", "lo", "como", "más", "pero", "fue", "sus", "ha"),
      "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "sich", "auf",
          "dem", "des", "im", "für", "auch", "wird", "wurde", "sind", "nach"),
      "pt", Set.of("o", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "dos",
          "das", "por", "ao", "mais", "foi", "pelo", "pela"),
      "it", Set.of("il", "di", "che", "e", "la", "per", "un", "una", "non", "sono", "della", "del", "gli", "con",
          "nel", "alla", "anche", "è", "le", "dei"),
      "nl", Set.of("de", "het", "een", "van", "en", "dat", "niet", "zijn", "op", "voor", "met", "ook", "werd", "door",
          "aan", "bij", "naar", "wordt"),
      "tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "daha", "çok", "gibi", "olan", "en", "ancak",
          "ise", "sonra", "kadar", "ama"),
      "id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada",
          "juga", "ke", "karena", "ada"));

  private LanguageGuesser() {
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
    for (String lang : new String[] {"en", "fr", "es", "de", "pt", "it", "nl", "tr", "id"}) {
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
