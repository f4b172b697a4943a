package org.sitrep.claims.time;

import java.util.List;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.model.Published;

/**
 * The publication date: the input's where it gives one; otherwise inferred from the text. A date that
 * stands alone on its line (a dateline) wins; else the latest full date the text reports; else the
 * latest month and day without a year ({@code XXXX-02-05}). Null where the text has no such date.
 */
final class PublishedDate {
  private PublishedDate() {
  }

  static Published of(Article article, List<TimeExpression> timex) {
    if (article.published() != null && !article.published().isBlank()) {
      return new Published(article.published(), false);
    }
    String text = article.text();
    String dateline = null;
    String latestFull = null;
    String latestNoYear = null;
    for (TimeExpression t : timex) {
      String v = t.value();
      if (v == null || !"DATE".equals(t.type())) {
        continue;
      }
      if (v.matches("\\d{4}-\\d\\d-\\d\\d")) {
        if (dateline == null && alone(text, t.span().start(), t.span().end())) {
          dateline = v;
        }
        if (latestFull == null || v.compareTo(latestFull) > 0) {
          latestFull = v;
        }
      } else if (v.matches("XXXX-\\d\\d-\\d\\d")) {
        if (latestNoYear == null || v.compareTo(latestNoYear) > 0) {
          latestNoYear = v;
        }
      }
    }
    String v = dateline != null ? dateline : latestFull != null ? latestFull : latestNoYear;
    return new Published(v, v != null);
  }

  /** Whether only blanks and punctuation share the line with the span. */
  static boolean alone(String text, int start, int end) {
    int a = text.lastIndexOf('\n', start - 1) + 1;
    int b = text.indexOf('\n', end);
    if (b < 0) {
      b = text.length();
    }
    String rest = text.substring(a, start) + text.substring(end, b);
    return rest.replaceAll("[\\s\\p{Punct}—–]", "").isEmpty();
  }
}
