package org.sitrep.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.core.data.DataTable;

/**
 * The values an event's coded fields take ({@code event-values.tsv}): the 16 PLOVER 0.8 event types, the four
 * quad classes and the event statuses, each with what it means. Record checks and query parsers use these.
 */
public final class EventValues {
  private static final Map<String, Map<String, String>> BY_FIELD = load();
  /** The PLOVER event types, sorted. */
  public static final Set<String> TYPES = new TreeSet<>(BY_FIELD.get("type").keySet());
  /** The event statuses, sorted. */
  public static final Set<String> STATUSES = new TreeSet<>(BY_FIELD.get("status").keySet());

  private EventValues() {
  }

  private static Map<String, Map<String, String>> load() {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (DataTable.Row r : DataTable.load(EventValues.class, "event-values.tsv").rows()) {
      out.computeIfAbsent(r.get(0), k -> new LinkedHashMap<>()).put(r.get(1), r.get(2));
    }
    for (String field : new String[] {"type", "quad", "status"}) {
      if (!out.containsKey(field)) {
        throw new IllegalStateException("event-values.tsv has no rows for '" + field + "'; rebuild sitrep");
      }
    }
    return out;
  }

  /** The values of a field ({@code type}, {@code quad} or {@code status}) with their meanings, in file order. */
  public static Map<String, String> of(String field) {
    Map<String, String> m = BY_FIELD.get(field);
    if (m == null) {
      throw new IllegalArgumentException("no coded field '" + field + "'; use type, quad or status");
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
