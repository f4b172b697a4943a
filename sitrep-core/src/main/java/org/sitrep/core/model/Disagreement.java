package org.sitrep.core.model;

import java.util.List;

/**
 * Where sources differ on a field ({@code size.dead}, {@code date}, ...): the kind (count, composition,
 * time_basis, attribution, date, actor, location; or {@code agreement} for a match worth telling) and
 * the values with the mentions they come from.
 */
public record Disagreement(String field, String kind, List<Value> values, String note) {
  public Disagreement {
    values = values == null ? List.of() : List.copyOf(values);
  }

  /** One side of a disagreement. */
  public record Value(String mention, String source, String text, Object value) {
  }
}
