package org.sitrep.core.model;

/** A quotation: {@code direct} or {@code partial}, its speaker (canonical name), the cue verb. */
public record QuoteRecord(String text, int start, int end, String kind, String speaker, String speakerText,
                          ActorCode speakerActor, String cue) {
}
