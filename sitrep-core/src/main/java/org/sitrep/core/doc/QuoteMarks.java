package org.sitrep.core.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks in raw text, independent of the tokenizer: curly, straight, low-9 and
 * guillemets, mixed freely (an opening “ closed by a straight "). A straight mark opens after a blank or
 * an opening bracket and closes after a word or punctuation. A quotation left open at a paragraph end
 * continues when the next paragraph opens with a mark (the news convention for quotes over several
 * paragraphs), and otherwise ends with its paragraph. Spans are of the quoted text, without the marks.
 */
public final class QuoteMarks {
  private QuoteMarks() {
  }

  enum Role { OPEN, CLOSE, NONE }

  static Role role(String text, int i) {
    char c = text.charAt(i);
    switch (c) {
      case '\u201C', '\u201E', '\u00AB':
        return Role.OPEN;
      case '\u201D', '\u00BB':
        return Role.CLOSE;
      case '"':
        break;
      default:
        return Role.NONE;
    }
    char before = i == 0 ? ' ' : text.charAt(i - 1);
    char after = i + 1 >= text.length() ? ' ' : text.charAt(i + 1);
    boolean spaceBefore = Character.isWhitespace(before) || "([{\u2014\u2013-/:".indexOf(before) >= 0;
    boolean spaceAfter = Character.isWhitespace(after) || ".,;:!?)]}\u2014\u2013".indexOf(after) >= 0;
    if (spaceBefore && !spaceAfter) {
      return Role.OPEN;
    }
    if (!spaceBefore && spaceAfter) {
      return Role.CLOSE;
    }
    return Role.NONE;
  }

  /** The quoted stretches of {@code text} (inside the marks), in order. */
  public static List<CharSpan> spans(String text) {
    List<CharSpan> out = new ArrayList<>();
    int open = -1;
    int continuation = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (open >= 0) {
          int next = nextNonBlank(text, i);
          if (next >= 0 && role(text, next) == Role.OPEN) {
            continuation = next; // the quotation goes on in the next paragraph
          } else {
            out.add(trim(text, open, i)); // never closed: it ends with its paragraph
            open = -1;
          }
        }
        continue;
      }
      Role r = role(text, i);
      if (r == Role.OPEN) {
        if (open < 0 || i != continuation) {
          open = i + 1; // a second opening inside one paragraph restarts: the first was no quotation mark
        }
      } else if (r == Role.CLOSE && open >= 0) {
        if (i > open) {
          out.add(trim(text, open, i));
        }
        open = -1;
      }
    }
    if (open >= 0 && open < text.length()) {
      out.add(trim(text, open, text.length()));
    }
    out.removeIf(s -> s.length() == 0);
    return out;
  }

  private static int nextNonBlank(String text, int i) {
    for (int j = i; j < text.length(); j++) {
      if (!Character.isWhitespace(text.charAt(j))) {
        return j;
      }
    }
    return -1;
  }

  private static CharSpan trim(String text, int a, int b) {
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    return new CharSpan(a, b);
  }
}
