package org.sitrep.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.Disagreement;
import org.sitrep.core.model.StoryEvent;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.store.ArticleResults.Agreement;
import org.sitrep.store.ArticleResults.ArticleStamp;
import org.sitrep.store.ArticleResults.ArticleRow;
import org.sitrep.store.ArticleResults.DisagreementRow;
import org.sitrep.store.ArticleResults.Source;
import org.sitrep.store.ArticleResults.SourceCount;
import org.sitrep.store.ArticleResults.SourceEvent;
import org.sitrep.store.ArticleResults.SourceQuote;
import org.sitrep.store.ArticleResults.Story;
import org.sitrep.store.ArticleResults.StoredArticle;
import org.sitrep.store.ArticleResults.StoryRow;

/**
 * Queries over articles and stories: one article with its text, lists, a story with its sources side by side; each
 * as typed rows.
 */
final class ArticleQueries {
  private final Connections db;

  ArticleQueries(Connections db) {
    this.db = db;
  }

  /** Every stored article record (with text), in ingest order, for the story linker. */
  void forEachArticle(Consumer<ArticleRecord> sink) {
    db.read(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT record, text FROM articles ORDER BY seq")) {
        while (rs.next()) {
          sink.accept(Json.read(rs.getString(1), ArticleRecord.class).withText(rs.getString(2)));
        }
      }
      return null;
    });
  }

  /** Doc id to content hash of every stored article. */
  java.util.Map<String, String> contentHashes() {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    db.query("SELECT doc_id, content_hash FROM articles", List.of(), rs -> out.put(rs.getString(1), rs.getString(2)));
    return out;
  }

  /** The stored articles of these doc ids (those held), in ingest order. */
  List<StoredArticle> storedArticles(java.util.Collection<String> docIds) {
    if (docIds.isEmpty()) {
      return List.of();
    }
    return db.query("SELECT record, text, content_hash, CAST(ingested_at AS VARCHAR) AS ingested_at, pipeline_version"
        + " FROM articles WHERE list_contains(CAST(string_split(?, '\u0001') AS VARCHAR[]), doc_id) ORDER BY seq",
        List.of(String.join("\u0001", docIds)),
        rs -> new StoredArticle(Json.read(rs.getString("record"), ArticleRecord.class).withText(rs.getString("text")),
            rs.getString("content_hash"), rs.getString("ingested_at"), rs.getString("pipeline_version")));
  }

  /** The articles stored after sequence number {@code seq} (new, or revised since), in order; no record read. */
  List<ArticleStamp> articlesSince(long seq) {
    return db.query("SELECT seq, doc_id, content_hash, CAST(published_day AS VARCHAR) AS day FROM articles"
        + " WHERE seq > ? ORDER BY seq", List.of(seq),
        rs -> new ArticleStamp(rs.getLong("seq"), rs.getString("doc_id"), rs.getString("content_hash"),
            rs.getString("day")));
  }

  /** The highest sequence number stored (0 for an empty store). */
  long maxSeq() {
    return db.query("SELECT coalesce(max(seq), 0) FROM articles", List.of(), rs -> rs.getLong(1)).get(0);
  }

  /** Every stored story record with the MD5 (hex) of its stored form, one at a time (none are held). */
  void forEachStory(java.util.function.BiConsumer<StoryRecord, String> sink) {
    db.read(c -> {
      try (Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT record, md5(record) FROM stories ORDER BY story_id")) {
        while (rs.next()) {
          sink.accept(Json.read(rs.getString(1), StoryRecord.class), rs.getString(2));
        }
      }
      return null;
    });
  }

  /** The stored records of these story ids (those the store holds), in story id order. */
  List<StoryRecord> storyRecords(java.util.Collection<String> storyIds) {
    if (storyIds.isEmpty()) {
      return List.of();
    }
    return db.query("SELECT record FROM stories WHERE list_contains(CAST(string_split(?, '\u0001') AS VARCHAR[]),"
        + " story_id) ORDER BY story_id", List.of(String.join("\u0001", storyIds)),
        rs -> Json.read(rs.getString(1), StoryRecord.class));
  }

  /**
   * The ids of the stories whose days (of all their articles, related reports included) overlap {@code fromDay} to
   * {@code toDay} ({@code yyyy-mm-dd}, both included), or that list one of {@code docIds}.
   */
  List<String> storyIdsNear(String fromDay, String toDay, java.util.Collection<String> docIds) {
    return db.query("SELECT DISTINCT story_id FROM stories WHERE (last_day >= CAST(? AS DATE) AND first_day <="
        + " CAST(? AS DATE)) OR story_id IN (SELECT story_id FROM story_articles WHERE"
        + " list_contains(CAST(string_split(?, '\u0001') AS VARCHAR[]), doc_id)) ORDER BY story_id",
        java.util.Arrays.asList(fromDay, toDay, String.join("\u0001", docIds)), rs -> rs.getString(1));
  }

  /** Story id to the MD5 (hex) of its stored record. */
  java.util.Map<String, String> storyDigests() {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    db.query("SELECT story_id, md5(record) FROM stories", List.of(), rs -> out.put(rs.getString(1), rs.getString(2)));
    return out;
  }

  /** The article record (with text, content hash, ingest time and pipeline version) of a doc id, or null. */
  StoredArticle article(String docId) {
    List<StoredArticle> r = db.query("SELECT record, text, content_hash, CAST(ingested_at AS VARCHAR) AS ingested_at,"
        + " pipeline_version FROM articles WHERE doc_id = ?", List.of(docId),
        rs -> new StoredArticle(Json.read(rs.getString("record"), ArticleRecord.class).withText(rs.getString("text")),
            rs.getString("content_hash"), rs.getString("ingested_at"), rs.getString("pipeline_version")));
    return r.isEmpty() ? null : r.get(0);
  }

  /** Articles, newest first (without text). */
  List<ArticleRow> articles(int limit, int offset) {
    return db.query("SELECT doc_id, source, title, url, published, n_events, n_quotes, n_counts FROM articles"
        + " ORDER BY published DESC NULLS LAST, doc_id LIMIT ? OFFSET ?", List.of(limit, offset),
        rs -> new ArticleRow(rs.getString("doc_id"), rs.getString("source"), rs.getString("title"), rs.getString("url"),
            rs.getString("published"), Connections.intOrNull(rs, "n_events"), Connections.intOrNull(rs, "n_quotes"),
            Connections.intOrNull(rs, "n_counts")));
  }

  private static StoryRow storyRow(ResultSet rs) throws SQLException {
    return new StoryRow(rs.getString("story_id"), rs.getString("title"), Connections.intOrNull(rs, "n_articles"),
        Connections.intOrNull(rs, "n_events"), Connections.intOrNull(rs, "n_disagreements"), rs.getString("first_day"),
        rs.getString("last_day"), rs.getString("storyline"), rs.getString("follows"));
  }

  /** Stories, largest first. */
  List<StoryRow> stories(int limit, int offset) {
    return db.query("SELECT " + STORY_COLUMNS + " FROM stories ORDER BY n_articles DESC, story_id LIMIT ? OFFSET ?",
        List.of(limit, offset), ArticleQueries::storyRow);
  }

  /** A story's list columns, with its storyline and the earlier story it follows (from its record). */
  private static final String STORY_COLUMNS = "story_id, title, n_articles, n_events, n_disagreements,"
      + " CAST(first_day AS VARCHAR) AS first_day, CAST(last_day AS VARCHAR) AS last_day,"
      + " json_extract_string(record, '$.storyline') AS storyline, json_extract_string(record, '$.follows') AS follows";

  /**
   * The stories that hold an event mention ({@code eventId}, e.g. an alert's incident key) or an article
   * ({@code docId}); either may be null.
   */
  List<StoryRow> storiesWith(String eventId, String docId) {
    return db.query("SELECT " + STORY_COLUMNS + " FROM stories WHERE story_id IN (SELECT story_id FROM"
        + " story_event_mentions WHERE event_id = ?) OR story_id IN (SELECT story_id FROM story_articles WHERE doc_id = ?)"
        + " ORDER BY n_articles DESC, story_id LIMIT 100", java.util.Arrays.asList(eventId, docId),
        ArticleQueries::storyRow);
  }

  /**
   * A story with its merged events, its sources side by side (each article's outlet, date, title and figures)
   * and its disagreements; null where there is no such story.
   */
  Story story(String storyId) {
    List<StoryRow> st = db.query("SELECT " + STORY_COLUMNS + " FROM stories WHERE story_id = ?", List.of(storyId),
        ArticleQueries::storyRow);
    if (st.isEmpty()) {
      return null;
    }
    StoryRow row = st.get(0);
    List<Source> sources = new ArrayList<>();
    for (Source a : db.query("SELECT a.doc_id, a.source, a.title, a.url, a.published, a.n_events, a.n_quotes"
        + " FROM story_articles s JOIN articles a ON a.doc_id = s.doc_id WHERE s.story_id = ? ORDER BY s.ord",
        List.of(storyId), rs -> new Source(rs.getString("doc_id"), rs.getString("source"), rs.getString("title"),
            rs.getString("url"), rs.getString("published"), Connections.intOrNull(rs, "n_events"),
            Connections.intOrNull(rs, "n_quotes"), List.of(), List.of(), List.of()))) {
      List<SourceCount> counts = db.query("SELECT count_id, kind, value, low, high, qualifier, number_text AS text,"
          + " who_text, speaker, event_id, date FROM counts WHERE doc_id = ? ORDER BY count_id", List.of(a.docId()),
          rs -> new SourceCount(rs.getString("count_id"), rs.getString("kind"), Connections.longOrNull(rs, "value"),
              Connections.longOrNull(rs, "low"), Connections.longOrNull(rs, "high"), rs.getString("qualifier"),
              rs.getString("text"), rs.getString("who_text"), rs.getString("speaker"), rs.getString("event_id"),
              rs.getString("date")));
      List<SourceEvent> events = db.query("SELECT event_id, event, date, place_name, dead, injured, displaced,"
          + " actor_names, recipient_names, sentence FROM events WHERE doc_id = ? ORDER BY event_id",
          List.of(a.docId()), rs -> new SourceEvent(rs.getString("event_id"), rs.getString("event"), rs.getString("date"),
              rs.getString("place_name"), Connections.longOrNull(rs, "dead"), Connections.longOrNull(rs, "injured"),
              Connections.longOrNull(rs, "displaced"), rs.getString("actor_names"), rs.getString("recipient_names"),
              rs.getString("sentence")));
      // who is quoted saying what: the claims each source carries
      List<SourceQuote> quotes = db.query("SELECT quote_id, text, speaker, speaker_text, speaker_country, cue, kind"
          + " FROM quotes WHERE doc_id = ? ORDER BY start_offset, quote_id", List.of(a.docId()),
          rs -> new SourceQuote(rs.getString("quote_id"), rs.getString("text"), rs.getString("speaker"),
              rs.getString("speaker_text"), rs.getString("speaker_country"), rs.getString("cue"), rs.getString("kind")));
      sources.add(new Source(a.docId(), a.source(), a.title(), a.url(), a.published(), a.nEvents(), a.nQuotes(),
          counts, events, quotes));
    }
    List<StoryEvent> events = db.query("SELECT record FROM story_events WHERE story_id = ? ORDER BY story_event_id",
        List.of(storyId), rs -> Json.read(rs.getString(1), StoryEvent.class));
    List<DisagreementRow> disagreements = db.query("SELECT story_event_id, field, kind, note, value_list"
        + " FROM disagreements WHERE story_id = ? ORDER BY ord", List.of(storyId),
        rs -> new DisagreementRow(rs.getString("story_event_id"), rs.getString("field"), rs.getString("kind"),
            rs.getString("note"), values(rs.getString("value_list"))));
    // what the linker found the sources agree on, and how many are independent, as it wrote them
    StoryRecord rec = db.query("SELECT record FROM stories WHERE story_id = ?", List.of(storyId),
        rs -> Json.read(rs.getString(1), StoryRecord.class)).get(0);
    List<Agreement> agreements = new ArrayList<>();
    rec.agreements().forEach(a -> agreements.add(new Agreement(a, null)));
    for (StoryEvent e : rec.events()) {
      e.agreements().forEach(a -> agreements.add(new Agreement(a, e.id())));
    }
    return new Story(row.storyId(), row.title(), row.nArticles(), row.nEvents(), row.nDisagreements(), row.firstDay(),
        row.lastDay(), row.storyline(), row.follows(), sources, events, disagreements, agreements, rec.related(),
        rec.independentSourceCount());
  }

  private static List<Disagreement.Value> values(String json) {
    if (json == null) {
      return null;
    }
    try {
      return Json.mapper().readValue(json, new TypeReference<List<Disagreement.Value>>() { });
    } catch (IOException e) {
      throw new UncheckedIOException("a stored disagreement's values are not JSON: " + e.getMessage(), e);
    }
  }
}
