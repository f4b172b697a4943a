package org.sitrep.store;

import java.time.LocalDate;

/** Days from {@code from} to {@code to}, inclusive; either end open (null). */
public record DayRange(LocalDate from, LocalDate to) {
  public DayRange {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  /** Every day. */
  public static DayRange all() {
    return new DayRange(null, null);
  }
}
