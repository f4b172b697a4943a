package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.CountRecord;
import org.sitrep.store.ClaimResults.CountRow;
import org.sitrep.store.ClaimResults.QuoteRow;
import org.sitrep.store.ClaimResults.SearchHit;
import org.sitrep.store.ClaimResults.SpeakerRow;

/**
 * Queries over what the articles claim: quotes and their speakers, reported figures (counts), full-text search;
 * each as typed rows.
 */
final class ClaimQueries {
  private final Connections db;
  private final TextIndex index;

  ClaimQueries(Connections db, TextIndex index) {
    this.db = db;
    this.index = index;
  }

  /** Quotes, optionally of one speaker / article / day range / text query, newest first with a cursor. */
  Page<QuoteRow> quotes(QuoteQuery query, int limit, String cursor) {
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
        + " start_offset AS start, end_offset AS \"end\" FROM quotes", s, limit, cursor,
        rs -> new QuoteRow(rs.getString("quote_id"), rs.getString("doc_id"), rs.getString("source"), rs.getString("day"),
            rs.getString("text"), rs.getString("kind"), rs.getString("speaker"), rs.getString("speaker_text"),
            rs.getString("speaker_country"), rs.getString("speaker_sector"), rs.getString("cue"),
            Connections.intOrNull(rs, "start"), Connections.intOrNull(rs, "end")));
  }

  /** Quote counts by speaker under a day range, most quoted first. */
  List<SpeakerRow> speakers(DayRange days, int limit) {
    Sql s = new Sql();
    s.days("day", days.from(), days.to());
    List<Object> params = new ArrayList<>(s.params);
    params.add(limit);
    return db.query("SELECT coalesce(speaker, '(unattributed)') AS speaker, any_value(speaker_country) AS country,"
        + " any_value(speaker_sector) AS sector, count(*) AS n, count(DISTINCT doc_id) AS articles FROM quotes" + s.where
        + " GROUP BY 1 ORDER BY n DESC, speaker LIMIT ?", params, rs -> new SpeakerRow(rs.getString("speaker"),
        rs.getString("country"), rs.getString("sector"), rs.getLong("n"), rs.getLong("articles")));
  }

  /** Reported figures (counts), optionally by kind / article / event / day range, newest first with a cursor. */
  Page<CountRow> counts(CountQuery query, int limit, String cursor) {
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
        + " source, CAST(day AS VARCHAR) AS day, record FROM counts", s, limit, cursor,
        rs -> new CountRow(rs.getString("count_id"), rs.getString("doc_id"), rs.getString("source"), rs.getString("day"),
            Json.read(rs.getString("record"), CountRecord.class)));
  }

  /** A page of {@code select}'s rows (which lead with a {@code sort_key}) under {@code s}, newest first. */
  private <T> Page<T> page(String select, Sql s, int limit, String cursor, Connections.RowMapper<T> row) {
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
    List<Keyed<T>> rows = db.query(sql, params, rs -> new Keyed<>(rs.getString("sort_key"), row.map(rs)));
    List<T> items = new ArrayList<>();
    for (int i = 0; i < rows.size() && i < limit; i++) {
      items.add(rows.get(i).row());
    }
    return new Page<>(items, rows.size() > limit ? Cursors.encode(rows.get(limit - 1).key()) : null);
  }

  /** A row and its sort key. */
  private record Keyed<T>(String key, T row) {
  }

  /** Full-text search hits (articles and quotes) with highlighted snippets. */
  List<SearchHit> search(String q, String kind, int limit) {
    if (kind != null && !kind.equals("article") && !kind.equals("quote")) {
      throw new InvalidInput("kind", "kind=" + kind + " is not a kind of hit; use article or quote");
    }
    List<SearchHit> out = new ArrayList<>();
    for (TextIndex.Hit h : index.search(q, kind, limit, true)) {
      out.add(new SearchHit(h.kind(), h.docId(), h.quote() >= 0 ? h.docId() + "#q" + (h.quote() + 1) : null,
          h.score(), h.snippet()));
    }
    return out;
  }
}
