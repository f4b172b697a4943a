package org.sitrep.core.model;

import java.util.List;
import java.util.Map;

/**
 * One real event as several articles report it: the merged reading, its mentions and sources. {@code size}
 * holds the conservative figure per kind (the lowest reported, as ACLED codes disputed counts), with the
 * dispute in {@code disagreements}; {@code agreements} what the mentions phrase differently but agree on
 * (two deadlines falling on the same day).
 */
public record StoryEvent(String id, String event, String date, List<ActorRecord> actor, List<ActorRecord> recipient,
                         PlaceRecord location, List<String> mentions, List<String> sources,
                         List<Disagreement> disagreements, String status, Map<String, NumberValue> size,
                         List<Disagreement> agreements) {
  public StoryEvent {
    actor = actor == null ? List.of() : List.copyOf(actor);
    recipient = recipient == null ? List.of() : List.copyOf(recipient);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    sources = sources == null ? List.of() : List.copyOf(sources);
    disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
    size = size == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(size));
    agreements = agreements == null ? List.of() : List.copyOf(agreements);
  }

  public StoryEvent(String id, String event, String date, List<ActorRecord> actor, List<ActorRecord> recipient,
                    PlaceRecord location, List<String> mentions, List<String> sources,
                    List<Disagreement> disagreements) {
    this(id, event, date, actor, recipient, location, mentions, sources, disagreements, null, null, null);
  }
}
