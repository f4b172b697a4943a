package org.sitrep.core.model;

import java.util.List;

/** One real event as several articles report it: the merged reading, its mentions and sources. */
public record StoryEvent(String id, String event, String date, List<ActorRecord> actor, List<ActorRecord> recipient,
                         PlaceRecord location, List<String> mentions, List<String> sources,
                         List<Disagreement> disagreements) {
  public StoryEvent {
    actor = actor == null ? List.of() : List.copyOf(actor);
    recipient = recipient == null ? List.of() : List.copyOf(recipient);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    sources = sources == null ? List.of() : List.copyOf(sources);
    disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
  }
}
