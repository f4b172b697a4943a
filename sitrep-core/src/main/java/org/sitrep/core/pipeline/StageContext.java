package org.sitrep.core.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settings given to stage providers: a flat map of {@code component.key=value} options (from the
 * command line's {@code --set} or a config file) and the names of stages to leave out. Unknown keys are
 * reported by {@link #checkKnown}.
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
      default -> throw new IllegalArgumentException("option " + key + " must be true or false, not '" + v + "'");
    }).orElse(fallback);
  }

  /** Fails naming any option whose key starts with none of the known prefixes. */
  public void checkKnown(Set<String> knownPrefixes) {
    for (String k : options.keySet()) {
      if (knownPrefixes.stream().noneMatch(k::startsWith)) {
        throw new IllegalArgumentException("unknown option '" + k + "'; known option groups: "
            + new java.util.TreeSet<>(knownPrefixes));
      }
    }
  }
}
