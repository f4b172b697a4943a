package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.core.io.Inputs;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.store.Ingestor;
import org.sitrep.store.SitrepStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep ingest INPUT...}: analyse articles into the store; idempotent and resumable. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Analyse articles and store them (DuckDB + a Lucene search index) for 'sitrep serve' and"
        + " 'sitrep export'. An article already stored (same content) is skipped before analysis, so a run"
        + " can be repeated or, after an interruption (even kill -9), resumed without duplicates. The same"
        + " id with new text in a later run replaces the older version; within one run a repeated id is stored"
        + " as ID~2, ID~3 (with a warning), and with --records refused. Each article records the pipeline version (sitrep's"
        + " version, stage settings, code and data) that analysed it; an input stored by another version is"
        + " re-analysed. Stories are relinked over the whole store at the end.",
        "Exit status: 0 all inputs stored, 1 some could not be analysed (noted in the store), 2 usage error."})
public final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Articles: files, folders or '-' (as for analyze);"
      + " with --records, article records (JSONL from 'sitrep analyze -o').")
  List<String> inputs;

  @Option(names = "--data", paramLabel = "DIR", description = "The store folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("sitrep-data");

  @Option(names = "--records", description = "The inputs are article records already analysed (no CoreNLP needed).")
  boolean records;

  @Option(names = "--stories", paramLabel = "FILE", description = "Store these story records (from 'sitrep link')"
      + " instead of linking the store's articles.")
  Path stories;

  @Option(names = "--no-link", description = "Do not relink stories after ingesting.")
  boolean noLink;

  @Option(names = "--reanalyze", description = "Analyse and replace every input even where its content is stored"
      + " by this very pipeline version. (Articles stored by another version, after an upgrade or other --set"
      + " options, are re-analysed without it.)")
  boolean reanalyze;

  @Mixin
  EngineOptionsMixin engineOptions;

  @Override
  public Integer call() throws IOException {
    var read = engineOptions.readOptions();
    try (SitrepStore store = SitrepStore.open(data)) {
      Ingestor.Report rep = ingest(store, inputs, records, reanalyze, engineOptions, read);
      System.err.println("sitrep ingest: " + rep + " -> " + data);
      finishStories(store, stories, noLink);
      return rep.failed() > 0 ? 1 : 0;
    }
  }

  static Ingestor.Report ingest(SitrepStore store, List<String> inputs, boolean records, boolean reanalyze,
                                EngineOptionsMixin engine, org.sitrep.core.io.ReadOptions read) throws IOException {
    return ingest(store, inputs, records, reanalyze, engine, read, new StoreSupport.LazyEngine(engine.engineOptions()));
  }

  /** Ingests with {@code engineAnalyzer} (one engine shared with the caller: {@code serve} loads the models once). */
  static Ingestor.Report ingest(SitrepStore store, List<String> inputs, boolean records, boolean reanalyze,
                                EngineOptionsMixin engine, org.sitrep.core.io.ReadOptions read,
                                Ingestor.Analyzer engineAnalyzer) throws IOException {
    List<String> files = Inputs.expand(inputs);
    Ingestor.Analyzer analyzer = records ? a -> {
      throw new IllegalStateException("--records takes analysed records only");
    } : engineAnalyzer;
    int[] refused = {0};
    Ingestor.Report rep;
    try (Progress progress = Progress.start("ingest", AnalyzeCommand.expected(files));
         Ingestor in = new Ingestor(store, analyzer, engine.threads(), msg -> System.err.println("sitrep ingest: " + msg))
             .reanalyze(reanalyze)) {
      for (String f : files) {
        if (records) {
          refused[0] += readRecords(f, r -> {
            in.acceptRecord(r);
            progress.step();
          });
        } else {
          Inputs.standard(read).read(f, System.in, item -> {
            in.accept(item);
            progress.step();
          });
        }
      }
      rep = in.finish();
    }
    // records refused by the contract check count as inputs that could not be stored
    return refused[0] == 0 ? rep : new Ingestor.Report(rep.read() + refused[0], rep.added(), rep.revised(),
        rep.unchanged(), rep.failed() + refused[0]);
  }

  static void finishStories(SitrepStore store, Path stories, boolean noLink) throws IOException {
    if (stories != null) {
      List<StoryRecord> list = new java.util.ArrayList<>();
      try (BufferedReader r = Files.newBufferedReader(stories, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          if (!line.isBlank()) {
            list.add(Json.read(line, StoryRecord.class));
          }
        }
      }
      store.replaceStories(list);
      System.err.println("sitrep ingest: stored " + list.size() + " stories from " + stories);
    } else if (!noLink) {
      System.err.println("sitrep ingest: " + StoreSupport.relink(store) + " stories linked");
    }
  }

  /**
   * Reads article records (JSONL), checks each against the contract (RecordCheck: PLOVER types, codes, offsets)
   * and hands on those that fit; each one refused is reported with its file and line. Returns how many were refused.
   */
  static int readRecords(String file, java.util.function.Consumer<ArticleRecord> sink) throws IOException {
    int[] refused = {0};
    JsonlLines.forEach(file, (n, line) -> {
      ArticleRecord rec;
      List<String> problems;
      try {
        rec = Json.read(line, ArticleRecord.class);
        problems = rec == null ? List.of("not a JSON object") : org.sitrep.store.RecordCheck.problems(rec);
      } catch (RuntimeException e) {
        rec = null;
        problems = List.of("not an article record (" + firstLine(e.getMessage()) + ")");
      }
      if (!problems.isEmpty()) {
        refused[0]++;
        System.err.println("sitrep ingest: " + file + ":" + n + ": record refused"
            + (rec != null && rec.docId() != null ? " (doc_id " + rec.docId() + ")" : "") + ": "
            + String.join("; ", problems.subList(0, Math.min(10, problems.size())))
            + (problems.size() > 10 ? "; and " + (problems.size() - 10) + " more" : "")
            + " -- --records takes the output of 'sitrep analyze' (docs/RECORDS.md)");
        return;
      }
      sink.accept(rec);
    });
    return refused[0];
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int i = s.indexOf('\n');
    String l = i < 0 ? s : s.substring(0, i);
    return l.length() > 200 ? l.substring(0, 200) + "..." : l;
  }
}
