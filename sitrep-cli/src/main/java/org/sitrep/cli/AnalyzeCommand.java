package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.core.io.Inputs;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.engine.BatchRunner;
import org.sitrep.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep analyze INPUT...}: one article record per input article, as JSONL. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Analyse articles and write one record per article (JSONL): events, quotes, counts, places,"
        + " times, entities. Inputs: .txt articles (optional ' date YYYY-MM-DD' and outlet lines), .jsonl,"
        + " .html, RSS/Atom, WARC, folders (recursive), '-' for standard input.",
        "Exit status: 0 all inputs analysed, 1 some gave error records, 2 usage error (nothing analysed),"
            + " 3 the output could not be written (the reason on standard error), 141 the reader of the output"
            + " went away (broken pipe)."})
public final class AnalyzeCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or '-' (standard input).")
  List<String> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write records to FILE (default: standard output). A re-run resumes: documents already in"
          + " FILE are skipped.")
  Path output;

  @Option(names = "--overwrite", description = "With -o: start FILE again instead of resuming.")
  boolean overwrite;

  @Option(names = "--stages", description = "Print the pipeline's stages in order and exit.")
  boolean listStages;

  @Option(names = "--link", description = "Then link the records into stories (as 'sitrep link' does): story records"
      + " go to --stories FILE, else after the article records (-o FILE: to FILE's name with .stories.jsonl).")
  boolean link;

  @Option(names = "--stories", paramLabel = "FILE", description = "With --link: where story records go.")
  Path stories;

  @Mixin
  EngineOptionsMixin engineOptions;

  @Override
  public Integer call() throws IOException {
    var read = engineOptions.readOptions();
    if (!listStages) {
      OutputChecks.inputs(spec.commandLine(), inputs);
      OutputChecks.output(spec.commandLine(), inputs, output, "-o");
      OutputChecks.output(spec.commandLine(), inputs, stories, "--stories");
      if (link && output != null && RecordOutput.isStream(output)) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "option --link with -o " + output
            + ": linking reads the records back, which a device or pipe cannot give; write to a file, or leave"
            + " out -o to write to standard output");
      }
    }
    Engine engine = Engine.create(engineOptions.engineOptions());
    if (listStages) {
      engine.pipeline().stages().forEach(s -> System.out.println(s.name() + "  requires " + s.requires()
          + "  produces " + s.produces()));
      return 0;
    }
    Inputs in = Inputs.standard(read);
    List<String> files = Inputs.expand(inputs);
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger written = new AtomicInteger();
    List<ArticleRecord> kept = new java.util.ArrayList<>();
    var ids = new org.sitrep.core.io.DuplicateIds(msg -> System.err.println("sitrep analyze: " + msg));
    try (RecordOutput out = output == null ? RecordOutput.stdout() : RecordOutput.file(output, !overwrite);
         Progress progress = Progress.start("analyze", expected(files))) {
      if (out.resumed() > 0) {
        System.err.println("sitrep analyze: resuming " + output + ": " + out.resumed()
            + " documents already there are skipped (--overwrite starts again)");
      }
      try (BatchRunner runner = new BatchRunner(engine, engineOptions.threads(), (ArticleRecord r) -> {
        if (link && output == null) {
          kept.add(r); // written after linking, with dates inferred from their stories
        } else {
          out.write(r);
        }
        written.incrementAndGet();
        if (r.failed()) {
          failed.incrementAndGet();
        }
        progress.step();
      })) {
        for (String f : files) {
          in.read(f, System.in, read1 -> {
            var item = ids.distinct(read1);
            if (out.alreadyDone(item.docId())) {
              progress.step();
            } else {
              runner.accept(item);
            }
          });
        }
      }
    }
    if (link) {
      linkStories(output == null ? kept : readRecords(output));
    }
    if (failed.get() > 0) {
      System.err.println("sitrep analyze: " + failed.get() + " of " + written.get()
          + " inputs could not be analysed; their records carry 'errors' saying why");
      return 1;
    }
    return 0;
  }

  private static List<ArticleRecord> readRecords(Path file) throws IOException {
    List<ArticleRecord> out = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(org.sitrep.core.json.Json.read(line, ArticleRecord.class));
      }
    }
    return out;
  }

  /**
   * Links the records into stories; the article records are written again with the publication dates
   * their stories give (marked inferred), then the story records.
   */
  private void linkStories(List<ArticleRecord> records) throws IOException {
    var result = org.sitrep.link.StoryLinker.create(org.sitrep.link.LinkSettings.defaults()).link(records);
    if (output == null) {
      try (RecordOutput out = RecordOutput.stdout()) {
        result.articles().forEach(out::write);
      }
    } else {
      Path tmp = output.resolveSibling(output.getFileName() + ".linking");
      try (RecordOutput out = RecordOutput.file(tmp, false)) {
        result.articles().forEach(out::write);
      }
      Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    Path target = stories;
    if (target == null && output != null) {
      String name = output.getFileName().toString().replaceFirst("\\.jsonl$", "");
      target = output.resolveSibling(name + ".stories.jsonl");
    }
    try (RecordOutput out = target == null ? RecordOutput.stdout() : RecordOutput.file(target, false)) {
      result.stories().forEach(out::write);
    }
    System.err.println("sitrep analyze --link: " + records.size() + " articles, " + result.stories().size()
        + " stories" + (target == null ? "" : " in " + target));
  }

  /** How many articles the inputs hold, for the progress bar (JSONL: its lines; other files: one each). */
  static long expected(List<String> files) {
    if (!Terminal.interactive()) {
      return 0;
    }
    long n = 0;
    for (String f : files) {
      if (f.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
        try (BufferedReader r = Files.newBufferedReader(Path.of(f), StandardCharsets.UTF_8)) {
          n += r.lines().filter(l -> !l.isBlank()).count();
        } catch (IOException | java.io.UncheckedIOException e) {
          n++;
        }
      } else {
        n++;
      }
    }
    return n;
  }
}
