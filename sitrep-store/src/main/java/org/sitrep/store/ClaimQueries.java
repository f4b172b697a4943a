package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.json.Json;

/** Queries over what the articles claim: quotes and their speakers, reported figures (counts), full-text search. */
final class ClaimQueries {
  private static final ObjectMapper JSON = Json.mapper();
  private final Connections db;
  private final TextIndex index;

  ClaimQueries(Connections db, TextIndex index) {
    this.db = db;
    this.index = index;
  }

  private List<ObjectNode> rows(String sql, List<?> params) {
    return db.rows(sql, params);
  }

  /** Quotes, optionally of one speaker / article / day range / text query, newest first with a cursor. */
  SitrepStore.Page quotes(QuoteQuery query, int limit, String cursor) {
    Sql s = new Sql();
    String speaker = query.speaker();
    String docId = query.docId();
    String q = query.q();
    if (speaker != null) {
      s.and("coalesce(speaker, '(unattributed)') = ?", speaker);
    }
    if (docId != null) {
      s.and("doc_id = ?", docId);
    }
    s.days("day", query.from(), query.to());
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
  List<ObjectNode> speakers(DayRange days, int limit) {
    Sql s = new Sql();
    s.days("day", days.from(), days.to());
    List<Object> params = new ArrayList<>(s.params);
    params.add(limit);
    return rows("SELECT coalesce(speaker, '(unattributed)') AS speaker, any_value(speaker_country) AS country,"
        + " any_value(speaker_sector) AS sector, count(*) AS n, count(DISTINCT doc_id) AS articles FROM quotes" + s.where
        + " GROUP BY 1 ORDER BY n DESC, speaker LIMIT ?", params);
  }

  /** Reported figures (counts), optionally by kind / article / event / day range, newest first with a cursor. */
  SitrepStore.Page counts(CountQuery query, int limit, String cursor) {
    Sql s = new Sql();
    s.in("kind", query.kinds());
    String docId = query.docId();
    String event = query.event();
    if (docId != null) {
      s.and("doc_id = ?", docId);
    }
    if (event != null) {
      s.and("event_id = ?", event);
    }
    s.days("day", query.from(), query.to());
    return page("SELECT coalesce(CAST(day AS VARCHAR), '0000-00-00') || '|' || count_id AS sort_key, count_id, doc_id,"
        + " source, CAST(day AS VARCHAR) AS day, record FROM counts", s, limit, cursor);
  }

  private SitrepStore.Page page(String select, Sql s, int limit, String cursor) {
    if (limit < 1 || limit > 1000) {
      throw new InvalidInput("limit", "limit=" + limit + " is out of range; use 1 to 1000 and follow next_cursor");
    }
    String where = s.where.toString();
    List<Object> params = new ArrayList<>(s.params);
    String sql = "SELECT * FROM (" + select + where + ") t";
    if (cursor != null) {
      sql += " WHERE sort_key < ?";
      params.add(Cursors.decode(cursor));
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
        next = Cursors.encode(key);
      }
    }
    return new SitrepStore.Page(items, next);
  }

  /** Full-text search hits (articles and quotes) with highlighted snippets. */
  List<ObjectNode> search(String q, String kind, int limit) {
    if (kind != null && !kind.equals("article") && !kind.equals("quote")) {
      throw new InvalidInput("kind", "kind=" + kind + " is not a kind of hit; use article or quote");
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
}
