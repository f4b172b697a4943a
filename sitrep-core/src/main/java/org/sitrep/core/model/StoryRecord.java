package org.sitrep.core.model;

import java.util.List;

/**
 * A story: one incident, the articles that report it as their main news and its merged events with their
 * disagreements. {@code disagreements} hold the figures that no single event carries (displaced since December
 * vs in a week); {@code agreements} what sources phrase differently but agree on. {@code sources} are the
 * distinct outlets (an article without one counts as its own), {@code first_published}/{@code last_published}
 * the dates spanned. {@code storyline} is the id of the storyline (crisis or running topic) the incident belongs
 * to, {@code follows} the earlier incident of that storyline it most resembles (a follow-up: a revised toll, a
 * reaction), {@code related} the other incidents of the storyline it is close to, and {@code also_articles}
 * reports whose main incident is another one but which report this one too.
 */
public record StoryRecord(String storyId, String title, List<String> articles, List<StoryEvent> events,
                          List<Disagreement> disagreements, List<Disagreement> agreements, List<String> sources,
                          Integer independentSourceCount, String firstPublished, String lastPublished,
                          String storyline, String follows, List<String> related, List<String> alsoArticles) {
  public StoryRecord {
    articles = articles == null ? List.of() : List.copyOf(articles);
    events = events == null ? List.of() : List.copyOf(events);
    disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
    agreements = agreements == null ? List.of() : List.copyOf(agreements);
    sources = sources == null ? List.of() : List.copyOf(sources);
    related = related == null ? List.of() : List.copyOf(related);
    alsoArticles = alsoArticles == null ? List.of() : List.copyOf(alsoArticles);
  }

  public StoryRecord(String storyId, String title, List<String> articles, List<StoryEvent> events,
                     List<Disagreement> disagreements, List<Disagreement> agreements, List<String> sources,
                     Integer independentSourceCount, String firstPublished, String lastPublished) {
    this(storyId, title, articles, events, disagreements, agreements, sources, independentSourceCount,
        firstPublished, lastPublished, null, null, null, null);
  }

  public StoryRecord(String storyId, String title, List<String> articles, List<StoryEvent> events,
                     List<Disagreement> disagreements) {
    this(storyId, title, articles, events, disagreements, null, null, null, null, null);
  }

  /** The same incident under other ids (a job that links groups apart names them after the group). */
  public StoryRecord withIds(String id, List<StoryEvent> newEvents, String newStoryline, String newFollows,
                             List<String> newRelated) {
    return new StoryRecord(id, title, articles, newEvents, disagreements, agreements, sources,
        independentSourceCount, firstPublished, lastPublished, newStoryline, newFollows, newRelated, alsoArticles);
  }
}
