package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ArticleRecord;

/** Queries over articles and stories: one article with its text, lists, a story with its sources side by side. */
final class ArticleQueries {
  private static final ObjectMapper JSON = Json.mapper();
  private final Connections db;

  ArticleQueries(Connections db) {
    this.db = db;
  }

  private <T> T read(Connections.SqlWork<T> work) {
    return db.read(work);
  }

  private List<ObjectNode> rows(String sql, List<?> params) {
    return db.rows(sql, params);
  }

  /** Every stored article record (with text), in ingest order, for the story linker. */
  void forEachArticle(Consumer<ArticleRecord> sink) {
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

  /** The article record (with text) of a doc id, or null. */
  ObjectNode article(String docId) {
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
  List<ObjectNode> articles(int limit, int offset) {
    return rows("SELECT doc_id, source, title, url, published, n_events, n_quotes, n_counts FROM articles"
        + " ORDER BY published DESC NULLS LAST, doc_id LIMIT ? OFFSET ?", List.of(limit, offset));
  }

  /** Stories, largest first. */
  List<ObjectNode> stories(int limit, int offset) {
    return rows("SELECT " + STORY_COLUMNS + " FROM stories ORDER BY n_articles DESC, story_id LIMIT ? OFFSET ?",
        List.of(limit, offset));
  }

  /** A story's list columns, with its storyline and the earlier story it follows (from its record). */
  private static final String STORY_COLUMNS = "story_id, title, n_articles, n_events, n_disagreements,"
      + " CAST(first_day AS VARCHAR) AS first_day, CAST(last_day AS VARCHAR) AS last_day,"
      + " json_extract_string(record, '$.storyline') AS storyline, json_extract_string(record, '$.follows') AS follows";

  /**
   * The stories that hold an event mention ({@code eventId}, e.g. an alert's incident key) or an article
   * ({@code docId}); either may be null.
   */
  List<ObjectNode> storiesWith(String eventId, String docId) {
    return rows("SELECT " + STORY_COLUMNS + " FROM stories WHERE story_id IN (SELECT story_id FROM story_event_mentions"
        + " WHERE event_id = ?) OR story_id IN (SELECT story_id FROM story_articles WHERE doc_id = ?)"
        + " ORDER BY n_articles DESC, story_id LIMIT 100", java.util.Arrays.asList(eventId, docId));
  }

  /**
   * A story with its merged events, its sources side by side (each article's outlet, date, title and figures)
   * and its disagreements; null where there is no such story.
   */
  ObjectNode story(String storyId) {
    List<ObjectNode> st = rows("SELECT " + STORY_COLUMNS + " FROM stories WHERE story_id = ?", List.of(storyId));
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
      // who is quoted saying what: the claims each source carries
      a.set("quotes", JSON.valueToTree(rows("SELECT quote_id, text, speaker, speaker_text, speaker_country, cue, kind"
          + " FROM quotes WHERE doc_id = ? ORDER BY start_offset, quote_id", List.of(a.get("doc_id").asText()))));
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
    if (rec.hasNonNull("related")) {
      out.set("related", rec.get("related"));
    }
    if (rec.has("independent_source_count")) {
      out.set("independent_source_count", rec.get("independent_source_count"));
    }
    return out;
  }
}
