package org.sitrep.core.model;

import java.util.List;
import java.util.Map;

/**
 * Who did what to whom, when, where (PLOVER 0.8). {@code size} maps count kinds (dead, injured, ...) to
 * figures; {@code trigger} is the word or phrase that carries the event.
 */
public record EventRecord(String id, String event, String mode, List<String> context, String cameo, Integer quadCode,
                          Double intensity, List<ActorRecord> actor, List<ActorRecord> recipient, String date,
                          String dateText, PlaceRecord location, Map<String, NumberValue> size, String status,
                          Attribution attribution, Evidence evidence, TextSpan trigger) {
  public EventRecord {
    context = context == null ? List.of() : List.copyOf(context);
    actor = actor == null ? List.of() : List.copyOf(actor);
    recipient = recipient == null ? List.of() : List.copyOf(recipient);
    size = size == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(size));
  }

  public EventRecord withSize(Map<String, NumberValue> newSize) {
    return new EventRecord(id, event, mode, context, cameo, quadCode, intensity, actor, recipient, date, dateText,
        location, newSize, status, attribution, evidence, trigger);
  }

  public EventRecord withActors(List<ActorRecord> newActor, List<ActorRecord> newRecipient) {
    return new EventRecord(id, event, mode, context, cameo, quadCode, intensity, newActor, newRecipient, date,
        dateText, location, size, status, attribution, evidence, trigger);
  }

  public EventRecord withLocation(PlaceRecord place) {
    return new EventRecord(id, event, mode, context, cameo, quadCode, intensity, actor, recipient, date, dateText,
        place, size, status, attribution, evidence, trigger);
  }

  /** The same event with its evidence, trigger and location moved (offsets mapped to the title or body). */
  public EventRecord withSpans(Evidence newEvidence, TextSpan newTrigger, PlaceRecord newLocation) {
    return new EventRecord(id, event, mode, context, cameo, quadCode, intensity, actor, recipient, date, dateText,
        newLocation, size, status, attribution, newEvidence, newTrigger);
  }

  public EventRecord withAttribution(Attribution a) {
    return new EventRecord(id, event, mode, context, cameo, quadCode, intensity, actor, recipient, date, dateText,
        location, size, status, a, evidence, trigger);
  }
}
