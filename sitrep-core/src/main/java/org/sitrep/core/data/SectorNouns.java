package org.sitrep.core.data;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * sitrep's one table of nouns and titles with their sector ({@code sector-nouns.tsv}): "troops" MIL, "police" COP,
 * "journalist" JRN, "foreign minister" GOV. The events read every row, the counts the nouns whose figures number
 * people (use {@code people}), the speakers the nouns that name one person by role (use {@code role}). One row a
 * noun, so no two stages can give a noun different codes. Immutable, loaded once, thread-safe.
 */
public final class SectorNouns {
  /** The sector of a role word that has none of its own ("spokesman"). */
  public static final String NO_SECTOR = "*";
  private static final Set<String> USES = Set.of("people", "role");

  /** One noun: its sector (an agent code or {@link #NO_SECTOR}) and its uses. */
  public record Entry(String noun, String sector, Set<String> uses) {
  }

  private static final class Holder {
    static final Map<String, Entry> ALL = load(DataTable.load(SectorNouns.class, "sector-nouns.tsv"));
  }

  private SectorNouns() {
  }

  /** Reads and checks a table: known codes and uses, one row a noun (visible for tests of other files). */
  static Map<String, Entry> load(DataTable t) {
    Map<String, Entry> m = new LinkedHashMap<>();
    for (DataTable.Row r : t.rows()) {
      String noun = r.get(0).toLowerCase(Locale.ROOT);
      String sector = r.get(1);
      if (!sector.equals(NO_SECTOR)) {
        AgentCodes.require(sector, t.name() + " line " + r.line() + " (" + noun + ")");
      }
      List<String> uses = r.values(2);
      for (String u : uses) {
        if (!USES.contains(u)) {
          throw new IllegalStateException(t.name() + " line " + r.line() + ": use '" + u + "' is not one of "
              + USES + "; separate uses with '|'");
        }
      }
      if (m.containsKey(noun)) {
        throw new IllegalStateException(t.name() + " line " + r.line() + ": '" + noun + "' is listed twice; keep one "
            + "row a noun so that no two stages give it different codes");
      }
      m.put(noun, new Entry(noun, sector, Set.copyOf(uses)));
    }
    return Map.copyOf(m);
  }

  /** Every noun and phrase, lower case. */
  public static Map<String, Entry> all() {
    return Holder.ALL;
  }

  /** The sector of a lower-case lemma or phrase (an agent code, or "*"), or null when the table lacks it. */
  public static String sector(String noun) {
    Entry e = Holder.ALL.get(noun);
    return e == null ? null : e.sector();
  }

  /** The nouns of one use ("people", "role") with their sectors ("*" for none of their own). */
  public static Map<String, String> withUse(String use) {
    if (!USES.contains(use)) {
      throw new IllegalArgumentException("use '" + use + "' is not one of " + USES);
    }
    Map<String, String> m = new HashMap<>();
    for (Entry e : Holder.ALL.values()) {
      if (e.uses().contains(use)) {
        m.put(e.noun(), e.sector());
      }
    }
    return Map.copyOf(m);
  }
}
