package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Writes to the store: articles (each in one transaction with its events, actors, quotes, counts and places,
 * then into the search index), error notes, stories, flushes and checkpoints. Serialised on the connections'
 * write lock.
 */
final class StoreWriter {
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private final Connections db;
  private final DuckDBConnection writer;
  private final Object writeLock;
  private final TextIndex index;
  private final java.util.concurrent.atomic.AtomicLong generation;
  private long nextSeq;
  private int uncommittedIndex;

  StoreWriter(Connections db, TextIndex index, java.util.concurrent.atomic.AtomicLong generation) {
    this.db = db;
    this.writer = db.writer;
    this.writeLock = db.writeLock;
    this.index = index;
    this.generation = generation;
    try (Statement s = writer.createStatement();
         ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM articles")) {
      rs.next();
      nextSeq = rs.getLong(1) + 1;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the store's articles: " + e.getMessage(), e);
    }
  }

  private PreparedStatement ps(String sql) throws SQLException {
    return db.ps(sql);
  }

  private static void bind(PreparedStatement p, List<?> params) throws SQLException {
    Connections.bind(p, params);
  }

  /** Re-indexes articles that reached the database but not the committed search index (after a crash). */
  void catchUpIndex() {
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

  /** Stores several articles in one transaction (all or none), as {@link #put} does one; faster per article. */
  List<PutResult> putAll(List<SitrepStore.Item> items) {
    for (SitrepStore.Item it : items) {
      if (it.record().failed()) {
        throw new IllegalArgumentException("article " + it.record().docId() + " is an error record ("
            + it.record().errors().get(0).code() + "); store it with recordError");
      }
    }
    synchronized (writeLock) {
      List<PutResult> results = transaction(() -> "store article(s) " + items.stream().map(i -> i.record().docId())
          .limit(5).toList(), c -> storeItems(items));
      long s = nextSeq;
      for (int i = 0; i < items.size(); i++) {
        if (results.get(i) != PutResult.UNCHANGED) {
          indexArticle(s++, items.get(i).record(), items.get(i).record().text());
          uncommittedIndex++;
        }
      }
      nextSeq = s;
      if (uncommittedIndex >= 200) {
        flush();
      }
      return results;
    }
  }

  /** The rows of {@link #putAll}, inside its transaction; sequence numbers from {@code nextSeq} on. */
  private List<PutResult> storeItems(List<SitrepStore.Item> items) throws SQLException {
    List<PutResult> results = new ArrayList<>();
    long seq = nextSeq;
    for (SitrepStore.Item it : items) {
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
    return results;
  }

  /** Makes recent writes searchable and durable in the full-text index. */
  void flush() {
    synchronized (writeLock) {
      index.commit(nextSeq - 1);
      uncommittedIndex = 0;
      generation.incrementAndGet();
    }
  }

  /** Writes the write-ahead log into the database file (compact, compressed columns; faster reads after a big ingest). */
  void checkpoint() {
    synchronized (writeLock) {
      try (Statement st = writer.createStatement()) {
        st.execute("CHECKPOINT");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot checkpoint the store: " + e.getMessage(), e);
      }
    }
  }

  /** Notes an input that could not be analysed (replacing an earlier note for the same doc id), in one transaction. */
  void recordError(String docId, String origin, ArticleError error) {
    transaction(() -> "note the error of " + docId, c -> {
      try (PreparedStatement d = ps("DELETE FROM ingest_errors WHERE doc_id = ?");
           PreparedStatement p = ps("INSERT INTO ingest_errors VALUES (?, ?, ?, ?, current_timestamp)")) {
        d.setString(1, docId);
        d.executeUpdate();
        p.setString(1, docId);
        p.setString(2, origin);
        p.setString(3, error.code());
        p.setString(4, error.message());
        p.executeUpdate();
      }
      return null;
    });
  }

  /**
   * Runs {@code work} as one transaction of the writer connection under the write lock (all or nothing; see
   * {@link Connections#inTransaction}); the store's generation moves on when it commits. A database error becomes
   * an IllegalStateException saying what could not be done ({@code what}: "store article(s) [...]").
   */
  private <T> T transaction(java.util.function.Supplier<String> what, Connections.SqlWork<T> work) {
    synchronized (writeLock) {
      try {
        T out = Connections.inTransaction(writer, work);
        generation.incrementAndGet();
        return out;
      } catch (SQLException e) {
        throw new IllegalStateException("cannot " + what.get() + ": " + e.getMessage(), e);
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
  void replaceStories(List<StoryRecord> stories) {
    transaction(() -> "store stories", c -> {
      try (Statement s = c.createStatement()) {
        for (String t : List.of("stories", "story_articles", "story_events", "story_event_mentions", "disagreements")) {
          s.execute("DELETE FROM " + t);
        }
      }
      for (StoryRecord st : stories) {
        insertStory(st);
      }
      return null;
    });
  }

  /**
   * Deletes the stories {@code remove} names (with their articles, events, mentions and disagreements) and inserts
   * {@code add}, in one transaction: readers see the stories before or after, never half-way.
   */
  void updateStories(java.util.Collection<String> remove, List<StoryRecord> add) {
    transaction(() -> "update " + remove.size() + " and add " + add.size() + " stories", c -> {
      if (!remove.isEmpty()) {
        String ids = String.join("\u0001", remove);
        for (String t : List.of("stories", "story_articles", "story_events", "story_event_mentions", "disagreements")) {
          try (PreparedStatement p = ps("DELETE FROM " + t
              + " WHERE list_contains(CAST(string_split(?, '\u0001') AS VARCHAR[]), story_id)")) {
            p.setString(1, ids);
            p.executeUpdate();
          }
        }
      }
      for (StoryRecord st : add) {
        insertStory(st);
      }
      return null;
    });
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

  /** Commits the search index (with the highest sequence stored) and closes it. */
  void closeIndex() {
    synchronized (writeLock) {
      index.commit(nextSeq - 1);
      index.close();
    }
  }
}
