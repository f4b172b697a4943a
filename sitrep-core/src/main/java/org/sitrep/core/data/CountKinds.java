package org.sitrep.core.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The kinds a count record may have ({@code count-kind-codes.tsv}: dead, injured, shot, ..., displaced), and which
 * of them count harm done to people. One set for the stage that writes counts and the store that checks them, so
 * that a kind one writes the other cannot refuse. Immutable, loaded once, thread-safe.
 */
public final class CountKinds {
  private static final class Holder {
    static final Map<String, Boolean> ALL = load(DataTable.load(CountKinds.class, "count-kind-codes.tsv"));
  }

  private CountKinds() {
  }

  /** Reads and checks a table: one row a kind, harm "yes" or "no" (visible for tests). */
  static Map<String, Boolean> load(DataTable t) {
    Map<String, Boolean> m = new LinkedHashMap<>();
    for (DataTable.Row r : t.rows()) {
      String kind = r.get(0);
      String harm = r.get(1);
      if (!harm.equals("yes") && !harm.equals("no")) {
        throw new IllegalStateException(t.name() + " line " + r.line() + ": harm '" + harm + "' of '" + kind
            + "' is neither 'yes' nor 'no'");
      }
      if (m.put(kind, harm.equals("yes")) != null) {
        throw new IllegalStateException(t.name() + " line " + r.line() + ": kind '" + kind + "' is listed twice");
      }
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Every kind, in the table's order. */
  public static Set<String> all() {
    return Holder.ALL.keySet();
  }

  /** Whether {@code kind} counts harm done to people (dead, injured, arrested, ...); false for unknown kinds. */
  public static boolean harm(String kind) {
    return Boolean.TRUE.equals(Holder.ALL.get(kind));
  }

  /**
   * {@code kind}, checked to be one of {@link #all()}.
   *
   * @throws IllegalStateException naming {@code where} and the known kinds when it is not
   */
  public static String require(String kind, String where) {
    if (!Holder.ALL.containsKey(kind)) {
      throw new IllegalStateException(where + ": count kind '" + kind + "' is not one of " + all()
          + " (sitrep-core count-kind-codes.tsv)");
    }
    return kind;
  }
}
