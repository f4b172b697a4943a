package org.sitrep.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A WHERE clause under construction with its positional parameters (every value a {@code ?}). */
final class Sql {
  final StringBuilder where = new StringBuilder();
  final List<Object> params = new ArrayList<>();

  Sql and(String condition, Object... values) {
    where.append(where.length() == 0 ? " WHERE " : " AND ").append('(').append(condition).append(')');
    params.addAll(List.of(values));
    return this;
  }

  void in(String column, List<?> values) {
    if (values.isEmpty()) {
      return;
    }
    and(column + " IN (" + String.join(",", Collections.nCopies(values.size(), "?")) + ")", values.toArray());
  }

  void anyContains(String column, List<String> codes) {
    if (codes.isEmpty()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    List<Object> vals = new ArrayList<>();
    for (String c : codes) {
      parts.add("contains(" + column + ", ?)");
      vals.add("|" + c + "|");
    }
    and(String.join(" OR ", parts), vals.toArray());
  }

  /** Restricts {@code column} (a DATE) to [from, to]; either end may be null. */
  void days(String column, java.time.LocalDate from, java.time.LocalDate to) {
    if (from != null) {
      and(column + " >= CAST(? AS DATE)", from.toString());
    }
    if (to != null) {
      and(column + " <= CAST(? AS DATE)", to.toString());
    }
  }

  /** The SQL condition of an event query over table {@code events e}, the full-text part through the index. */
  static Sql events(EventQuery f, TextIndex index) {
    Sql s = new Sql();
    s.days("e.day", f.from(), f.to());
    s.in("e.event", f.types());
    s.in("e.quad_code", f.quads());
    s.in("e.status", f.statuses());
    s.anyContains("e.actor_countries", f.actorCountries());
    s.anyContains("e.actor_sectors", f.actorSectors());
    s.anyContains("e.recipient_countries", f.recipientCountries());
    s.anyContains("e.recipient_sectors", f.recipientSectors());
    if (f.actor() != null) {
      s.and("contains(lower(e.actor_names), lower(?))", f.actor());
    }
    if (f.recipient() != null) {
      s.and("contains(lower(e.recipient_names), lower(?))", f.recipient());
    }
    if (f.place() != null) {
      s.and("(lower(e.place_name) = lower(?) OR lower(e.admin1) = lower(?) OR upper(e.country_code) = upper(?))",
          f.place(), f.place(), f.place());
    }
    EventQuery.Box b = f.bbox();
    if (b != null) {
      s.and("e.lat BETWEEN ? AND ?", b.minLat(), b.maxLat());
      if (b.minLon() <= b.maxLon()) {
        s.and("e.lon BETWEEN ? AND ?", b.minLon(), b.maxLon());
      } else {
        s.and("(e.lon >= ? OR e.lon <= ?)", b.minLon(), b.maxLon());
      }
    }
    if (f.story() != null) {
      s.and("e.event_id IN (SELECT event_id FROM story_event_mentions WHERE story_id = ?)"
          + " OR e.doc_id IN (SELECT doc_id FROM story_articles WHERE story_id = ?)", f.story(), f.story());
    }
    if (f.docId() != null) {
      s.and("e.doc_id = ?", f.docId());
    }
    if (f.minDead() != null) {
      s.and("e.dead >= ?", f.minDead());
    }
    if (f.q() != null) {
      List<Long> seqs = index.articleSeqs(f.q(), 100_000);
      if (seqs.isEmpty()) { // no article matches: no event does (and an empty list is no BIGINT list)
        s.and("false");
        return s;
      }
      StringBuilder sb = new StringBuilder();
      for (Long l : seqs) {
        sb.append(sb.length() == 0 ? "" : ",").append(l);
      }
      s.and("list_contains(CAST(string_split(?, ',') AS BIGINT[]), e.article_seq)", sb.toString());
    }
    return s;
  }
}
