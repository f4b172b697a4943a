package org.sitrep.core.model;

import java.util.List;

/**
 * A storyline: the incidents of one crisis or running topic, in order of time. {@code kind} is always
 * {@code "storyline"}; {@code incidents} are story ids (earliest first), {@code articles} all their articles,
 * {@code places} and {@code actors} the most reported ones (most first), {@code sources} the distinct outlets.
 */
public record StorylineRecord(String kind, String storylineId, String title, String firstPublished,
                              String lastPublished, List<String> incidents, List<String> articles,
                              List<String> places, List<String> actors, List<String> sources) {
  public static final String KIND = "storyline";

  public StorylineRecord {
    kind = KIND;
    incidents = incidents == null ? List.of() : List.copyOf(incidents);
    articles = articles == null ? List.of() : List.copyOf(articles);
    places = places == null ? List.of() : List.copyOf(places);
    actors = actors == null ? List.of() : List.copyOf(actors);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }
}
