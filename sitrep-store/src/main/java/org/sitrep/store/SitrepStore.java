package org.sitrep.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.duckdb.DuckDBConnection;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.ArticleError;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.CountRecord;
import org.sitrep.core.model.Disagreement;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.NumberValue;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.core.model.QuoteRecord;
import org.sitrep.core.model.StoryEvent;
import org.sitrep.core.model.StoryRecord;

/**
 * sitrep's embedded store: a DuckDB database ({@code sitrep.duckdb}) and a Lucene index ({@code lucene/}) in one
 * folder. Articles are stored whole (the record as JSON) and flattened into tables of events, actors, quotes,
 * counts and places; stories into stories, story events, their mentions and disagreements. Each article is
 * one transaction, so a store killed at any moment holds whole articles only, and {@link #hasContent} lets a
 * re-run skip what is there. One process opens a folder at a time; within it, reads run in parallel on a
 * pool of connections and writes are serialised. All SQL is parameterised.
 */
public final class SitrepStore implements AutoCloseable {
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final ObjectMapper JSON = Json.mapper();
  private final Path folder;
  private final DuckDBConnection writer;
  private final BlockingQueue<Connection> readers;
  private final List<Connection> allReaders = new ArrayList<>();
  private final TextIndex index;
  private final Object writeLock = new Object();
  private final Map<String, PreparedStatement> statements = new java.util.HashMap<>();
  private long nextSeq;
  private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
  private final Object eventIndexLock = new Object();
  private volatile IndexState eventIndex;
  private final RecordCache recordCache = new RecordCache(Long.getLong("sitrep.recordCacheChars", 128L << 20));
  private int uncommittedIndex;

  private SitrepStore(Path folder, int readConnections) {
    this.folder = folder;
    try {
      Files.createDirectories(folder);
      this.writer = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("sitrep.duckdb"));
      Migrations.migrate(writer);
      // one DuckDB worker: the API runs many small queries at once, each on its caller's thread; DuckDB's own
      // pool only adds hand-offs (measured: 4.5 instead of 12.4 ms CPU per GET /api/events, docs/api.md)
      int threads = Integer.getInteger("sitrep.duckdbThreads", 1);
      try (Statement st = writer.createStatement()) {
        st.execute("SET threads = " + threads);
      }
      this.readers = new ArrayBlockingQueue<>(readConnections);
      for (int i = 0; i < readConnections; i++) {
        Connection c = writer.duplicate();
        allReaders.add(c);
        readers.add(c);
      }
      try (Statement s = writer.createStatement();
           ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM articles")) {
        rs.next();
        nextSeq = rs.getLong(1) + 1;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the sitrep store in " + folder + ": " + e.getMessage()
          + (e.getMessage() != null && e.getMessage().contains("lock")
          ? " (another sitrep process has it open: stop it, or give this one another --data folder)" : ""), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the store folder " + folder + ": " + e.getMessage(), e);
    }
    this.index = new TextIndex(folder.resolve("lucene"));
    catchUpIndex();
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
    return read(c -> Migrations.current(c));
  }

  /** Re-indexes articles that reached the database but not the committed search index (after a crash). */
  private void catchUpIndex() {
    long mark = index.watermark();
    long[] max = {mark};
    int[] n = {0};
    try (PreparedStatement p = ps("SELECT seq, record, text FROM articles WHERE seq > ? ORDER BY seq")) {
      p.setLong(1, mark);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          ArticleRecord r = Json.read(rs.getString(2), ArticleRecord.class);
          indexArticle(rs.getLong(1), r, rs.getString(3));
          max[0] = Math.max(max[0], rs.getLong(1));
          n[0]++;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read articles to index: " + e.getMessage(), e);
    }
    if (n[0] > 0) {
      index.commit(max[0]);
    }
  }

  // ---------------------------------------------------------------- writing

  /** True when an article with this content hash is stored. */
  public boolean hasContent(String contentHash) {
    return read(c -> {
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
    return read(c -> {
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

  /** How many stored articles each pipeline version analysed ("" for records imported without one). */
  public Map<String, Long> pipelineVersions() {
    return read(c -> {
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
    for (Item it : items) {
      if (it.record().failed()) {
        throw new IllegalArgumentException("article " + it.record().docId() + " is an error record ("
            + it.record().errors().get(0).code() + "); store it with recordError");
      }
    }
    synchronized (writeLock) {
      List<PutResult> results = new ArrayList<>();
      long seq = nextSeq;
      try {
        writer.setAutoCommit(false);
        try {
          for (Item it : items) {
            ArticleRecord r = it.record();
            boolean revised = false;
            if (exists(ps("SELECT 1 FROM articles WHERE content_hash = ?"), it.contentHash())) {
              if (!it.replace()) {
                results.add(PutResult.UNCHANGED);
                continue;
              }
              revised |= deleteArticles("content_hash", it.contentHash());
            }
            revised |= deleteArticles("doc_id", r.docId());
            insertArticle(seq++, r, it.contentHash(), it.pipelineVersion());
            try (PreparedStatement p = ps("DELETE FROM ingest_errors WHERE doc_id = ?")) {
              p.setString(1, r.docId());
              p.executeUpdate();
            }
            results.add(revised ? PutResult.REVISED : PutResult.ADDED);
          }
          writer.commit();
          generation.incrementAndGet();
        } catch (SQLException | RuntimeException e) {
          writer.rollback();
          throw e;
        } finally {
          writer.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot store article(s) " + items.stream().map(i -> i.record().docId())
            .limit(5).toList() + ": " + e.getMessage(), e);
      }
      long s = nextSeq;
      for (int i = 0; i < items.size(); i++) {
        if (results.get(i) != PutResult.UNCHANGED) {
          indexArticle(s++, items.get(i).record(), items.get(i).record().text());
          uncommittedIndex++;
        }
      }
      nextSeq = seq;
      if (uncommittedIndex >= 200) {
        flush();
      }
      return results;
    }
  }

  /** Makes recent writes searchable and durable in the full-text index. */
  public void flush() {
    synchronized (writeLock) {
      index.commit(nextSeq - 1);
      uncommittedIndex = 0;
      generation.incrementAndGet();
    }
  }

  /** Writes the write-ahead log into the database file (compact, compressed columns; faster reads after a big ingest). */
  public void checkpoint() {
    synchronized (writeLock) {
      try (Statement st = writer.createStatement()) {
        st.execute("CHECKPOINT");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot checkpoint the store: " + e.getMessage(), e);
      }
    }
  }

  /** Notes an input that could not be analysed (replacing an earlier note for the same doc id). */
  public void recordError(String docId, String origin, ArticleError error) {
    synchronized (writeLock) {
      try (PreparedStatement d = ps("DELETE FROM ingest_errors WHERE doc_id = ?");
           PreparedStatement p = ps("INSERT INTO ingest_errors VALUES (?, ?, ?, ?, current_timestamp)")) {
        d.setString(1, docId);
        d.executeUpdate();
        p.setString(1, docId);
        p.setString(2, origin);
        p.setString(3, error.code());
        p.setString(4, error.message());
        p.executeUpdate();
        generation.incrementAndGet();
      } catch (SQLException e) {
        throw new IllegalStateException("cannot note the error of " + docId + ": " + e.getMessage(), e);
      }
    }
  }

  private static boolean exists(PreparedStatement statement, Object... params) throws SQLException {
    try (PreparedStatement p = statement) {
      bind(p, List.of(params));
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Deletes every stored article whose {@code column} ("doc_id" or "content_hash") is {@code value}. */
  private boolean deleteArticles(String column, String value) throws SQLException {
    String sql = switch (column) {
      case "doc_id" -> "SELECT seq FROM articles WHERE doc_id = ?";
      case "content_hash" -> "SELECT seq FROM articles WHERE content_hash = ?";
      default -> throw new IllegalArgumentException("articles are not looked up by '" + column + "'");
    };
    List<Long> old = new ArrayList<>();
    try (PreparedStatement p = ps(sql)) {
      p.setString(1, value);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          old.add(rs.getLong(1));
        }
      }
    }
    for (long o : old) {
      deleteArticle(o);
    }
    return !old.isEmpty();
  }

  private void deleteArticle(long seq) throws SQLException {
    for (String t : List.of("events", "event_actors", "quotes", "counts", "places", "articles")) {
      try (PreparedStatement p = ps("DELETE FROM " + t + " WHERE "
          + (t.equals("articles") ? "seq" : "article_seq") + " = ?")) {
        p.setLong(1, seq);
        p.executeUpdate();
      }
    }
  }

  /**
   * A prepared statement of the writer connection, prepared once and reused (preparing costs about as much as
   * running); closing the returned handle only clears its parameters. Call under the write lock.
   */
  private PreparedStatement ps(String sql) throws SQLException {
    PreparedStatement real = statements.get(sql);
    if (real == null) {
      real = writer.prepareStatement(sql);
      statements.put(sql, real);
    }
    PreparedStatement target = real;
    return (PreparedStatement) java.lang.reflect.Proxy.newProxyInstance(SitrepStore.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, (proxy, m, args) -> {
          if (m.getName().equals("close")) {
            target.clearParameters();
            return null;
          }
          try {
            return m.invoke(target, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  static String day(String date, String published) {
    if (date != null && FULL_DATE.matcher(date).matches()) {
      return date;
    }
    return published != null && FULL_DATE.matcher(published).matches() ? published : null;
  }

  private static String codes(List<ActorRecord> actors, java.util.function.Function<ActorRecord, String> f) {
    StringBuilder sb = new StringBuilder("|");
    for (ActorRecord a : actors) {
      String v = f.apply(a);
      if (v != null && !v.isBlank()) {
        sb.append(v).append('|');
      }
    }
    return sb.toString();
  }

  private static String names(List<ActorRecord> actors) {
    List<String> out = new ArrayList<>();
    for (ActorRecord a : actors) {
      String n = a.name() != null ? a.name() : a.text();
      if (n != null) {
        out.add(n);
      }
    }
    return String.join("; ", out);
  }

  private static Long val(Map<String, NumberValue> size, String kind) {
    NumberValue n = size.get(kind);
    if (n == null) {
      return null;
    }
    return n.value() != null ? n.value() : n.low();
  }

  private void insertArticle(long seq, ArticleRecord r, String hash, String version) throws SQLException {
    String published = r.published();
    String pubDay = day(null, published);
    try (PreparedStatement p = ps("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS DATE),"
        + " ?, ?, ?, ?, ?, ?, ?, current_timestamp, ?)")) {
      bind(p, java.util.Arrays.asList(seq, r.docId(), hash, r.source(), r.url(), r.title(), published, pubDay,
          r.publishedInferred(), r.language(), r.text(), Json.line(r.withoutText()), r.events().size(),
          r.quotes().size(), r.counts().size(), version));
      p.executeUpdate();
    }
    try (PreparedStatement p = ps("INSERT INTO events VALUES (?, ?, ?, ?, ?, CAST(? AS DATE), ?, ?, ?,"
        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
         PreparedStatement a = ps("INSERT INTO event_actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (EventRecord e : r.events()) {
        String id = e.id() != null ? e.id() : r.docId() + "#e" + (i + 1);
        i++;
        String d = day(e.date(), published);
        String basis = d == null ? null : (FULL_DATE.matcher(e.date() == null ? "" : e.date()).matches() ? "event" : "published");
        PlaceRecord loc = e.location();
        bind(p, java.util.Arrays.asList(id, seq, r.docId(), r.source(), (d == null ? "0000-00-00" : d) + "|" + id, d, basis,
            e.date(), e.dateText(), e.event(), e.mode(), String.join(",", e.context()), e.cameo(), e.quadCode(),
            e.intensity(), e.status(), names(e.actor()), codes(e.actor(), ActorRecord::country),
            codes(e.actor(), ActorRecord::sector), names(e.recipient()), codes(e.recipient(), ActorRecord::country),
            codes(e.recipient(), ActorRecord::sector), loc == null ? null : (loc.name() != null ? loc.name() : loc.text()),
            loc == null ? null : loc.geonameid(), loc == null ? null : loc.featureCode(),
            loc == null ? null : loc.countryCode(), loc == null ? null : loc.admin1(), loc == null ? null : loc.lat(),
            loc == null ? null : loc.lon(), val(e.size(), "dead"), val(e.size(), "injured"), val(e.size(), "arrested"),
            val(e.size(), "displaced"), e.attribution() == null ? null : e.attribution().speaker(),
            e.evidence() == null ? null : e.evidence().sentence(), e.evidence() == null ? null : e.evidence().start(),
            e.evidence() == null ? null : e.evidence().end(), r.url(), Json.line(e)));
        p.addBatch();
        int o = 0;
        for (String role : List.of("actor", "recipient")) {
          for (ActorRecord ar : role.equals("actor") ? e.actor() : e.recipient()) {
            bind(a, java.util.Arrays.asList(id, seq, role, o++, ar.text(), ar.name(), ar.country(), ar.sector(), ar.id()));
            a.addBatch();
          }
        }
      }
      p.executeBatch();
      a.executeBatch();
    }
    try (PreparedStatement p = ps("INSERT INTO quotes VALUES (?, ?, ?, ?, CAST(? AS DATE), ?, ?, ?, ?,"
        + " ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (QuoteRecord q : r.quotes()) {
        i++;
        bind(p, java.util.Arrays.asList(r.docId() + "#q" + i, seq, r.docId(), r.source(), pubDay, q.text(), q.start(),
            q.end(), q.kind(), q.speaker(), q.speakerText(), q.speakerActor() == null ? null : q.speakerActor().country(),
            q.speakerActor() == null ? null : q.speakerActor().sector(), q.cue()));
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p = ps("INSERT INTO counts VALUES (?, ?, ?, ?, CAST(? AS DATE), ?, ?, ?, ?,"
        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (CountRecord c : r.counts()) {
        i++;
        NumberValue n = c.number();
        bind(p, java.util.Arrays.asList(r.docId() + "#c" + i, seq, r.docId(), r.source(), day(c.date(), published),
            c.kind(), n == null ? null : n.value(), n == null ? null : n.low(), n == null ? null : n.high(),
            n == null ? null : n.qualifier(), n == null ? null : n.text(), c.who() == null ? null : c.who().text(),
            c.who() == null ? null : c.who().country(), c.who() == null ? null : c.who().sector(), c.date(),
            c.period() == null ? null : c.period().start(), c.period() == null ? null : c.period().end(),
            c.attribution() == null ? null : c.attribution().speaker(),
            c.attribution() == null ? null : c.attribution().cue(), c.event(),
            c.evidence() == null ? null : c.evidence().sentence(), Json.line(c)));
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p = ps("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (PlaceRecord pl : r.places()) {
        bind(p, java.util.Arrays.asList(seq, r.docId(), i++, pl.text(), pl.start(), pl.end(), pl.name(), pl.geonameid(),
            pl.featureCode(), pl.countryCode(), pl.admin1(), pl.lat(), pl.lon(), pl.metonym()));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void indexArticle(long seq, ArticleRecord r, String text) {
    List<String[]> quotes = new ArrayList<>();
    for (QuoteRecord q : r.quotes()) {
      quotes.add(new String[] {q.text(), q.speaker()});
    }
    index.put(seq, r.docId(), r.title(), text, quotes);
  }

  /** Replaces every stored story with these (the linker's output over the whole store), in one transaction. */
  public void replaceStories(List<StoryRecord> stories) {
    synchronized (writeLock) {
      try {
        writer.setAutoCommit(false);
        try (Statement s = writer.createStatement()) {
          for (String t : List.of("stories", "story_articles", "story_events", "story_event_mentions", "disagreements")) {
            s.execute("DELETE FROM " + t);
          }
          for (StoryRecord st : stories) {
            insertStory(st);
          }
          writer.commit();
          generation.incrementAndGet();
        } catch (SQLException | RuntimeException e) {
          writer.rollback();
          throw e;
        } finally {
          writer.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot store stories: " + e.getMessage(), e);
      }
    }
  }

  private void insertStory(StoryRecord st) throws SQLException {
    int nd = st.disagreements().size();
    for (StoryEvent e : st.events()) {
      nd += e.disagreements().size();
    }
    try (PreparedStatement p = ps("INSERT INTO stories SELECT ?, ?, ?, ?, ?, min(published_day),"
        + " max(published_day), ? FROM articles WHERE list_contains(CAST(string_split(?, '\u0001') AS VARCHAR[]), doc_id)")) {
      bind(p, java.util.Arrays.asList(st.storyId(), st.title(), st.articles().size(), st.events().size(), nd,
          Json.line(st), String.join("\u0001", st.articles())));
      p.executeUpdate();
    }
    try (PreparedStatement p = ps("INSERT INTO story_articles VALUES (?, ?, ?)")) {
      int i = 0;
      for (String d : st.articles()) {
        bind(p, java.util.Arrays.asList(st.storyId(), d, i++));
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p = ps("INSERT INTO story_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
         PreparedStatement m = ps("INSERT INTO story_event_mentions VALUES (?, ?, ?)");
         PreparedStatement d = ps("INSERT INTO disagreements VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int ord = 0;
      for (Disagreement dis : st.disagreements()) {
        bind(d, java.util.Arrays.asList(st.storyId(), null, ord++, dis.field(), dis.kind(), dis.note(), Json.line(dis.values())));
        d.addBatch();
      }
      for (StoryEvent e : st.events()) {
        PlaceRecord loc = e.location();
        bind(p, java.util.Arrays.asList(e.id(), st.storyId(), e.event(), e.date(),
            loc == null ? null : (loc.name() != null ? loc.name() : loc.text()), loc == null ? null : loc.lat(),
            loc == null ? null : loc.lon(), e.mentions().size(), e.sources().size(), e.disagreements().size(), Json.line(e)));
        p.addBatch();
        for (String mention : e.mentions()) {
          bind(m, java.util.Arrays.asList(e.id(), st.storyId(), mention));
          m.addBatch();
        }
        for (Disagreement dis : e.disagreements()) {
          bind(d, java.util.Arrays.asList(st.storyId(), e.id(), ord++, dis.field(), dis.kind(), dis.note(),
              Json.line(dis.values())));
          d.addBatch();
        }
      }
      p.executeBatch();
      m.executeBatch();
      d.executeBatch();
    }
  }

  // ---------------------------------------------------------------- reading

  /** Work on a pooled read connection. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  <T> T read(SqlWork<T> work) {
    Connection c;
    try {
      c = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for a database connection", e);
    }
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + e.getMessage(), e);
    } finally {
      readers.add(c);
    }
  }

  static void bind(PreparedStatement p, List<?> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object v = params.get(i);
      if (v == null) {
        p.setObject(i + 1, null);
      } else if (v instanceof Boolean b) {
        p.setBoolean(i + 1, b);
      } else if (v instanceof Integer n) {
        p.setInt(i + 1, n);
      } else if (v instanceof Long n) {
        p.setLong(i + 1, n);
      } else if (v instanceof Double n) {
        p.setDouble(i + 1, n);
      } else {
        p.setString(i + 1, v.toString());
      }
    }
  }

  /** Row counts of every table, in name order (for reports and tests). */
  public Map<String, Long> rowCounts() {
    return read(c -> {
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

  /** Every stored article record (with text), in ingest order, for the story linker. */
  public void forEachArticle(Consumer<ArticleRecord> sink) {
    read(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT record, text FROM articles ORDER BY seq")) {
        while (rs.next()) {
          ArticleRecord r = Json.read(rs.getString(1), ArticleRecord.class);
          sink.accept(new ArticleRecord(r.docId(), r.source(), r.url(), r.title(), r.published(), r.publishedInferred(),
              r.language(), r.events(), r.quotes(), r.counts(), r.places(), r.times(), r.entities(), r.errors(),
              rs.getString(2)));
        }
      }
      return null;
    });
  }

  /** One page of events and the cursor of the next page (null on the last). */
  public record Page(List<String> items, String nextCursor) {
  }

  /** Events matching the filter, newest day first, {@code limit} per page (1-1000), after {@code cursor}. */
  public Page events(EventFilter f, int limit, String cursor) {
    if (limit < 1 || limit > 1000) {
      throw new BadRequest("limit", "limit=" + limit + " is out of range; use 1 to 1000 and follow next_cursor for"
          + " more, or an export (/api/export/events.jsonl) for everything at once");
    }
    String before = cursor == null ? null : EventFilter.decodeCursor(cursor);
    // which events: from the in-memory index when it covers the filter, else one narrow query
    EventIndex memory = EventIndex.covers(f) ? eventIndex() : null;
    List<EventIndex.Hit> found = memory != null ? memory.find(f, before, limit + 1) : eventHits(f, before, limit + 1);
    boolean more = found.size() > limit;
    List<EventIndex.Hit> hits = more ? found.subList(0, limit) : found;
    // the wide item JSON comes from a cache, or one lookup of the misses
    Map<String, String> json = eventItems(hits.stream().map(EventIndex.Hit::eventId).toList());
    List<String> items = new ArrayList<>(hits.size());
    for (EventIndex.Hit h : hits) {
      String item = json.get(h.eventId());
      if (item != null) { // null: deleted by a write since the hits were found
        items.add(item);
      }
    }
    return new Page(items, more ? EventFilter.encodeCursor(hits.get(hits.size() - 1).sortKey()) : null);
  }

  List<EventIndex.Hit> eventHits(EventFilter f, String before, int max) {
    EventFilter.Sql s = f.where(index);
    if (before != null) {
      s.and("e.sort_key < ?", before);
    }
    String sql = "SELECT e.sort_key, e.event_id FROM events e" + s.where + " ORDER BY e.sort_key DESC LIMIT ?";
    List<Object> params = new ArrayList<>(s.params);
    params.add(max);
    return read(c -> {
      List<EventIndex.Hit> rows = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(sql)) {
        bind(p, params);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            rows.add(new EventIndex.Hit(rs.getString(1), rs.getString(2)));
          }
        }
      }
      return rows;
    });
  }

  /** The in-memory event index of the current generation (built on first use after a write), or null. */
  EventIndex eventIndex() {
    long gen = generation.get();
    IndexState st = eventIndex;
    if (st != null && st.generation == gen) {
      return st.index;
    }
    synchronized (eventIndexLock) {
      st = eventIndex;
      if (st == null || st.generation != gen) {
        st = new IndexState(gen, read(c -> EventIndex.load(c, gen)));
        eventIndex = st;
      }
      return st.index;
    }
  }

  /** An index and the generation it was read at (index null: the store's keys do not suit it). */
  private record IndexState(long generation, EventIndex index) {
  }

  /** Item JSON (the record with doc id, source, day in front) by event id: cached, the misses in one query. */
  private Map<String, String> eventItems(List<String> ids) {
    Map<String, String> out = new java.util.HashMap<>();
    List<String> missing = new ArrayList<>();
    long gen = generation.get();
    for (String id : ids) {
      String item = recordCache.get(gen, id);
      if (item == null) {
        missing.add(id);
      } else {
        out.put(id, item);
      }
    }
    if (!missing.isEmpty()) {
      read(c -> {
        try (PreparedStatement p = c.prepareStatement("SELECT event_id, doc_id, source, CAST(day AS VARCHAR),"
            + " day_basis, record FROM events WHERE list_contains(CAST(string_split(?, '\u0001') AS VARCHAR[]),"
            + " event_id)")) {
          p.setString(1, String.join("\u0001", missing));
          try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
              String item = eventJson(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                  rs.getString(6));
              out.put(rs.getString(1), item);
              recordCache.put(gen, rs.getString(1), item);
            }
          }
        }
        return null;
      });
    }
    return out;
  }

  /**
   * Event item JSON by id, kept across queries (bounded in characters): reading the wide JSON column costs far
   * more than the filter itself. Entries are tied to the store's generation, so a write empties it.
   */
  static final class RecordCache {
    private final long maxChars;
    private final LinkedHashMap<String, String> map = new LinkedHashMap<>(1024, 0.75f, true);
    private long chars;
    private long gen = -1;

    RecordCache(long maxChars) {
      this.maxChars = maxChars;
    }

    synchronized String get(long generation, String id) {
      if (generation != gen) {
        return null;
      }
      return map.get(id);
    }

    synchronized void put(long generation, String id, String record) {
      if (generation != gen) {
        map.clear();
        chars = 0;
        gen = generation;
      }
      String old = map.put(id, record);
      chars += record.length() - (old == null ? 0 : old.length());
      var it = map.entrySet().iterator();
      while (chars > maxChars && it.hasNext()) {
        chars -= it.next().getValue().length();
        it.remove();
      }
    }
  }

  /** The event record JSON with the article's doc id, source and the day it is filed under in front. */
  static String eventJson(String docId, String source, String day, String basis, String record) {
    StringBuilder sb = new StringBuilder(record.length() + 120);
    sb.append("{\"doc_id\":").append(quote(docId)).append(",\"source\":").append(quote(source))
        .append(",\"day\":").append(quote(day)).append(",\"day_basis\":").append(quote(basis));
    if (record.length() > 2) {
      sb.append(',').append(record, 1, record.length());
    } else {
      sb.append('}');
    }
    return sb.toString();
  }

  private static String quote(String s) {
    if (s == null) {
      return "null";
    }
    try {
      return JSON.writeValueAsString(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of an arbitrary parameterised query as JSON objects (column name to value). */
  List<ObjectNode> rows(String sql, List<?> params) {
    return read(c -> {
      List<ObjectNode> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(sql)) {
        bind(p, params);
        try (ResultSet rs = p.executeQuery()) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            ObjectNode o = JSON.createObjectNode();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              put(o, md.getColumnLabel(i), rs.getObject(i));
            }
            out.add(o);
          }
        }
      }
      return out;
    });
  }

  private static void put(ObjectNode o, String name, Object v) {
    if (v == null) {
      o.putNull(name);
    } else if (v instanceof Long l) {
      o.put(name, l);
    } else if (v instanceof Integer i) {
      o.put(name, i);
    } else if (v instanceof java.math.BigInteger b) {
      o.put(name, b.longValue());
    } else if (v instanceof java.math.BigDecimal b) {
      o.put(name, b);
    } else if (v instanceof Double d) {
      o.put(name, d);
    } else if (v instanceof Float d) {
      o.put(name, d);
    } else if (v instanceof Boolean b) {
      o.put(name, b);
    } else if (name.equals("record") || name.endsWith("_json") || name.equals("value_list")) {
      try {
        o.set(name.equals("value_list") ? "values" : name, JSON.readTree(v.toString()));
      } catch (IOException e) {
        o.put(name, v.toString());
      }
    } else {
      o.put(name, v.toString());
    }
  }

  /** Events per day and quad class (the timeline), under the filter. */
  public List<ObjectNode> timeline(EventFilter f) {
    EventFilter.Sql s = f.where(index);
    s.and("e.day IS NOT NULL");
    return rows("SELECT CAST(e.day AS VARCHAR) AS day, e.quad_code AS quad_code, count(*) AS n FROM events e" + s.where
        + " GROUP BY 1, 2 ORDER BY 1, 2", s.params);
  }

  /** How many events match the filter, how many have coordinates, their day range, and counts by type. */
  public ObjectNode summary(EventFilter f) {
    EventFilter.Sql s = f.where(index);
    ObjectNode o = rows("SELECT count(*) AS events, count(e.lat) AS located, CAST(min(e.day) AS VARCHAR) AS first_day,"
        + " CAST(max(e.day) AS VARCHAR) AS last_day, count(DISTINCT e.doc_id) AS articles, sum(e.dead) AS dead"
        + " FROM events e" + s.where, s.params).get(0);
    ObjectNode types = o.putObject("by_type");
    for (ObjectNode t : rows("SELECT e.event, count(*) AS n FROM events e" + s.where + " GROUP BY 1 ORDER BY 2 DESC, 1",
        s.params)) {
      types.put(t.get("event").asText(), t.get("n").asLong());
    }
    return o;
  }

  /**
   * Places the articles mention (resolved, not metonyms), with how many articles mention each, under a day range
   * of publication: the map's background layer, which shows where the news is even before events are coded.
   */
  public List<ObjectNode> places(String from, String to, int limit) {
    EventFilter.Sql s = new EventFilter.Sql();
    s.and("p.lat IS NOT NULL AND p.lon IS NOT NULL AND coalesce(p.metonym, false) = false");
    if (from != null) {
      s.and("a.published_day >= CAST(? AS DATE)", from);
    }
    if (to != null) {
      s.and("a.published_day <= CAST(? AS DATE)", to);
    }
    List<Object> params = new ArrayList<>(s.params);
    params.add(limit);
    return rows("SELECT coalesce(p.name, p.text) AS name, p.geonameid, p.country_code, p.feature_code, p.lat, p.lon,"
        + " count(DISTINCT p.doc_id) AS articles, count(*) AS mentions FROM places p JOIN articles a ON a.seq = p.article_seq"
        + s.where + " GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY articles DESC, mentions DESC, name LIMIT ?", params);
  }

  /** Who acts on whom: actor-recipient pairs under the filter, weighted by events, heaviest first. */
  public List<ObjectNode> network(EventFilter f, int limit) {
    EventFilter.Sql s = f.where(index);
    List<Object> params = new ArrayList<>(s.params);
    params.add(limit);
    return rows("WITH ev AS (SELECT e.event_id, e.quad_code FROM events e" + s.where + ")"
        + " SELECT coalesce(a.name, a.text) AS source, coalesce(r.name, r.text) AS target,"
        + " any_value(a.country) AS source_country, any_value(r.country) AS target_country,"
        + " count(*) AS weight, count(*) FILTER (WHERE ev.quad_code >= 3) AS conflict"
        + " FROM ev JOIN event_actors a ON a.event_id = ev.event_id AND a.role = 'actor'"
        + " JOIN event_actors r ON r.event_id = ev.event_id AND r.role = 'recipient'"
        + " GROUP BY 1, 2 ORDER BY weight DESC, source, target LIMIT ?", params);
  }

  /** The article record (with text) of a doc id, or null. */
  public ObjectNode article(String docId) {
    List<ObjectNode> r = rows("SELECT record, text, content_hash, CAST(ingested_at AS VARCHAR) AS ingested_at,"
        + " pipeline_version FROM articles WHERE doc_id = ?", List.of(docId));
    if (r.isEmpty()) {
      return null;
    }
    ObjectNode rec = (ObjectNode) r.get(0).get("record");
    rec.set("text", r.get(0).get("text"));
    rec.set("content_hash", r.get(0).get("content_hash"));
    rec.set("ingested_at", r.get(0).get("ingested_at"));
    rec.set("pipeline_version", r.get(0).get("pipeline_version"));
    return rec;
  }

  /** Articles, newest first (without text). */
  public List<ObjectNode> articles(int limit, int offset) {
    return rows("SELECT doc_id, source, title, url, published, n_events, n_quotes, n_counts FROM articles"
        + " ORDER BY published DESC NULLS LAST, doc_id LIMIT ? OFFSET ?", List.of(limit, offset));
  }

  /** Stories, largest first. */
  public List<ObjectNode> stories(int limit, int offset) {
    return rows("SELECT story_id, title, n_articles, n_events, n_disagreements, CAST(first_day AS VARCHAR) AS first_day,"
        + " CAST(last_day AS VARCHAR) AS last_day FROM stories ORDER BY n_articles DESC, story_id LIMIT ? OFFSET ?",
        List.of(limit, offset));
  }

  /**
   * A story with its merged events, its sources side by side (each article's outlet, date, title and figures)
   * and its disagreements; null where there is no such story.
   */
  public ObjectNode story(String storyId) {
    List<ObjectNode> st = rows("SELECT story_id, title, n_articles, n_events, n_disagreements,"
        + " CAST(first_day AS VARCHAR) AS first_day, CAST(last_day AS VARCHAR) AS last_day FROM stories WHERE story_id = ?",
        List.of(storyId));
    if (st.isEmpty()) {
      return null;
    }
    ObjectNode out = st.get(0);
    ArrayNode sources = out.putArray("sources");
    for (ObjectNode a : rows("SELECT a.doc_id, a.source, a.title, a.url, a.published, a.n_events, a.n_quotes"
        + " FROM story_articles s JOIN articles a ON a.doc_id = s.doc_id WHERE s.story_id = ? ORDER BY s.ord",
        List.of(storyId))) {
      a.set("counts", JSON.valueToTree(rows("SELECT count_id, kind, value, low, high, qualifier, number_text AS text,"
          + " who_text, speaker, event_id, date FROM counts WHERE doc_id = ? ORDER BY count_id", List.of(a.get("doc_id").asText()))));
      a.set("events", JSON.valueToTree(rows("SELECT event_id, event, date, place_name, dead, injured, displaced,"
          + " actor_names, recipient_names, sentence FROM events WHERE doc_id = ? ORDER BY event_id",
          List.of(a.get("doc_id").asText()))));
      sources.add(a);
    }
    ArrayNode events = out.putArray("events");
    for (ObjectNode e : rows("SELECT record FROM story_events WHERE story_id = ? ORDER BY story_event_id", List.of(storyId))) {
      events.add(e.get("record"));
    }
    out.set("disagreements", JSON.valueToTree(rows("SELECT story_event_id, field, kind, note, value_list FROM disagreements"
        + " WHERE story_id = ? ORDER BY ord", List.of(storyId))));
    // what the linker found the sources agree on, and how many are independent, as it wrote them
    JsonNode rec = rows("SELECT record FROM stories WHERE story_id = ?", List.of(storyId)).get(0).get("record");
    ArrayNode agreements = out.putArray("agreements");
    rec.path("agreements").forEach(agreements::add);
    for (JsonNode e : rec.path("events")) {
      for (JsonNode a : e.path("agreements")) {
        ObjectNode o = a.deepCopy();
        o.put("story_event_id", e.path("id").asText());
        agreements.add(o);
      }
    }
    if (rec.has("independent_source_count")) {
      out.set("independent_source_count", rec.get("independent_source_count"));
    }
    return out;
  }

  /** Restricts {@code s} to rows whose {@code day} lies in [from, to]; either end may be null. */
  private static void dayRange(EventFilter.Sql s, String from, String to) {
    if (from != null) {
      s.and("day >= CAST(? AS DATE)", from);
    }
    if (to != null) {
      s.and("day <= CAST(? AS DATE)", to);
    }
  }

  /** Quotes, optionally of one speaker / article / day range / text query, newest first with a cursor. */
  public Page quotes(Map<String, List<String>> params, int limit, String cursor) {
    EventFilter.Sql s = new EventFilter.Sql();
    String speaker = EventFilter.one(params, "speaker");
    String docId = EventFilter.one(params, "doc_id");
    String from = EventFilter.day(params, "from");
    String to = EventFilter.day(params, "to");
    String q = EventFilter.one(params, "q");
    if (speaker != null) {
      s.and("coalesce(speaker, '(unattributed)') = ?", speaker);
    }
    if (docId != null) {
      s.and("doc_id = ?", docId);
    }
    dayRange(s, from, to);
    if (q != null) {
      StringBuilder ids = new StringBuilder();
      for (TextIndex.Hit h : index.search(q, "quote", 100_000, false)) {
        ids.append(ids.length() == 0 ? "" : "\u0001").append(h.docId()).append("#q").append(h.quote() + 1);
      }
      s.and("list_contains(CAST(string_split(?, '\u0001') AS VARCHAR[]), quote_id)", ids.toString());
    }
    return page("SELECT coalesce(CAST(day AS VARCHAR), '0000-00-00') || '|' || quote_id AS sort_key, quote_id, doc_id,"
        + " source, CAST(day AS VARCHAR) AS day, text, kind, speaker, speaker_text, speaker_country, speaker_sector, cue,"
        + " start_offset AS start, end_offset AS \"end\" FROM quotes", s, limit, cursor);
  }

  /** Quote counts by speaker under a day range, most quoted first. */
  public List<ObjectNode> speakers(String from, String to, int limit) {
    EventFilter.Sql s = new EventFilter.Sql();
    dayRange(s, from, to);
    List<Object> params = new ArrayList<>(s.params);
    params.add(limit);
    return rows("SELECT coalesce(speaker, '(unattributed)') AS speaker, any_value(speaker_country) AS country,"
        + " any_value(speaker_sector) AS sector, count(*) AS n, count(DISTINCT doc_id) AS articles FROM quotes" + s.where
        + " GROUP BY 1 ORDER BY n DESC, speaker LIMIT ?", params);
  }

  /** Reported figures (counts), optionally by kind / article / event / day range, newest first with a cursor. */
  public Page counts(Map<String, List<String>> params, int limit, String cursor) {
    EventFilter.Sql s = new EventFilter.Sql();
    s.in("kind", EventFilter.list(params, "kind"));
    String docId = EventFilter.one(params, "doc_id");
    String event = EventFilter.one(params, "event");
    String from = EventFilter.day(params, "from");
    String to = EventFilter.day(params, "to");
    if (docId != null) {
      s.and("doc_id = ?", docId);
    }
    if (event != null) {
      s.and("event_id = ?", event);
    }
    dayRange(s, from, to);
    return page("SELECT coalesce(CAST(day AS VARCHAR), '0000-00-00') || '|' || count_id AS sort_key, count_id, doc_id,"
        + " source, CAST(day AS VARCHAR) AS day, record FROM counts", s, limit, cursor);
  }

  private Page page(String select, EventFilter.Sql s, int limit, String cursor) {
    if (limit < 1 || limit > 1000) {
      throw new BadRequest("limit", "limit=" + limit + " is out of range; use 1 to 1000 and follow next_cursor");
    }
    String where = s.where.toString();
    List<Object> params = new ArrayList<>(s.params);
    String sql = "SELECT * FROM (" + select + where + ") t";
    if (cursor != null) {
      sql += " WHERE sort_key < ?";
      params.add(EventFilter.decodeCursor(cursor));
    }
    sql += " ORDER BY sort_key DESC LIMIT ?";
    params.add(limit + 1);
    List<ObjectNode> rows = rows(sql, params);
    List<String> items = new ArrayList<>();
    String next = null;
    for (int i = 0; i < rows.size() && i < limit; i++) {
      ObjectNode o = rows.get(i);
      String key = o.remove("sort_key").asText();
      JsonNode rec = o.remove("record");
      if (rec instanceof ObjectNode ro) {
        o.setAll(ro);
      }
      items.add(o.toString());
      if (i == limit - 1 && rows.size() > limit) {
        next = EventFilter.encodeCursor(key);
      }
    }
    return new Page(items, next);
  }

  /** Full-text search hits (articles and quotes) with highlighted snippets. */
  public List<ObjectNode> search(String q, String kind, int limit) {
    if (kind != null && !kind.equals("article") && !kind.equals("quote")) {
      throw new BadRequest("kind", "kind=" + kind + " is not a kind of hit; use article or quote");
    }
    List<ObjectNode> out = new ArrayList<>();
    for (TextIndex.Hit h : index.search(q, kind, limit, true)) {
      ObjectNode o = JSON.createObjectNode();
      o.put("kind", h.kind());
      o.put("doc_id", h.docId());
      if (h.quote() >= 0) {
        o.put("quote_id", h.docId() + "#q" + (h.quote() + 1));
      }
      o.put("score", h.score());
      o.put("snippet", h.snippet());
      out.add(o);
    }
    return out;
  }

  /** Writes every event matching the filter in the format, streaming (no size cap). */
  public void export(EventFilter f, ExportFormat format, OutputStream out) throws IOException {
    Exporter.export(this, f, format, out);
  }

  EventFilter.Sql where(EventFilter f) {
    return f.where(index);
  }

  /** Runs a streaming query on a pooled connection and hands each row to the consumer. */
  void stream(String sql, List<?> params, RowSink sink) throws IOException {
    Connection c;
    try {
      c = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, params);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          sink.row(rs);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("export query failed: " + e.getMessage(), e);
    } finally {
      readers.add(c);
    }
  }

  /** Runs a statement on the writer connection (exports that DuckDB writes itself, such as Parquet). */
  void execute(String sql, List<?> params) {
    synchronized (writeLock) {
      try (PreparedStatement p = writer.prepareStatement(sql)) {
        bind(p, params);
        p.execute();
      } catch (SQLException e) {
        throw new IllegalStateException("export failed: " + e.getMessage(), e);
      }
    }
  }

  /** One row of a streamed query. */
  @FunctionalInterface
  interface RowSink {
    void row(ResultSet rs) throws SQLException, IOException;
  }

  static void writeJson(JsonGenerator g, Object o) throws IOException {
    JSON.writeValue(g, o);
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      try {
        index.commit(nextSeq - 1);
        index.close();
      } finally {
        for (PreparedStatement p : statements.values()) {
          try {
            p.close();
          } catch (SQLException ignored) {
            // closing anyway
          }
        }
        for (Connection c : allReaders) {
          try {
            c.close();
          } catch (SQLException ignored) {
            // closing anyway
          }
        }
        try {
          writer.close();
        } catch (SQLException e) {
          throw new IllegalStateException("cannot close the store: " + e.getMessage(), e);
        }
      }
    }
  }

  static Map<String, Object> ordered() {
    return new LinkedHashMap<>();
  }
}
