package org.sitrep.watch;

import java.util.List;

/**
 * What changed in an incident since the desk last looked: it is new, a figure's range moved, or a disagreement
 * appeared or changed. {@code field} is {@code size.dead}, {@code date}, ... ({@code null} for a new incident);
 * {@code docs} the articles that brought the change.
 */
public record Change(WatchConfig.Trigger kind, Incident incident, String field, String before, String after,
                     String summary, List<String> docs) {
  public Change {
    docs = List.copyOf(docs);
  }
}
