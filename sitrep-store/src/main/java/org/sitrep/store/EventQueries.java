package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.EventRecord;
import org.sitrep.store.EventResults.EventRow;
import org.sitrep.store.EventResults.NetworkEdge;
import org.sitrep.store.EventResults.PlaceRow;
import org.sitrep.store.EventResults.Summary;
import org.sitrep.store.EventResults.TimelineRow;

/**
 * Queries over events: pages of events (from the in-memory {@link EventIndex} where it covers the filter, else
 * one narrow SQL query, the rows from a cache), the timeline, the summary, the actor network and the map's
 * places; each as typed rows.
 */
final class EventQueries {
  private static final String ISO = org.sitrep.core.model.EntityIds.ISO;
  private static final String AGENT = org.sitrep.core.model.EntityIds.AGENT; // a class id, a constant: safe inline
  private final Connections db;
  private final TextIndex index;
  private final java.util.concurrent.atomic.AtomicLong generation;
  private final Object eventIndexLock = new Object();
  private volatile IndexState eventIndex;
  private final RecordCache recordCache = new RecordCache(Long.getLong("sitrep.recordCacheChars", 128L << 20));

  EventQueries(Connections db, TextIndex index, java.util.concurrent.atomic.AtomicLong generation) {
    this.db = db;
    this.index = index;
    this.generation = generation;
  }

  /** Events matching the filter, newest day first, {@code limit} per page (1-1000), after {@code cursor}. */
  Page<EventRow> events(EventQuery f, int limit, String cursor) {
    if (limit < 1 || limit > 1000) {
      throw new InvalidInput("limit", "limit=" + limit + " is out of range; use 1 to 1000 and follow next_cursor for"
          + " more, or an export (/api/export/events.jsonl) for everything at once");
    }
    String before = cursor == null ? null : Cursors.decode(cursor);
    // which events: from the in-memory index when it covers the filter, else one narrow query
    EventIndex memory = EventIndex.covers(f) ? eventIndex() : null;
    List<EventIndex.Hit> found = memory != null ? memory.find(f, before, limit + 1) : eventHits(f, before, limit + 1);
    boolean more = found.size() > limit;
    List<EventIndex.Hit> hits = more ? found.subList(0, limit) : found;
    // the wide rows come from a cache, or one lookup of the misses
    Map<String, EventRow> rows = eventRows(hits.stream().map(EventIndex.Hit::eventId).toList());
    List<EventRow> items = new ArrayList<>(hits.size());
    for (EventIndex.Hit h : hits) {
      EventRow item = rows.get(h.eventId());
      if (item != null) { // null: deleted by a write since the hits were found
        items.add(item);
      }
    }
    return new Page<>(items, more ? Cursors.encode(hits.get(hits.size() - 1).sortKey()) : null);
  }

  List<EventIndex.Hit> eventHits(EventQuery f, String before, int max) {
    Sql s = Sql.events(f, index);
    if (before != null) {
      s.and("e.sort_key < ?", before);
    }
    String sql = "SELECT e.sort_key, e.event_id FROM events e" + s.where + " ORDER BY e.sort_key DESC LIMIT ?";
    List<Object> params = new ArrayList<>(s.params);
    params.add(max);
    return db.query(sql, params, rs -> new EventIndex.Hit(rs.getString(1), rs.getString(2)));
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
        st = new IndexState(gen, db.read(c -> EventIndex.load(c, gen)));
        eventIndex = st;
      }
      return st.index;
    }
  }

  /** An index and the generation it was read at (index null: the store's keys do not suit it). */
  private record IndexState(long generation, EventIndex index) {
  }

  /** Event rows (the record with doc id, source, day in front) by event id: cached, the misses in one query. */
  private Map<String, EventRow> eventRows(List<String> ids) {
    Map<String, EventRow> out = new java.util.HashMap<>();
    List<String> missing = new ArrayList<>();
    long gen = generation.get();
    for (String id : ids) {
      EventRow item = recordCache.get(gen, id);
      if (item == null) {
        missing.add(id);
      } else {
        out.put(id, item);
      }
    }
    if (!missing.isEmpty()) {
      db.read(c -> {
        try (PreparedStatement p = c.prepareStatement("SELECT event_id, doc_id, source, CAST(day AS VARCHAR),"
            + " day_basis, record FROM events WHERE list_contains(CAST(string_split(?, '\u0001') AS VARCHAR[]),"
            + " event_id)")) {
          p.setString(1, String.join("\u0001", missing));
          try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
              String record = rs.getString(6);
              EventRow item = new EventRow(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                  Json.read(record, EventRecord.class));
              out.put(rs.getString(1), item);
              recordCache.put(gen, rs.getString(1), item, record.length());
            }
          }
        }
        return null;
      });
    }
    return out;
  }

  /**
   * Event rows by id, kept across queries (bounded by the characters of their stored JSON): reading and parsing
   * the wide JSON column costs far more than the filter itself. Entries are tied to the store's generation, so a
   * write empties it.
   */
  static final class RecordCache {
    private final long maxChars;
    private final LinkedHashMap<String, Sized> map = new LinkedHashMap<>(1024, 0.75f, true);
    private long chars;
    private long gen = -1;

    RecordCache(long maxChars) {
      this.maxChars = maxChars;
    }

    /** A row and the length of the JSON it was read from (its weight). */
    private record Sized(EventRow row, int chars) {
    }

    synchronized EventRow get(long generation, String id) {
      if (generation != gen) {
        return null;
      }
      Sized s = map.get(id);
      return s == null ? null : s.row();
    }

    synchronized void put(long generation, String id, EventRow row, int weight) {
      if (generation != gen) {
        map.clear();
        chars = 0;
        gen = generation;
      }
      Sized old = map.put(id, new Sized(row, weight));
      chars += weight - (old == null ? 0 : old.chars());
      var it = map.entrySet().iterator();
      while (chars > maxChars && it.hasNext()) {
        chars -= it.next().getValue().chars();
        it.remove();
      }
    }
  }

  /** Events per day and quad class (the timeline), under the filter. */
  List<TimelineRow> timeline(EventQuery f) {
    Sql s = Sql.events(f, index);
    s.and("e.day IS NOT NULL");
    return db.query("SELECT CAST(e.day AS VARCHAR) AS day, e.quad_code AS quad_code, count(*) AS n FROM events e"
        + s.where + " GROUP BY 1, 2 ORDER BY 1, 2", s.params,
        rs -> new TimelineRow(rs.getString("day"), Connections.intOrNull(rs, "quad_code"), rs.getLong("n")));
  }

  /** How many events match the filter, how many have coordinates, their day range, and counts by type. */
  Summary summary(EventQuery f) {
    Sql s = Sql.events(f, index);
    Map<String, Long> byType = new LinkedHashMap<>();
    for (Map.Entry<String, Long> t : db.query("SELECT e.event, count(*) AS n FROM events e" + s.where
        + " GROUP BY 1 ORDER BY 2 DESC, 1", s.params, rs -> Map.entry(String.valueOf(rs.getString(1)), rs.getLong(2)))) {
      byType.put(t.getKey(), t.getValue());
    }
    return db.query("SELECT count(*) AS events, count(e.lat) AS located, CAST(min(e.day) AS VARCHAR) AS first_day,"
        + " CAST(max(e.day) AS VARCHAR) AS last_day, count(DISTINCT e.doc_id) AS articles, sum(e.dead) AS dead"
        + " FROM events e" + s.where, s.params, rs -> new Summary(rs.getLong("events"), rs.getLong("located"),
        rs.getString("first_day"), rs.getString("last_day"), rs.getLong("articles"), Connections.longOrNull(rs, "dead"),
        byType)).get(0);
  }

  /**
   * Places the articles mention (resolved, not metonyms), with how many articles mention each, under a day range
   * of publication: the map's background layer, which shows where the news is even before events are coded.
   */
  List<PlaceRow> places(DayRange days, int limit) {
    Sql s = new Sql();
    s.and("p.lat IS NOT NULL AND p.lon IS NOT NULL AND coalesce(p.metonym, false) = false");
    s.days("a.published_day", days.from(), days.to());
    List<Object> params = new ArrayList<>(s.params);
    params.add(limit);
    return db.query("SELECT coalesce(p.name, p.text) AS name, p.geonameid, p.country_code, p.feature_code, p.lat,"
        + " p.lon, count(DISTINCT p.doc_id) AS articles, count(*) AS mentions FROM places p"
        + " JOIN articles a ON a.seq = p.article_seq" + s.where
        + " GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY articles DESC, mentions DESC, name LIMIT ?", params,
        rs -> new PlaceRow(rs.getString("name"), Connections.longOrNull(rs, "geonameid"), rs.getString("country_code"),
            rs.getString("feature_code"), Connections.doubleOrNull(rs, "lat"), Connections.doubleOrNull(rs, "lon"),
            rs.getLong("articles"), rs.getLong("mentions")));
  }

  /** Who acts on whom: actor-recipient pairs under the filter, weighted by events, heaviest first. */
  List<NetworkEdge> network(EventQuery f, int limit) {
    Sql s = Sql.events(f, index);
    List<Object> params = new ArrayList<>(s.params); // in the order of the ?s: the filter's, the state prefix, limit
    params.add(ISO);
    params.add(limit);
    // one node per canonical actor: a state is one node under its country code, whether a mention carries the
    // state's id (iso3166:SYR, which an unnamed government actor takes too, see EntityIds), names the country
    // alone or its government; any other id is its own node (a person, an organisation); the rest, and the class
    // ids of unnamed actors (agent:SYR-REB), are grouped by country and sector ("SYR REB"). Mentions with neither
    // a country nor a name's id ("the army", "one civilian") and an actor acting on itself are left out; an edge
    // counts events, not rows
    return db.query("WITH ev AS (SELECT e.event_id, e.quad_code FROM events e" + s.where + "),"
        + " es AS (SELECT x.*, coalesce(x.actor_id = ? || x.country, false) AS state"
        + " FROM event_actors x JOIN ev ON ev.event_id = x.event_id),"
        + " ek AS (SELECT es.*, coalesce(es.name, es.text) AS nm,"
        + " CASE WHEN nullif(es.actor_id, '') IS NOT NULL AND NOT starts_with(es.actor_id, '" + AGENT + "')"
        + " AND NOT es.state THEN 'id' WHEN es.country IS NULL THEN NULL"
        + " WHEN es.state OR es.sector IS NULL OR es.sector = 'GOV' THEN 'state' ELSE 'code' END AS kind FROM es),"
        + " ea AS (SELECT ek.*, CASE ek.kind WHEN 'id' THEN ek.actor_id WHEN 'state' THEN ek.country"
        + " WHEN 'code' THEN ek.country || ' ' || ek.sector END AS k FROM ek)"
        + " SELECT a.k AS source, r.k AS target, " + label("a") + " AS source_label, " + label("r") + " AS target_label,"
        + " any_value(a.country) AS source_country, any_value(r.country) AS target_country,"
        + " any_value(a.sector) AS source_sector, any_value(r.sector) AS target_sector,"
        + " mode(a.nm) AS source_name, mode(r.nm) AS target_name,"
        + " count(DISTINCT ev.event_id) AS weight, count(DISTINCT ev.event_id) FILTER (WHERE ev.quad_code >= 3) AS conflict"
        + " FROM ev JOIN ea a ON a.event_id = ev.event_id AND a.role = 'actor'"
        + " JOIN ea r ON r.event_id = ev.event_id AND r.role = 'recipient'"
        + " WHERE a.k IS NOT NULL AND r.k IS NOT NULL AND a.k <> r.k"
        + " GROUP BY 1, 2 ORDER BY weight DESC, source, target LIMIT ?", params,
        rs -> new NetworkEdge(rs.getString("source"), rs.getString("target"), rs.getString("source_label"),
            rs.getString("target_label"), rs.getString("source_country"), rs.getString("target_country"),
            rs.getString("source_sector"), rs.getString("target_sector"), rs.getString("source_name"),
            rs.getString("target_name"), rs.getLong("weight"), rs.getLong("conflict")));
  }

  /** A node's label: an id's most frequent name, a state's name (else its code), or the country and sector. */
  private static String label(String t) {
    return "CASE any_value(" + t + ".kind) WHEN 'id' THEN mode(" + t + ".nm) WHEN 'state' THEN coalesce(mode(" + t
        + ".name) FILTER (WHERE " + t + ".state), " + t + ".k) ELSE " + t + ".k END";
  }

}
