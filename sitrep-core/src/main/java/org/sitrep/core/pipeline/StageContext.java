package org.sitrep.core.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settings given to stage providers: a flat map of {@code component.key=value} options (from the
 * command line's {@code --set} or a config file) and the names of stages to leave out. Unknown keys are
 * refused by {@link #checkKnown}.
 */
public record StageContext(Map<String, String> options, Set<String> disabled) {
  public StageContext {
    options = Map.copyOf(options);
    disabled = Set.copyOf(disabled);
  }

  public static StageContext defaults() {
    return new StageContext(Map.of(), Set.of());
  }

  public Optional<String> option(String key) {
    return Optional.ofNullable(options.get(key));
  }

  public boolean flag(String key, boolean fallback) {
    return option(key).map(v -> switch (v.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new IllegalArgumentException("option --set " + key + ": '" + v
          + "' is not true or false; write --set " + key + "=true or =false");
    }).orElse(fallback);
  }

  /** A whole-number option at least {@code min}; a bad value fails naming the option, the value and the fix. */
  public int intOption(String key, int fallback, int min) {
    String v = options.get(key);
    if (v == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option --set " + key + ": '" + v + "' is not a whole number; write e.g. --set "
          + key + "=" + fallback);
    }
    if (n < min) {
      throw new IllegalArgumentException("option --set " + key + ": " + n + " is below the least value, " + min
          + "; write e.g. --set " + key + "=" + fallback);
    }
    return n;
  }

  /**
   * Fails naming the first option (in key order) that is not among {@code known} (key -> what it takes),
   * listing the known ones: a misspelt key would otherwise be ignored without a word.
   */
  public void checkKnown(Map<String, String> known) {
    for (String k : new java.util.TreeSet<>(options.keySet())) {
      if (!known.containsKey(k)) {
        StringBuilder list = new StringBuilder();
        new java.util.TreeMap<>(known).forEach((key, what) -> list.append(list.length() == 0 ? "" : "; ").append(key)
            .append(" (").append(what).append(')'));
        throw new IllegalArgumentException("option --set " + k + ": no stage has that option; the options are "
            + (known.isEmpty() ? "none" : list.toString()));
      }
    }
  }
}
