package org.sitrep.core.model;

import java.util.List;

/** One output record per input article. An unreadable input gives a record with only {@code errors}. */
public record ArticleRecord(String docId, String source, String url, String title, String published,
                            Boolean publishedInferred, String language, List<EventRecord> events,
                            List<QuoteRecord> quotes, List<CountRecord> counts, List<PlaceRecord> places,
                            List<TimeRecord> times, List<EntityRecord> entities, List<ArticleError> errors,
                            String text) {
  public ArticleRecord {
    events = copy(events);
    quotes = copy(quotes);
    counts = copy(counts);
    places = copy(places);
    times = copy(times);
    entities = copy(entities);
    errors = copy(errors);
  }

  private static <T> List<T> copy(List<T> l) {
    return l == null ? List.of() : List.copyOf(l);
  }

  /** The record for an input that could not be analysed: the id, where it came from, and why. */
  public static ArticleRecord error(String docId, String source, ArticleError error) {
    return new ArticleRecord(docId, source, null, null, null, null, null, null, null, null, null, null, null,
        List.of(error), null);
  }

  public boolean failed() {
    return !errors.isEmpty();
  }

  public ArticleRecord withoutText() {
    return withText(null);
  }

  public ArticleRecord withText(String newText) {
    return new ArticleRecord(docId, source, url, title, published, publishedInferred, language, events, quotes,
        counts, places, times, entities, errors, newText);
  }

  public ArticleRecord withPublished(String date, boolean inferred) {
    return new ArticleRecord(docId, source, url, title, date, inferred, language, events, quotes, counts, places,
        times, entities, errors, text);
  }
}
