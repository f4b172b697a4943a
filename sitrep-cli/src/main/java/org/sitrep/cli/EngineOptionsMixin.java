package org.sitrep.cli;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.sitrep.core.io.Dates;
import org.sitrep.core.io.ReadOptions;
import org.sitrep.core.pipeline.StageContext;
import org.sitrep.engine.EngineOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by the commands that analyse articles (analyze, bench, ingest, serve, spark). */
public final class EngineOptionsMixin {
  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that give none (relative dates such as 'today' resolve against it).")
  String date;

  @Option(names = "--threads", paramLabel = "N", description = "Articles analysed in parallel (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A stage option, e.g. --set nlp.fine_ner=false.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--disable", paramLabel = "STAGE", split = ",",
      description = "Leave out a stage by name (see 'sitrep analyze --stages').")
  List<String> disabled = List.of();

  @Option(names = "--max-bytes", paramLabel = "N", description = "Largest article accepted, in bytes (default ${DEFAULT-VALUE}).")
  long maxBytes = ReadOptions.DEFAULT_MAX_BYTES;

  @Option(names = "--no-text", description = "Leave the article text out of the records (smaller output; 'link' works less well).")
  boolean noText;

  public ReadOptions readOptions() {
    if (maxBytes < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "option --max-bytes: " + maxBytes
          + " is not a size; give the largest article to accept in bytes, e.g. --max-bytes "
          + ReadOptions.DEFAULT_MAX_BYTES);
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "option --threads: " + threads
          + " is below 1; give how many articles to analyse at once, e.g. --threads 2");
    }
    String d = null;
    if (date != null) {
      d = Dates.normalize(date);
      if (d == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--date '" + date
            + "' is not a date; write it as YYYY-MM-DD");
      }
    }
    stages();
    return new ReadOptions(d, maxBytes);
  }

  public EngineOptions engineOptions() {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
    }
    return EngineOptions.defaults().withStages(stages()).withIncludeText(!noText);
  }

  /**
   * The stages' settings, checked before any model loads: --set keys and values, --disable names. Checking builds
   * the stages (some read their data files), so it is done only where something was set or disabled.
   */
  private StageContext stages() {
    if (checked != null) {
      return checked;
    }
    StageContext ctx = new StageContext(settings, new LinkedHashSet<>(disabled));
    if (!settings.isEmpty() || !disabled.isEmpty()) {
      try {
        org.sitrep.core.pipeline.Pipeline.check(ctx);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    checked = ctx;
    return ctx;
  }

  private StageContext checked;

  public int threads() {
    return threads;
  }
}
