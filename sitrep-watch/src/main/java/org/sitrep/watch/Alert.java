package org.sitrep.watch;

import java.util.List;

/**
 * One alert: which rule raised it and when ({@code seq} orders alerts; {@code id} is the same whenever the same
 * change is found again, so a restart never alerts twice), the incident ({@code incident} is its key,
 * {@code story_id} its story in the store, the dashboard's {@code ?open=} id, when the alert was raised; null when the
 * store's stories had not been updated yet, see {@code link.store_stories_every}), what changed ({@code field}, {@code before}, {@code after},
 * {@code summary}), the incident's sources and the articles that brought the change ({@code reported_by}).
 */
public record Alert(String id, long seq, String raised, String rule, String kind, String incident, String storyId,
                    String title, String event, String date, String place, List<String> countries, String field,
                    String before, String after, String summary, List<Source> sources, List<String> reportedBy) {
  public Alert {
    countries = countries == null ? List.of() : List.copyOf(countries);
    sources = sources == null ? List.of() : List.copyOf(sources);
    reportedBy = reportedBy == null ? List.of() : List.copyOf(reportedBy);
  }

  /** An article that reports the incident: its id, outlet, URL, title and publication date. */
  public record Source(String docId, String source, String url, String title, String published) {
  }

  Alert withStory(String story) {
    return new Alert(id, seq, raised, rule, kind, incident, story, title, event, date, place, countries, field, before,
        after, summary, sources, reportedBy);
  }

  Alert numbered(long n, String at) {
    return new Alert(id, n, at, rule, kind, incident, storyId, title, event, date, place, countries, field, before,
        after, summary, sources, reportedBy);
  }
}
