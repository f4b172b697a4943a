package org.sitrep.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A reported figure about people: kind (dead, injured, shot, displaced, ...), the number, who, when, who says
 * ({@code attribution}: null where the outlet states it itself), the event it measures and its sentence.
 * {@code background} is true for a figure that is not the toll of the article's own incident: an earlier
 * incident's ("last month's ambush killed 18") or a running total over a long period ("1,250 killed in the last
 * 15 months"); absent otherwise. {@code total} is true for the sum of conjoined figures one word counts ("a man
 * and a woman were shot dead": 2), given besides its parts (which stay); absent otherwise.
 */
public record CountRecord(String kind, NumberValue number, ActorRecord who, String date, Period period,
                          Attribution attribution, String event, Evidence evidence,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Boolean background,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Boolean total) {
  public CountRecord(String kind, NumberValue number, ActorRecord who, String date, Period period,
                     Attribution attribution, String event, Evidence evidence) {
    this(kind, number, who, date, period, attribution, event, evidence, null, null);
  }

  public CountRecord withWho(ActorRecord w) {
    return new CountRecord(kind, number, w, date, period, attribution, event, evidence, background, total);
  }

  public CountRecord withEvidence(Evidence e) {
    return new CountRecord(kind, number, who, date, period, attribution, event, e, background, total);
  }

  /** Whether this is a sum of parts given besides them. */
  public boolean sumOfParts() { // not a bean getter: the record's own "total" is what JSON shows
    return Boolean.TRUE.equals(total);
  }
}
