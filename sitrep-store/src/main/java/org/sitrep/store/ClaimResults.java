package org.sitrep.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.sitrep.core.model.CountRecord;

/** What the claim queries return (quotes, speakers, figures, search hits), as typed rows. */
public final class ClaimResults {
  private ClaimResults() {
  }

  /** A quote with its article and day; {@code start}/{@code end} are offsets in the article text. */
  public record QuoteRow(String quoteId, String docId, String source, String day, String text, String kind,
                         String speaker, String speakerText, String speakerCountry, String speakerSector, String cue,
                         Integer start, Integer end) {
  }

  /** A speaker ("(unattributed)" for none), their country and sector, quotes and articles quoted in. */
  public record SpeakerRow(String speaker, String country, String sector, long n, long articles) {
  }

  /** A reported figure with its article and day in front of the count record. */
  public record CountRow(String countId, String docId, String source, String day, @JsonUnwrapped CountRecord count) {
  }

  /** A full-text hit: an article or a quote ({@code quoteId} only then), its score and an HTML-encoded snippet. */
  public record SearchHit(String kind, String docId, @JsonInclude(JsonInclude.Include.NON_NULL) String quoteId,
                          float score, String snippet) {
  }
}
