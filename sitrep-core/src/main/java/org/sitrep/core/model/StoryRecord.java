package org.sitrep.core.model;

import java.util.List;

/** A story: the articles that report it and its merged events with their disagreements. */
public record StoryRecord(String storyId, String title, List<String> articles, List<StoryEvent> events,
                          List<Disagreement> disagreements) {
  public StoryRecord {
    articles = articles == null ? List.of() : List.copyOf(articles);
    events = events == null ? List.of() : List.copyOf(events);
    disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
  }
}
