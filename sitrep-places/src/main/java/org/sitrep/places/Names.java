package org.sitrep.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.data.DataTable;

/**
 * Name keys for gazetteer look-up. {@link #fold} removes what spelling variants of one name differ in:
 * case, diacritics, apostrophes and ʿayn/hamza marks, hyphens and punctuation, the Arabic article in its
 * romanised forms (al-, el-, ash-, an-, ...), and Tell/Tall/Tal. {@link #skeleton} goes further for a
 * fallback look-up: vowels after the first letter and doubled letters go (Saraqib = Saraqeb,
 * Idlib = Idleb, Ma'arrat = Maarat).
 */
public final class Names {
  /** Raise when {@link #fold} or {@link #skeleton} changes what they return: a gazetteer index made before is then not used. */
  static final int FOLD_VERSION = 1;

  /** The romanised articles ("al", "ash", "ez", ...) dropped before a following word, from {@code name-articles.tsv}. */
  private static final Set<String> ARTICLES = DataTable.load(Names.class, "name-articles.tsv").words();

  private Names() {
  }

  /** The folded key of a name, or "" when nothing is left. */
  public static String fold(String name) {
    String s = name;
    if (!isPlainAscii(s)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD);
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02bf' || c == '\u02be'
          || c == '\u02bc' || c == '\u00b4' || c == '\u02b9') {
        continue; // Ma'arrat, ʿAyn, Ra's
      }
      if (c == 'ı') {
        c = 'i';
      }
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        b.append(' ');
        space = true;
      }
    }
    int n = b.length();
    if (n > 0 && b.charAt(n - 1) == ' ') {
      b.setLength(n - 1);
    }
    return normaliseWords(b.toString());
  }

  private static String normaliseWords(String folded) {
    if (folded.indexOf(' ') < 0) {
      return folded.equals("tell") || folded.equals("tal") || folded.equals("tel") ? "tall" : folded;
    }
    String[] words = folded.split(" ");
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (words.length > 1 && ARTICLES.contains(w) && i + 1 < words.length) {
        continue; // "jisr ash shughur" -> "jisr shughur"; a lone "As" stays
      }
      if (w.equals("tell") || w.equals("tal") || w.equals("tel")) {
        w = "tall";
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(w);
    }
    return out.toString();
  }

  /** A coarser key: the folded name without vowels after each word's first letter and without doubled letters. */
  public static String skeleton(String folded) {
    StringBuilder b = new StringBuilder(folded.length());
    char prev = 0;
    boolean first = true;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == ' ') {
        b.append(c);
        first = true;
        prev = c;
        continue;
      }
      boolean vowel = "aeiouy".indexOf(c) >= 0;
      if (c == 'w') {
        c = 'u';
        vowel = !first;
      }
      if ((vowel && !first) || c == prev) {
        prev = c;
        first = false;
        continue;
      }
      b.append(c);
      prev = c;
      first = false;
    }
    return b.toString();
  }

  static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** Lower case in the root locale (for cue words). */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
