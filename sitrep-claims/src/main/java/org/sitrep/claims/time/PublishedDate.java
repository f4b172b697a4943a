package org.sitrep.claims.time;

import java.util.List;
import java.util.Locale;
import org.sitrep.claims.text.DocIndex;
import org.sitrep.claims.time.ReportedTense.Tense;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.model.Published;

/**
 * The publication date: the input's where it gives one; otherwise inferred from the text, in this order:
 * <ol>
 *   <li>the header's date: the first full date alone on its line, on a line labelled "Published", "Updated",
 *       "Date" ..., or in a dateline ("KYIV, March 3, 2024 (AP) — ...");</li>
 *   <li>the latest full date the text reports as past ("was killed on March 3, 2024"): an article is written
 *       after what it reports, so a date it gives as ahead ("will vote on March 30", "scheduled for") is never
 *       taken;</li>
 *   <li>else the latest full date whose tense cannot be told (no verb), else the earliest one in the present
 *       tense ("the summit opens on March 9": news' present is for what is scheduled);</li>
 *   <li>else the same for month and day without a year ({@code XXXX-02-05}).</li>
 * </ol>
 * Only dates written with a number count (not "Christmas"). Null where the text has no such date.
 */
final class PublishedDate {
  private PublishedDate() {
  }

  static Published of(Article article, List<TimeExpression> timex) {
    return of(article, timex, null);
  }

  static Published of(Article article, List<TimeExpression> timex, DocIndex ix) {
    if (article.published() != null && !article.published().isBlank()) {
      return new Published(article.published(), false);
    }
    String text = article.text();
    Best full = new Best();
    Best noYear = new Best();
    for (TimeExpression t : timex) {
      String v = t.value();
      if (v == null || !"DATE".equals(t.type()) && !"TIME".equals(t.type()) || !t.text().matches("(?s).*\\d.*")) {
        continue; // a date written with its day; not a holiday ("Christmas"), which news names ahead as often as past
      }
      if (v.matches("\\d{4}-\\d\\d-\\d\\d(T.*)?")) {
        v = v.substring(0, 10);
        if (header(text, t.span().start(), t.span().end())) {
          return new Published(v, true);
        }
        full.add(v, ReportedTense.of(ix, t));
      } else if (v.matches("XXXX-\\d\\d-\\d\\d")) {
        noYear.add(v, ReportedTense.of(ix, t));
      }
    }
    String v = full.pick() != null ? full.pick() : noYear.pick();
    return new Published(v, v != null);
  }

  /** The best candidate so far in each tense. */
  private static final class Best {
    private String latestPast;
    private String latestUnknown;
    private String earliestPresent;

    void add(String v, Tense tense) {
      switch (tense) {
        case PAST -> latestPast = latestPast == null || v.compareTo(latestPast) > 0 ? v : latestPast;
        case UNKNOWN -> latestUnknown = latestUnknown == null || v.compareTo(latestUnknown) > 0 ? v : latestUnknown;
        case PRESENT -> earliestPresent = earliestPresent == null || v.compareTo(earliestPresent) < 0 ? v : earliestPresent;
        default -> { } // ahead of the article: never its date
      }
    }

    String pick() {
      return latestPast != null ? latestPast : latestUnknown != null ? latestUnknown : earliestPresent;
    }
  }

  /** A date of the article's header: alone on its line, on a labelled line, or in a dateline. */
  static boolean header(String text, int start, int end) {
    if (alone(text, start, end)) {
      return true;
    }
    int a = text.lastIndexOf('\n', start - 1) + 1;
    String before = text.substring(a, start).strip();
    String first = before.split("[\\s:]+", 2)[0].toLowerCase(Locale.ROOT);
    if (!first.isEmpty() && ReportedTense.words("header-label").contains(first) && before.length() < 40) {
      return true; // "Published: 3 March 2024", "Updated March 3, 2024 10:32"
    }
    // a dateline: a place in capitals and the date, then the agency or a dash: "KYIV, March 3, 2024 (AP) — ..."
    int lineEnd = text.indexOf('\n', end);
    String after = text.substring(end, lineEnd < 0 ? text.length() : lineEnd);
    return before.length() <= 40 && !before.isEmpty() && before.equals(before.toUpperCase(Locale.ROOT))
        && before.endsWith(",") && after.matches("(?s)\\s*(\\([^)]{1,40}\\)\\s*)?[—–-].*");
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
