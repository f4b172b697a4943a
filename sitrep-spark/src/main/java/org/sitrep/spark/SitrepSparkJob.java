package org.sitrep.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.core.io.Dates;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.io.InputSource;
import org.sitrep.core.io.Inputs;
import org.sitrep.core.io.JsonlArticleReader;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ArticleError;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.ErrorCodes;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.engine.Engine;
import org.sitrep.link.LinkSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * sitrep as an Apache Spark job: read articles from any Hadoop-readable path (JSONL split by line, text,
 * HTML, feeds and WARC files read whole), analyse them with the same {@link Engine} as {@code sitrep analyze}
 * (one per executor, {@link ExecutorEngine}), write the article records as JSONL (the CLI's exact lines, in
 * input order) and as Parquet partitioned by publication day, then link stories group by group
 * ({@link StoryKeys}: publication window and country) and write the story records.
 *
 * <p>No master URL is set in code: {@code --master}, else spark-submit's, else {@code local[*]}.
 * <pre>
 * spark-submit --class org.sitrep.spark.SitrepSparkJob --jars ... sitrep-spark.jar hdfs:///news/2020/ --out hdfs:///sitrep/2020
 * </pre>
 */
@Command(name = "sitrep spark", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run sitrep as an Apache Spark job: analyse articles (JSONL, text, HTML, RSS/Atom, WARC) from any"
        + " Hadoop-readable path, write article records as JSONL and Parquet (partitioned by publication date),"
        + " and link them into stories.",
        "Output: DIR/articles/part-* (JSONL, input order), DIR/parquet/pub_date=YYYY-MM-DD/, DIR/stories/part-*"
            + " (JSONL), DIR/summary.json.",
        "Exit status: 0 all inputs analysed, 1 some gave error records, 2 usage error."})
public final class SitrepSparkJob implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (read recursively), local or on"
      + " any Hadoop file system (hdfs://, s3a://, ...).")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (local or Hadoop path).")
  String out;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark-submit's, else"
      + " local[*]: all cores of this machine).")
  String master;

  @Option(names = "--overwrite", description = "Replace DIR if it exists (default: refuse).")
  boolean overwrite;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for inputs that give none.")
  String date;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A stage option, e.g. --set nlp.fine_ner=false.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--disable", paramLabel = "STAGE", split = ",", description = "Leave out a stage by name.")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--max-bytes", paramLabel = "N", description = "Largest article accepted, in bytes.")
  long maxBytes = org.sitrep.core.io.ReadOptions.DEFAULT_MAX_BYTES;

  @Option(names = "--no-text", description = "Leave the article text out of the article records (stories still"
      + " use it).")
  boolean noText;

  @Option(names = "--partitions", paramLabel = "N", description = "Spread the articles over N analysis tasks"
      + " (a shuffle; output order is restored). Default: as the inputs split, or twice the cores where they give"
      + " fewer tasks than cores.")
  int partitions;

  @Option(names = "--story-window-days", paramLabel = "N", description = "Stories are linked within blocks of N"
      + " publication days (default ${DEFAULT-VALUE}).")
  int storyWindowDays = 7;

  @Option(names = "--story-key", paramLabel = "KEY", description = "How articles are grouped for linking:"
      + " window-country (the window and the country the article is mostly about), window, or auto (default:"
      + " one group, as 'sitrep link' sees them, up to " + SINGLE_GROUP_MAX
      + " articles; window-country above).")
  String storyKey = "auto";

  /** Up to this many articles, {@code --story-key auto} links them all in one group. */
  static final int SINGLE_GROUP_MAX = 50_000;

  @Option(names = "--threshold", paramLabel = "X", description = "Similarity an article needs to join a story.")
  double threshold = LinkSettings.defaults().threshold();

  @Option(names = "--no-stories", description = "Skip story linking.")
  boolean noStories;

  @Option(names = "--no-parquet", description = "Skip the Parquet copy of the article records.")
  boolean noParquet;

  @Override
  public Integer call() throws IOException {
    JobSummary s;
    try (SparkSession spark = session(master)) {
      s = run(spark, options());
    }
    System.err.println("sitrep spark: " + s.describe());
    if (s.failed() > 0) {
      System.err.println("sitrep spark: " + s.failed() + " of " + s.articles()
          + " inputs could not be analysed; their records carry 'errors' saying why");
      return 1;
    }
    return 0;
  }

  /** The job's options, checked. */
  JobOptions options() {
    String d = null;
    if (date != null) {
      d = Dates.normalize(date);
      if (d == null) {
        throw new IllegalArgumentException("--date '" + date + "' is not a date; write it as YYYY-MM-DD");
      }
    }
    if (!List.of("auto", "window-country", "window").contains(storyKey)) {
      throw new IllegalArgumentException("--story-key must be auto, window-country or window, not '" + storyKey
          + "'");
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be positive, not " + partitions);
    }
    JobConfig cfg = JobConfig.of(settings, disabled, !noText, d, maxBytes);
    // the engine is built once here too, so that a bad --set or --disable fails before Spark starts work
    return new JobOptions(inputs, out, overwrite, cfg, partitions, new StoryKeys(storyWindowDays,
        !storyKey.equals("window")), LinkSettings.defaults().withThreshold(threshold), !noStories, !noParquet,
        storyKey.equals("auto") ? SINGLE_GROUP_MAX : 0);
  }

  /**
   * Everything {@link #run} needs. Up to {@code singleGroupMax} articles are linked in one group (key
   * {@code all}), as {@code sitrep link} links them; above it (or with 0) they are grouped by {@code storyKeys}.
   */
  public record JobOptions(List<String> inputs, String out, boolean overwrite, JobConfig config, int partitions,
                           StoryKeys storyKeys, LinkSettings link, boolean stories, boolean parquet,
                           int singleGroupMax) {
  }

  /** A session for {@code master}; without one, spark-submit's master, else all local cores. */
  public static SparkSession session(String master) {
    SparkConf conf = new SparkConf().setAppName("sitrep");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.sql.shuffle.partitions", "8");
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }

  /** Runs the job on {@code spark}; returns what it did. */
  public static JobSummary run(SparkSession spark, JobOptions o) throws IOException {
    long t0 = System.nanoTime();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hconf = sc.hadoopConfiguration();
    Path outDir = new Path(o.out());
    FileSystem outFs = outDir.getFileSystem(hconf);
    if (outFs.exists(outDir)) {
      if (!o.overwrite()) {
        throw new IllegalArgumentException(o.out() + " exists; give another --out, or --overwrite to replace it");
      }
      outFs.delete(outDir, true);
    }
    if (sc.isLocal()) {
      ExecutorEngine.get(o.config()); // fail fast on bad --set/--disable; the local tasks share this engine
    }
    List<InputFiles.FileRef> files = InputFiles.expand(o.inputs(), hconf);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no input files in " + o.inputs());
    }
    int par = sc.defaultParallelism();
    TreeMap<String, String> hadoop = new TreeMap<>();
    hconf.forEach(e -> hadoop.put(e.getKey(), e.getValue()));

    JavaRDD<ItemRow> items = items(sc, files, o.config(), hadoop, par);
    boolean shuffled = o.partitions() > 0 || items.getNumPartitions() < par;
    if (shuffled) {
      items = items.repartition(o.partitions() > 0 ? o.partitions() : par * 2);
    }
    JobConfig cfg = o.config();
    JavaRDD<RecordRow> records = items.mapPartitions((Iterator<ItemRow> it) -> analyze(ExecutorEngine.get(cfg), it));
    if (shuffled) {
      records = records.sortBy(RecordRow::order, true, Math.max(1, records.getNumPartitions()));
    }
    records = records.persist(StorageLevel.MEMORY_AND_DISK_SER());
    long n = records.count();
    long tAnalyzed = System.nanoTime();
    long failed = records.filter(RecordRow::failed).count();

    records.map(RecordRow::json).saveAsTextFile(new Path(outDir, "articles").toString());
    long tJsonl = System.nanoTime();
    if (o.parquet()) {
      Dataset<String> json = spark.createDataset(records.map(RecordRow::json).rdd(), Encoders.STRING());
      Dataset<Row> df = spark.read().schema(RecordSchema.of(ArticleRecord.class)).option("mode", "FAILFAST").json(json)
          .withColumn("pub_date", functions.coalesce(functions.substring(functions.col("published"), 1, 10),
              functions.lit("unknown")));
      df.write().mode(SaveMode.ErrorIfExists).partitionBy("pub_date").parquet(new Path(outDir, "parquet").toString());
    }
    long tParquet = System.nanoTime();
    long stories = 0;
    long groups = 0;
    long largest = 0;
    if (o.stories()) {
      StoryKeys keys = o.storyKeys();
      boolean single = n <= o.singleGroupMax();
      Portable<LinkSettings> link = Portable.of(o.link());
      JavaPairRDD<String, String> keyed = records.mapToPair(r -> {
        ArticleRecord a = Json.read(r.json(), ArticleRecord.class);
        return new Tuple2<>(single ? "all" : keys.key(a), r.json());
      });
      JavaPairRDD<String, Iterable<String>> grouped = keyed.groupByKey().persist(StorageLevel.MEMORY_AND_DISK_SER());
      JavaRDD<Tuple2<String, String>> linked = grouped.flatMap(g -> {
        List<ArticleRecord> arts = new ArrayList<>();
        g._2().forEach(j -> arts.add(Json.read(j, ArticleRecord.class)));
        List<Tuple2<String, String>> outRows = new ArrayList<>();
        int i = 0;
        for (StoryRecord s : StoryStep.link(g._1(), arts, link.get())) {
          outRows.add(new Tuple2<>(g._1() + "\u0000" + String.format("%09d", i++), Json.line(s)));
        }
        return outRows.iterator();
      });
      JavaRDD<String> storyLines = linked.sortBy(Tuple2::_1, true, Math.max(1, Math.min(par * 2,
          grouped.getNumPartitions()))).map(Tuple2::_2).persist(StorageLevel.MEMORY_AND_DISK_SER());
      storyLines.saveAsTextFile(new Path(outDir, "stories").toString());
      stories = storyLines.count();
      groups = grouped.count();
      largest = grouped.map(g -> {
        long c = 0;
        for (String ignored : g._2()) {
          c++;
        }
        return c;
      }).fold(0L, Math::max);
      storyLines.unpersist();
      grouped.unpersist();
    }
    records.unpersist();
    long tEnd = System.nanoTime();
    JobSummary s = new JobSummary(files.size(), n, failed, stories, groups, largest, par, sc.master(),
        secs(tAnalyzed - t0), secs(tJsonl - tAnalyzed), secs(tParquet - tJsonl), secs(tEnd - tParquet), secs(tEnd - t0));
    try (OutputStream w = outFs.create(new Path(outDir, "summary.json"), true)) {
      w.write((Json.line(s) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return s;
  }

  private static double secs(long nanos) {
    return Math.round(nanos / 1e7) / 100.0;
  }

  /** The input items of all files, in input order: JSONL split by line, runs of other files one task per file. */
  static JavaRDD<ItemRow> items(JavaSparkContext sc, List<InputFiles.FileRef> files, JobConfig cfg,
                                TreeMap<String, String> hadoop, int par) {
    List<JavaRDD<ItemRow>> parts = new ArrayList<>();
    List<InputFiles.FileRef> run = new ArrayList<>();
    for (InputFiles.FileRef f : files) {
      if (f.jsonl()) {
        if (!run.isEmpty()) {
          parts.add(wholeFiles(sc, run, cfg, hadoop, par));
          run = new ArrayList<>();
        }
        parts.add(jsonl(sc, f, cfg, par));
      } else {
        run.add(f);
      }
    }
    if (!run.isEmpty()) {
      parts.add(wholeFiles(sc, run, cfg, hadoop, par));
    }
    JavaRDD<ItemRow> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all = all.union(parts.get(i)); // union keeps partition order, so input order
    }
    return all;
  }

  /** A JSONL file split across tasks by line (about 1 MB, some 300 articles, per task). */
  private static JavaRDD<ItemRow> jsonl(JavaSparkContext sc, InputFiles.FileRef f, JobConfig cfg, int par) {
    int splits = (int) Math.max(par * 2L, Math.min(100_000, f.size() / (1 << 20)));
    String base = InputSource.idOf(f.name());
    String name = f.name();
    long rank = f.rank();
    return sc.textFile(f.uri(), splits).zipWithIndex().flatMap(t -> {
      String line = t._1();
      if (line.isBlank()) {
        return java.util.Collections.emptyIterator();
      }
      long lineNo = t._2() + 1;
      return List.of(ItemRow.of(rank, lineNo, JsonlArticleReader.parseLine(line, (int) lineNo, base, name,
          cfg.readOptions()))).iterator();
    });
  }

  /** Files read whole, each by the reader its name selects (text, HTML, feeds, WARC), one task per few files. */
  private static JavaRDD<ItemRow> wholeFiles(JavaSparkContext sc, List<InputFiles.FileRef> run, JobConfig cfg,
                                             TreeMap<String, String> hadoop, int par) {
    int slices = Math.min(run.size(), Math.max(par * 2, run.size() / 50));
    return sc.parallelize(run, slices).mapPartitions((Iterator<InputFiles.FileRef> it) -> {
      Configuration conf = new Configuration(false);
      hadoop.forEach(conf::set);
      Inputs in = Inputs.standard(cfg.readOptions());
      List<ItemRow> rows = new ArrayList<>();
      while (it.hasNext()) {
        InputFiles.FileRef f = it.next();
        Path p = new Path(f.uri());
        FileSystem fs = p.getFileSystem(conf);
        InputSource src = new InputSource(f.name(), InputSource.idOf(f.name()), f.size(), () -> fs.open(p));
        long[] seq = {0};
        in.readSource(src, (InputItem item) -> rows.add(ItemRow.of(f.rank(), ++seq[0], item)));
      }
      return rows.iterator();
    });
  }

  /** The records of a partition's items, analysed one by one as the task pulls them. */
  static Iterator<RecordRow> analyze(Engine engine, Iterator<ItemRow> it) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public RecordRow next() {
        ItemRow row = it.next();
        ArticleRecord r;
        try {
          r = engine.analyze(row.toItem());
        } catch (RuntimeException e) {
          // a bad article never kills a batch: the record says what went wrong
          r = ArticleRecord.error(row.docId(), row.source(), new ArticleError(ErrorCodes.STAGE_FAILED, row.origin()
              + " (id " + row.docId() + "): " + e + "; please report this with the article"));
        }
        return new RecordRow(row.file(), row.seq(), r.docId(), r.published(), r.failed(), Json.line(r));
      }
    };
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new SitrepSparkJob());
    cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
      cmd.getErr().println("sitrep spark: " + ex.getMessage());
      if (System.getenv("SITREP_DEBUG") != null) {
        ex.printStackTrace(cmd.getErr());
      }
      return ex instanceof IllegalArgumentException ? 2 : 3;
    });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
