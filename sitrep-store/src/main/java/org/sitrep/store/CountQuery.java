package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;

/** Which reported figures: of some kinds (dead, injured, ...), of one article or event, in a day range; all optional. */
public record CountQuery(List<String> kinds, String docId, String event, LocalDate from, LocalDate to) {
  public CountQuery {
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
  }
}
