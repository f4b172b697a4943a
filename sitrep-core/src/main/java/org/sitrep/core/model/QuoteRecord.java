package org.sitrep.core.model;

/**
 * A quotation: {@code direct} or {@code partial}, its speaker (canonical name), the cue verb, and the
 * speaker's stable id ({@link EntityIds}) where the speaker is named.
 */
public record QuoteRecord(String text, int start, int end, String kind, String speaker, String speakerText,
                          ActorCode speakerActor, String cue, String speakerId) {
  /** A quotation whose speaker has no id yet (ids are given when the article record is assembled). */
  public QuoteRecord(String text, int start, int end, String kind, String speaker, String speakerText,
                     ActorCode speakerActor, String cue) {
    this(text, start, end, kind, speaker, speakerText, speakerActor, cue, null);
  }

  public QuoteRecord withSpeakerId(String id) {
    return new QuoteRecord(text, start, end, kind, speaker, speakerText, speakerActor, cue, id);
  }
}
