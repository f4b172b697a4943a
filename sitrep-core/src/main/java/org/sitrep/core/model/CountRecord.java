package org.sitrep.core.model;

/** A reported figure about people: kind (dead, injured, displaced, ...), the number, who, when, who says. */
public record CountRecord(String kind, NumberValue number, ActorRecord who, String date, Period period,
                          Attribution attribution, String event, Evidence evidence) {
  public CountRecord withEvidence(Evidence e) {
    return new CountRecord(kind, number, who, date, period, attribution, event, e);
  }
}
