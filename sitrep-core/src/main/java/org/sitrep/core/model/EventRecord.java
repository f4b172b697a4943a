package org.sitrep.core.model;

import java.util.List;
import java.util.Map;

/**
 * Who did what to whom, when, where (PLOVER 0.8). {@code size} maps count kinds (dead, injured, ...) to
 * figures; {@code trigger} is the word or phrase that carries the event. One record per happening: its
 * {@code mentions} list every place the article mentions it (the first is {@code trigger}/{@code evidence});
 * {@code background} marks earlier events the article recalls (not its news); {@code salience} (0..1) ranks
 * an article's events, its main events first; {@code dateBasis} says where {@code date} comes from, or why it
 * is null ({@code stated}, {@code same_event}, {@code same_statement}, {@code previous_sentence}, {@code anchored},
 * {@code news_lead}, {@code article_date}, {@code statement_only}, {@code none}; docs/RECORDS.md).
 */
public record EventRecord(String id, String event, String mode, List<String> context, String cameo, Integer quadCode,
                          Double intensity, List<ActorRecord> actor, List<ActorRecord> recipient, String date,
                          String dateText, PlaceRecord location, Map<String, NumberValue> size, String status,
                          Attribution attribution, Evidence evidence, TextSpan trigger, List<EventMention> mentions,
                          Boolean background, Double salience, String dateBasis) {
  public EventRecord {
    context = context == null ? List.of() : List.copyOf(context);
    actor = actor == null ? List.of() : List.copyOf(actor);
    recipient = recipient == null ? List.of() : List.copyOf(recipient);
    size = size == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(size));
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }

  /** An event with one mention (its trigger) and no background, salience or date basis set. */
  public EventRecord(String id, String event, String mode, List<String> context, String cameo, Integer quadCode,
                     Double intensity, List<ActorRecord> actor, List<ActorRecord> recipient, String date,
                     String dateText, PlaceRecord location, Map<String, NumberValue> size, String status,
                     Attribution attribution, Evidence evidence, TextSpan trigger) {
    this(id, event, mode, context, cameo, quadCode, intensity, actor, recipient, date, dateText, location, size,
        status, attribution, evidence, trigger, null, null, null, null);
  }

  public EventRecord withSize(Map<String, NumberValue> newSize) {
    return new EventRecord(id, event, mode, context, cameo, quadCode, intensity, actor, recipient, date, dateText,
        location, newSize, status, attribution, evidence, trigger, mentions, background, salience, dateBasis);
  }

  public EventRecord withActors(List<ActorRecord> newActor, List<ActorRecord> newRecipient) {
    return new EventRecord(id, event, mode, context, cameo, quadCode, intensity, newActor, newRecipient, date,
        dateText, location, size, status, attribution, evidence, trigger, mentions, background, salience, dateBasis);
  }

  public EventRecord withLocation(PlaceRecord place) {
    return new EventRecord(id, event, mode, context, cameo, quadCode, intensity, actor, recipient, date, dateText,
        place, size, status, attribution, evidence, trigger, mentions, background, salience, dateBasis);
  }

  /** The same event with its spans moved (offsets mapped to the title or body). */
  public EventRecord withSpans(Evidence newEvidence, TextSpan newTrigger, PlaceRecord newLocation,
                               List<EventMention> newMentions) {
    return new EventRecord(id, event, mode, context, cameo, quadCode, intensity, actor, recipient, date, dateText,
        newLocation, size, status, attribution, newEvidence, newTrigger, newMentions, background, salience, dateBasis);
  }

  /** The same event dated {@code newDate} (its text {@code newDateText}), saying why in {@code newBasis}. */
  public EventRecord withDate(String newDate, String newDateText, String newBasis) {
    return new EventRecord(id, event, mode, context, cameo, quadCode, intensity, actor, recipient, newDate, newDateText,
        location, size, status, attribution, evidence, trigger, mentions, background, salience, newBasis);
  }

  public EventRecord withAttribution(Attribution a) {
    return new EventRecord(id, event, mode, context, cameo, quadCode, intensity, actor, recipient, date, dateText,
        location, size, status, a, evidence, trigger, mentions, background, salience, dateBasis);
  }
}
