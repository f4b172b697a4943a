package org.sitrep.events;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folding shared by the actor and event rules: diacritics removed, lower case, one kind of apostrophe. */
final class Text {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Text() {
  }

  /** "Erdoğan" -> "erdogan", "Turkey’s" -> "turkey's". */
  static String fold(String s) {
    if (s == null) {
      return "";
    }
    if (isAscii(s)) {
      return s.toLowerCase(Locale.ROOT); // no marks to strip, no curly apostrophe, no dotless i: the same result
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFD);
    n = MARKS.matcher(n).replaceAll("");
    n = n.replace('\u2019', '\'').replace('\u2018', '\'').replace('ı', 'i');
    return n.toLowerCase(Locale.ROOT);
  }

  /** Folds but keeps case: for acronyms that must match exactly ("US", "IS", "WHO"). */
  static String foldKeepCase(String s) {
    if (isAscii(s)) {
      return s;
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFD);
    n = MARKS.matcher(n).replaceAll("");
    return n.replace('\u2019', '\'').replace('\u2018', '\'');
  }

  /**
   * Whether every character is ASCII. Such a string is its own canonical decomposition (NFD) and has no combining
   * mark, curly apostrophe or dotless i, so folding it is lower-casing it: a fast path for most tokens, which the
   * rules fold many times per article.
   */
  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  static boolean isAcronym(String s) {
    if (s.length() > 5) {
      return false;
    }
    boolean letter = false;
    for (char c : s.toCharArray()) {
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  static boolean startsUpper(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
  }

  static boolean startsLetterOrDigit(String s) {
    return !s.isEmpty() && Character.isLetterOrDigit(s.charAt(0));
  }

  static boolean isPossessive(String tokenText) {
    String f = fold(tokenText);
    return f.equals("'s") || f.equals("'");
  }
}
