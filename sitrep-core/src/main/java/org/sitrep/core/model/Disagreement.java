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

  /**
   * One side of a disagreement: the event mention (or article) it comes from, the outlet, the text as
   * written, the normalised value, who made the claim where the text says, and the article's id.
   */
  public record Value(String mention, String source, String text, Object value, String speaker, String docId) {
    public Value(String mention, String source, String text, Object value) {
      this(mention, source, text, value, null, null);
    }
  }
}
