package org.sitrep.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.server.QueryParams;
import org.sitrep.store.EventQuery;
import org.sitrep.store.ExportFormat;
import org.sitrep.store.SitrepStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep export}: the store's events as JSONL, CSV, GeoJSON, GDELT-style TSV or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the stored events matching the filters, streamed, with no cap: jsonl (event records),"
        + " csv (one flat row per event), geojson (located events as points), tsv (GDELT-style columns),"
        + " parquet.",
        "Filters are the API's: --where type=ASSAULT --where from=2020-02-01 --where place=Idlib ..."})
public final class ExportCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", description = "The store folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("sitrep-data");

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "jsonl, csv, geojson, tsv or parquet"
      + " (default: from the -o extension, else jsonl).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (default: standard output).")
  Path output;

  @Option(names = {"-w", "--where"}, paramLabel = "KEY=VALUE", description = "A filter, as the API's query"
      + " parameters: from, to, type, quad, actor_country, actor_sector, actor, recipient_country,"
      + " recipient_sector, recipient, place, bbox, story, q, doc_id, status, min_dead.")
  Map<String, String> where = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    String ext = format;
    if (ext == null && output != null) {
      String name = output.getFileName().toString();
      ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "jsonl";
    }
    ExportFormat f = ExportFormat.of(ext == null ? "jsonl" : ext);
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (var e : where.entrySet()) {
      if (!QueryParams.EVENT_FILTERS.contains(e.getKey())) {
        throw new IllegalArgumentException("--where " + e.getKey() + " is not a filter; use one of "
            + QueryParams.EVENT_FILTERS);
      }
      params.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
    }
    // the API's parser: the same checks and messages as GET /api/export/events.{format}
    EventQuery filter = QueryParams.of(params, QueryParams.EVENT_FILTERS).events();
    if (!Files.isDirectory(data)) {
      throw new IllegalArgumentException("no store at " + data + "; run 'sitrep ingest' first or give --data");
    }
    try (SitrepStore store = SitrepStore.open(data);
         OutputStream out = output == null ? new BufferedOutputStream(System.out, 1 << 16)
             : new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
      store.export(filter, f, out);
    }
    return 0;
  }
}
