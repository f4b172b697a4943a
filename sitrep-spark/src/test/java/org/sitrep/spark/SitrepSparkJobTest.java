package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.io.Inputs;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.engine.Engine;
import org.sitrep.link.LinkSettings;

/**
 * The Spark job in local mode against the CLI's way of analysing the same inputs ({@code Inputs} +
 * {@link Engine}, as {@code sitrep analyze} does): the same records, line for line, in the same order. One
 * engine (CoreNLP loaded once) serves both; the inputs are a few hundred short articles in JSONL (split across
 * tasks), text files, an HTML page and a feed (read whole).
 */
class SitrepSparkJobTest {
  /** The default engine, as {@code sitrep analyze} builds it. */
  static final JobConfig CONFIG = JobConfig.defaults();

  @TempDir
  static Path tmp;
  static Path inputs;
  static SparkSession spark;

  @BeforeAll
  static void setUp() throws IOException {
    inputs = tmp.resolve("in");
    Files.createDirectories(inputs.resolve("pages"));
    Files.write(inputs.resolve("a-wire.jsonl"), ShortNews.jsonl(180, 7, "w"), StandardCharsets.UTF_8);
    java.util.Random r = new java.util.Random(11);
    for (int i = 0; i < 4; i++) {
      String body = (i == 2 ? "" : " date 2021-03-0" + (i + 2) + "\n") + "Valley Post\n\n"
          + ShortNews.text(r, java.time.LocalDate.of(2021, 3, 2 + i));
      Files.writeString(inputs.resolve("pages/story-" + i + ".txt"), body);
    }
    Files.writeString(inputs.resolve("pages/empty.txt"), "  \n");
    Files.writeString(inputs.resolve("pages/page.html"), "<html><head><title>Bridge talks</title>"
        + "<meta property=\"article:published_time\" content=\"2021-03-05T10:00:00Z\"></head><body><nav>Home</nav>"
        + "<article><p>" + ShortNews.text(r, java.time.LocalDate.of(2021, 3, 5)) + "</p></article></body></html>");
    Files.writeString(inputs.resolve("pages/feed.rss"), "<rss version=\"2.0\"><channel><title>Feed Wire</title>"
        + "<item><title>One</title><pubDate>Sat, 06 Mar 2021 08:00:00 GMT</pubDate><description>"
        + ShortNews.text(r, java.time.LocalDate.of(2021, 3, 6)) + "</description></item>"
        + "<item><title>No body</title></item></channel></rss>");
    Files.write(inputs.resolve("z-late.jsonl"), ShortNews.jsonl(20, 13, "z"), StandardCharsets.UTF_8);
    Files.writeString(inputs.resolve("README.md"), "not an article\n");
    spark = SitrepSparkJob.session("local[2]");
  }

  @AfterAll
  static void tearDown() {
    if (spark != null) {
      spark.close();
    }
  }

  /** What {@code sitrep analyze INPUT} writes: one JSON line per article, in input order. */
  static List<String> cliRecords(String arg) throws IOException {
    Engine engine = ExecutorEngine.get(CONFIG);
    Inputs in = Inputs.standard(CONFIG.readOptions());
    List<String> lines = new ArrayList<>();
    for (String f : Inputs.expand(List.of(arg))) {
      in.read(f, System.in, item -> lines.add(Json.line(engine.analyze(item))));
    }
    return lines;
  }

  static List<String> parts(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  static SitrepSparkJob.JobOptions options(String in, Path out, int partitions) {
    return new SitrepSparkJob.JobOptions(List.of(in), out.toString(), false, CONFIG, partitions, new StoryKeys(7, true),
        LinkSettings.defaults(), true, true, 0);
  }

  @Test
  void run_localMode_recordsEqualTheClisInOrderAndParquetAndStoriesCoverThem() throws IOException {
    Path out = tmp.resolve("out");
    JobSummary s = SitrepSparkJob.run(spark, options(inputs.toString(), out, 0));
    System.err.println("SitrepSparkJobTest: " + s.describe());

    List<String> expected = cliRecords(inputs.toString());
    List<String> actual = parts(out.resolve("articles"));
    assertEquals(expected.size(), actual.size());
    assertTrue(expected.size() >= 200, "a few hundred records: " + expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "record " + i);
    }
    assertEquals(expected.size(), s.articles());
    long failed = expected.stream().filter(l -> Json.read(l, ArticleRecord.class).failed()).count();
    assertTrue(failed >= 5, "broken lines, an empty file and a bodiless feed item give error records: " + failed);
    assertEquals(failed, s.failed());
    assertEquals(1, ExecutorEngine.builds(), "the models load once per executor (JVM), not per task");

    // Parquet: every record once, partitioned by publication day
    List<Row> rows = spark.read().parquet(out.resolve("parquet").toString()).select("doc_id", "pub_date", "published")
        .collectAsList();
    assertEquals(expected.size(), rows.size());
    Set<String> ids = new HashSet<>();
    for (Row r : rows) {
      assertTrue(ids.add(r.getString(0)), "once: " + r.getString(0));
      String pub = r.getString(2);
      assertEquals(pub == null ? "unknown" : pub.substring(0, 10), r.getString(1));
    }
    assertTrue(Files.isDirectory(out.resolve("parquet/pub_date=2021-03-05")));
    assertTrue(Files.isDirectory(out.resolve("parquet/pub_date=unknown")));
    long withEvents = spark.read().parquet(out.resolve("parquet").toString())
        .where("size(events) > 0").count();
    assertTrue(withEvents > 0, "nested columns survive: events");

    // stories: every record the main report of exactly one story (it may also be listed, in also_articles, in
    // another incident it reports), ids unique, ids named after their group
    List<String> storyLines = parts(out.resolve("stories"));
    assertEquals(s.stories(), storyLines.size());
    Set<String> storyIds = new TreeSet<>();
    Set<String> covered = new HashSet<>();
    for (String line : storyLines) {
      StoryRecord st = Json.read(line, StoryRecord.class);
      assertTrue(storyIds.add(st.storyId()), "unique story id " + st.storyId());
      assertTrue(st.storyId().matches("(\\d{4}-\\d{2}-\\d{2}|undated)/[A-Z-]+/s\\d+"), st.storyId());
      for (String a : st.articles()) {
        if (!st.alsoArticles().contains(a)) {
          assertTrue(covered.add(a), "one story per article: " + a);
        }
      }
    }
    assertEquals(ids, covered);
    assertTrue(s.storyGroups() > 1 && s.largestStoryGroup() < expected.size(), "linked in groups, not all at once");
    assertTrue(Files.exists(out.resolve("summary.json")));
  }

  @Test
  void run_withRepartitionAndOneStoryGroup_keepsInputOrderAndLinksAsSitrepLink() throws IOException {
    Path small = tmp.resolve("small");
    Files.createDirectories(small);
    Files.write(small.resolve("one.jsonl"), ShortNews.jsonl(12, 5, "s"), StandardCharsets.UTF_8);
    Path out = tmp.resolve("out-shuffled");
    JobSummary s = SitrepSparkJob.run(spark, new SitrepSparkJob.JobOptions(List.of(small.toString()), out.toString(),
        false, CONFIG, 3, new StoryKeys(7, false), LinkSettings.defaults(), true, false, 100));
    List<String> cli = cliRecords(small.toString());
    assertEquals(cli, parts(out.resolve("articles")));
    assertEquals(12, s.articles());
    assertFalse(Files.exists(out.resolve("parquet")));
    // up to singleGroupMax articles, one group: the stories of 'sitrep link', ids prefixed with the key
    List<ArticleRecord> records = cli.stream().map(l -> Json.read(l, ArticleRecord.class)).toList();
    List<String> expected = org.sitrep.link.StoryLinker.create(LinkSettings.defaults()).link(records).stories()
        .stream().map(st -> Json.line(StoryStep.rename(st, "all/" + st.storyId()))).toList();
    assertEquals(expected, parts(out.resolve("stories")));
    assertEquals(1, s.storyGroups());
  }

  @Test
  void run_existingOutput_refusedWithoutOverwrite() throws IOException {
    Path out = tmp.resolve("exists");
    Files.createDirectories(out);
    var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> SitrepSparkJob.run(spark, options(inputs.toString(), out, 0)));
    assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
  }
}
