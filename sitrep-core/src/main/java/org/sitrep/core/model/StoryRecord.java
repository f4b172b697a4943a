package org.sitrep.core.model;

import java.util.List;

/**
 * A story: the articles that report it and its merged events with their disagreements. {@code disagreements}
 * hold the story's figures that no single event carries (displaced since December vs in a week);
 * {@code agreements} what sources phrase differently but agree on. {@code sources} are the distinct outlets
 * (an article without one counts as its own), {@code first_published}/{@code last_published} the dates spanned.
 */
public record StoryRecord(String storyId, String title, List<String> articles, List<StoryEvent> events,
                          List<Disagreement> disagreements, List<Disagreement> agreements, List<String> sources,
                          Integer independentSourceCount, String firstPublished, String lastPublished) {
  public StoryRecord {
    articles = articles == null ? List.of() : List.copyOf(articles);
    events = events == null ? List.of() : List.copyOf(events);
    disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
    agreements = agreements == null ? List.of() : List.copyOf(agreements);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  public StoryRecord(String storyId, String title, List<String> articles, List<StoryEvent> events,
                     List<Disagreement> disagreements) {
    this(storyId, title, articles, events, disagreements, null, null, null, null, null);
  }
}
