package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into sections of at most {@code max} characters for CoreNLP, so that its memory and
 * time per call stay bounded whatever the article's length: at a paragraph break (a blank line, where a
 * sentence ends anyway) where one falls in the second half of the window, else after a sentence's final
 * stop, else at a space; never inside a word unless a run of {@code max} characters has no space at all.
 * A text of at most {@code max} characters is one section, analysed exactly as before.
 */
final class Sections {
  private Sections() {
  }

  /** Section boundaries as [start, end) pairs covering the text, in order. */
  static List<int[]> split(String text, int max) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int pos = 0;
    while (n - pos > max) {
      int cut = cut(text, pos, pos + max);
      out.add(new int[] {pos, cut});
      pos = cut;
    }
    out.add(new int[] {pos, n});
    return out;
  }

  private static int cut(String t, int from, int limit) {
    int half = from + (limit - from) / 2;
    for (int i = limit - 1; i > half; i--) {
      if (t.charAt(i) == '\n' && blankLineBefore(t, i, half)) {
        return i + 1;
      }
    }
    for (int i = limit - 1; i > half; i--) {
      char c = t.charAt(i - 1);
      if (Character.isWhitespace(t.charAt(i)) && (c == '.' || c == '!' || c == '?')) {
        return i + 1;
      }
    }
    for (int i = limit - 1; i > from; i--) {
      if (Character.isWhitespace(t.charAt(i))) {
        return i + 1;
      }
    }
    int cut = limit;
    if (Character.isLowSurrogate(t.charAt(cut)) && cut > from + 1) {
      cut--; // keep a surrogate pair together
    }
    return cut;
  }

  /** True where the newline at {@code i} ends a blank line (another newline before it, only spaces between). */
  private static boolean blankLineBefore(String t, int i, int floor) {
    for (int j = i - 1; j > floor; j--) {
      char c = t.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return false;
  }
}
