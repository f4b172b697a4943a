package org.sitrep.link.event;

import java.time.LocalDate;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.EventRecord;
import org.sitrep.link.time.DateSpan;

/**
 * One article's report of an event: the event record, its article, the article's date (given or inferred)
 * and the event's date as a span, its unknown year taken from the article's date where there is one.
 */
public record Mention(EventRecord event, ArticleRecord article, LocalDate articleDate, DateSpan date, int order) {

  public static Mention of(EventRecord e, ArticleRecord a, LocalDate articleDate, int order) {
    DateSpan d = DateSpan.parse(e.date());
    if (d != null && !d.yearKnown() && articleDate != null) {
      d = d.withYear(articleDate.getYear());
      if (d.start().isAfter(articleDate.plusDays(1))) {
        d = d.withYear(articleDate.getYear() - 1);
      }
      d = new DateSpan(d.start(), d.end(), true, e.date());
    }
    return new Mention(e, a, articleDate, d, order);
  }

  public String id() {
    return event.id() != null ? event.id() : article.docId() + "#e" + order;
  }

  public String docId() {
    return article.docId();
  }

  /** The outlet, or the article's id where it names none. */
  public String source() {
    return article.source() != null && !article.source().isBlank() ? article.source() : article.docId();
  }
}
