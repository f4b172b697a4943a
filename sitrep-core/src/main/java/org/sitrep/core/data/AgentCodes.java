package org.sitrep.core.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * sitrep's one set of actor sector codes (PLOVER's agent codes: COP police, JRN media, MED health, REB
 * armed groups, ...), read from {@code agent-codes.tsv}. Every stage that gives a {@code sector} takes it
 * from this set; {@link #require} refuses any other code, naming the file.
 */
public final class AgentCodes {
  private static final Map<String, String> MEANINGS = load();

  private AgentCodes() {
  }

  private static Map<String, String> load() {
    Map<String, String> m = new LinkedHashMap<>();
    for (DataTable.Row r : DataTable.load(AgentCodes.class, "agent-codes.tsv").rows()) {
      m.put(r.get(0), r.get(2));
    }
    return Map.copyOf(m);
  }

  /** Every code. */
  public static Set<String> codes() {
    return MEANINGS.keySet();
  }

  public static boolean isCode(String code) {
    return MEANINGS.containsKey(code);
  }

  /** What the code means, or null. */
  public static String meaning(String code) {
    return MEANINGS.get(code);
  }

  /** {@code code} itself when it is one of the set; else fails naming the file and where the code came from. */
  public static String require(String code, String where) {
    if (!isCode(code)) {
      throw new IllegalStateException(where + ": sector code '" + code + "' is not one of sitrep's agent codes "
          + "(org/sitrep/core/data/agent-codes.tsv: " + String.join(" ", codes().stream().sorted().toList())
          + "); use one of them or add it there with its meaning");
    }
    return code;
  }
}
