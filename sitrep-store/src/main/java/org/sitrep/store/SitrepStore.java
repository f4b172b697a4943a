package org.sitrep.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.core.model.ArticleError;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.store.ArticleResults.ArticleRow;
import org.sitrep.store.ArticleResults.Story;
import org.sitrep.store.ArticleResults.StoredArticle;
import org.sitrep.store.ArticleResults.StoryRow;
import org.sitrep.store.ClaimResults.CountRow;
import org.sitrep.store.ClaimResults.QuoteRow;
import org.sitrep.store.ClaimResults.SearchHit;
import org.sitrep.store.ClaimResults.SpeakerRow;
import org.sitrep.store.EventResults.EventRow;
import org.sitrep.store.EventResults.NetworkEdge;
import org.sitrep.store.EventResults.PlaceRow;
import org.sitrep.store.EventResults.Summary;
import org.sitrep.store.EventResults.TimelineRow;

/**
 * sitrep's embedded store: a DuckDB database ({@code sitrep.duckdb}) and a Lucene index ({@code lucene/}) in one
 * folder. Articles are stored whole (the record as JSON) and flattened into tables of events, actors, quotes,
 * counts and places; stories into stories, story events, their mentions and disagreements. Each article is
 * one transaction, so a store killed at any moment holds whole articles only, and {@link #hasContent} lets a
 * re-run skip what is there. One process opens a folder at a time; within it, reads run in parallel on a
 * pool of connections and writes are serialised. All SQL is parameterised. Queries are typed records
 * ({@link EventQuery}, {@link QuoteQuery}, {@link CountQuery}, {@link DayRange}) and so are results
 * ({@link EventResults}, {@link ClaimResults}, {@link ArticleResults}, {@link Page}); turning them into JSON is
 * the caller's job (the server serialises them with Jackson).
 */
public final class SitrepStore implements AutoCloseable {
  private final Path folder;
  private final Connections db;
  private final TextIndex index;
  private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
  private final StoreWriter writes;
  private final EventQueries events;
  private final ClaimQueries claims;
  private final ArticleQueries articles;

  private SitrepStore(Path folder, int readConnections) {
    this.folder = folder;
    this.db = new Connections(folder, readConnections);
    this.index = new TextIndex(folder.resolve("lucene"));
    this.writes = new StoreWriter(db, index, generation);
    this.events = new EventQueries(db, index, generation);
    this.claims = new ClaimQueries(db, index);
    this.articles = new ArticleQueries(db);
    writes.catchUpIndex();
  }

  /** Opens (creating and migrating as needed) the store in {@code folder}. */
  public static SitrepStore open(Path folder) {
    return new SitrepStore(folder, 8);
  }

  public Path folder() {
    return folder;
  }

  /** A number that changes whenever stored data changes: a cache of query results keyed on it is never stale. */
  public long generation() {
    return generation.get();
  }

  public int schemaVersion() {
    return db.read(c -> Migrations.current(c));
  }

  // ---------------------------------------------------------------- writing (StoreWriter)

  /** True when an article with this content hash is stored. */
  public boolean hasContent(String contentHash) {
    return db.read(c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM articles WHERE content_hash = ?")) {
        p.setString(1, contentHash);
        try (ResultSet rs = p.executeQuery()) {
          return rs.next();
        }
      }
    });
  }

  /**
   * True when an article with this content hash is stored and was analysed by pipeline {@code version} (null:
   * by any pipeline). Stored content under another version is stale: a re-analysis replaces it.
   */
  public boolean hasContent(String contentHash, String version) {
    if (version == null) {
      return hasContent(contentHash);
    }
    return db.read(c -> {
      try (PreparedStatement p = c.prepareStatement(
          "SELECT 1 FROM articles WHERE content_hash = ? AND pipeline_version IS NOT DISTINCT FROM ?")) {
        p.setString(1, contentHash);
        p.setString(2, version);
        try (ResultSet rs = p.executeQuery()) {
          return rs.next();
        }
      }
    });
  }

  /** Stores an analysed article under {@link ContentHash#of(ArticleRecord)}. */
  public PutResult put(ArticleRecord r) {
    return put(r, ContentHash.of(r));
  }

  /**
   * An analysed article and its content hash, to store; {@code replace} stores it even where the same content
   * is stored (a re-analysis with a newer pipeline).
   */
  public record Item(ArticleRecord record, String contentHash, boolean replace, String pipelineVersion) {
    public Item(ArticleRecord record, String contentHash) {
      this(record, contentHash, false, null);
    }
  }

  /**
   * Stores an analysed article in one transaction. An article with the same content hash is left as is; one
   * with the same doc id but other content replaces the older version. Error records are not stored as
   * articles: use {@link #recordError}.
   */
  public PutResult put(ArticleRecord r, String contentHash) {
    return putAll(List.of(new Item(r, contentHash))).get(0);
  }

  /** Stores several articles in one transaction (all or none), as {@link #put} does one; faster per article. */
  public List<PutResult> putAll(List<Item> items) {
    return writes.putAll(items);
  }

  /** Makes recent writes searchable and durable in the full-text index. */
  public void flush() {
    writes.flush();
  }

  /** Writes the write-ahead log into the database file (compact, compressed columns; faster reads after a big ingest). */
  public void checkpoint() {
    writes.checkpoint();
  }

  /** Notes an input that could not be analysed (replacing an earlier note for the same doc id). */
  public void recordError(String docId, String origin, ArticleError error) {
    writes.recordError(docId, origin, error);
  }

  /** Replaces every stored story with these (the linker's output over the whole store), in one transaction. */
  public void replaceStories(List<StoryRecord> stories) {
    writes.replaceStories(stories);
  }

  /**
   * Deletes the stories {@code remove} names and inserts {@code add}, in one transaction (an incremental update of
   * the stories: readers see them before or after, never half-way).
   */
  public void updateStories(java.util.Collection<String> remove, List<StoryRecord> add) {
    writes.updateStories(remove, add);
  }

  /** Story id to the MD5 (hex) of its stored record's JSON line: which stored stories differ from a new link. */
  public Map<String, String> storyDigests() {
    return articles.storyDigests();
  }

  // ---------------------------------------------------------------- stats

  /** How many stored articles each pipeline version analysed ("" for records imported without one). */
  public Map<String, Long> pipelineVersions() {
    return db.read(c -> {
      Map<String, Long> out = new java.util.TreeMap<>();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT coalesce(pipeline_version, ''), count(*) FROM articles GROUP BY 1 ORDER BY 1")) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getLong(2));
        }
      }
      return out;
    });
  }

  /** Row counts of every table, in name order (for reports and tests). */
  public Map<String, Long> rowCounts() {
    return db.read(c -> {
      Map<String, Long> out = new java.util.TreeMap<>();
      for (String t : List.of("articles", "events", "event_actors", "quotes", "counts", "places", "ingest_errors",
          "stories", "story_articles", "story_events", "story_event_mentions", "disagreements")) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
          rs.next();
          out.put(t, rs.getLong(1));
        }
      }
      return out;
    });
  }

  // ---------------------------------------------------------------- events (EventQueries)

  /** Events matching the filter, newest day first, {@code limit} per page (1-1000), after {@code cursor}. */
  public Page<EventRow> events(EventQuery f, int limit, String cursor) {
    return events.events(f, limit, cursor);
  }

  List<EventIndex.Hit> eventHits(EventQuery f, String before, int max) {
    return events.eventHits(f, before, max);
  }

  EventIndex eventIndex() {
    return events.eventIndex();
  }

  /** Events per day and quad class (the timeline), under the filter. */
  public List<TimelineRow> timeline(EventQuery f) {
    return events.timeline(f);
  }

  /** How many events match the filter, how many have coordinates, their day range, and counts by type. */
  public Summary summary(EventQuery f) {
    return events.summary(f);
  }

  /** Resolved places the articles mention, with how many articles mention each, under a day range of publication. */
  public List<PlaceRow> places(DayRange days, int limit) {
    return events.places(days, limit);
  }

  /** Who acts on whom: actor-recipient pairs under the filter, weighted by events, heaviest first. */
  public List<NetworkEdge> network(EventQuery f, int limit) {
    return events.network(f, limit);
  }

  /** Writes every event matching the filter in the format, streaming (no size cap). */
  public void export(EventQuery f, ExportFormat format, OutputStream out) throws IOException {
    Exporter.export(db, index, f, format, out);
  }

  // ---------------------------------------------------------------- articles and stories (ArticleQueries)

  /** Every stored article record (with text), in ingest order, for the story linker. */
  public void forEachArticle(Consumer<ArticleRecord> sink) {
    articles.forEachArticle(sink);
  }

  /** Doc id to content hash of every stored article (nothing else read): what changed since a reader looked. */
  public Map<String, String> contentHashes() {
    return articles.contentHashes();
  }

  /** The stored articles (with text and content hash) of these doc ids, those the store holds, in ingest order. */
  public List<StoredArticle> storedArticles(java.util.Collection<String> docIds) {
    return articles.storedArticles(docIds);
  }

  /** The articles stored after sequence number {@code seq} (new, or revised since), in order; no record read. */
  public List<ArticleResults.ArticleStamp> articlesSince(long seq) {
    return articles.articlesSince(seq);
  }

  /** The highest article sequence number stored (0 for an empty store). */
  public long maxSeq() {
    return articles.maxSeq();
  }

  /** Every stored story record with the MD5 (hex) of its stored form, one at a time (none are held). */
  public void forEachStory(java.util.function.BiConsumer<StoryRecord, String> sink) {
    articles.forEachStory(sink);
  }

  /** The stored records of these story ids (those the store holds), in story id order. */
  public List<StoryRecord> storyRecords(java.util.Collection<String> storyIds) {
    return articles.storyRecords(storyIds);
  }

  /**
   * The ids of the stories whose days overlap {@code fromDay} to {@code toDay} ({@code yyyy-mm-dd}, both included;
   * either may be null to match none by day), or that list one of {@code docIds}.
   */
  public List<String> storyIdsNear(String fromDay, String toDay, java.util.Collection<String> docIds) {
    return articles.storyIdsNear(fromDay, toDay, docIds);
  }

  /** The article record (with text, content hash, ingest time and pipeline version) of a doc id, or null. */
  public StoredArticle article(String docId) {
    return articles.article(docId);
  }

  /** Articles, newest first (without text). */
  public List<ArticleRow> articles(int limit, int offset) {
    return articles.articles(limit, offset);
  }

  /** Stories, largest first. */
  public List<StoryRow> stories(int limit, int offset) {
    return articles.stories(limit, offset);
  }

  /** The stories that hold an event mention or an article (either may be null), largest first, at most 100. */
  public List<StoryRow> storiesWith(String eventId, String docId) {
    return articles.storiesWith(eventId, docId);
  }

  /** A story with its merged events, its sources side by side and its disagreements; null where there is none. */
  public Story story(String storyId) {
    return articles.story(storyId);
  }

  // ---------------------------------------------------------------- claims (ClaimQueries)

  /** Quotes matching the query, newest first, {@code limit} per page (1-1000), after {@code cursor}. */
  public Page<QuoteRow> quotes(QuoteQuery q, int limit, String cursor) {
    return claims.quotes(q, limit, cursor);
  }

  /** Quote counts by speaker under a day range, most quoted first. */
  public List<SpeakerRow> speakers(DayRange days, int limit) {
    return claims.speakers(days, limit);
  }

  /** Reported figures (counts) matching the query, newest first, {@code limit} per page, after {@code cursor}. */
  public Page<CountRow> counts(CountQuery q, int limit, String cursor) {
    return claims.counts(q, limit, cursor);
  }

  /** Full-text search hits (articles and quotes; {@code kind} null for both) with HTML-encoded highlighted snippets. */
  public List<SearchHit> search(String q, String kind, int limit) {
    return claims.search(q, kind, limit);
  }

  @Override
  public void close() {
    try {
      writes.closeIndex();
    } finally {
      db.close();
    }
  }
}
