package org.sitrep.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.core.io.ReadOptions;
import org.sitrep.core.pipeline.StageContext;
import org.sitrep.engine.EngineOptions;

/**
 * What every executor needs to rebuild the driver's engine and readers: stage options, disabled stages,
 * whether records carry the text, the default publication date and the size limit. Plain serialisable
 * values, so no engine or model object ever travels over the network: each executor builds its own once
 * ({@link ExecutorEngine}).
 */
public record JobConfig(TreeMap<String, String> settings, TreeSet<String> disabled, boolean includeText,
                        String defaultDate, long maxBytes) implements Serializable {
  private static final long serialVersionUID = 1L;

  public JobConfig {
    settings = new TreeMap<>(settings == null ? Map.of() : settings);
    disabled = new TreeSet<>(disabled == null ? Set.of() : disabled);
  }

  public static JobConfig defaults() {
    return new JobConfig(new TreeMap<>(), new TreeSet<>(), true, null, ReadOptions.DEFAULT_MAX_BYTES);
  }

  public static JobConfig of(Map<String, String> settings, List<String> disabled, boolean includeText,
                             String defaultDate, long maxBytes) {
    return new JobConfig(new TreeMap<>(settings), new TreeSet<>(disabled), includeText, defaultDate, maxBytes);
  }

  /** The engine options the CLI would build from the same command-line options. */
  public EngineOptions engineOptions() {
    return EngineOptions.defaults().withStages(new StageContext(settings, disabled)).withIncludeText(includeText);
  }

  public ReadOptions readOptions() {
    return new ReadOptions(defaultDate, maxBytes);
  }
}
