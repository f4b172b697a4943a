package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The events' day, type, quad class and status in memory, newest sort key first: answers the first pages of
 * {@code /api/events} under filters on those columns only (the common dashboard and API queries) without a
 * database query. Built from one query over the narrow columns; a store write makes a new one (see
 * {@link SitrepStore#generation()}). Filters on anything else go to SQL.
 */
final class EventIndex {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");

  final long generation;
  private final String[] sortKeys;
  private final String[] ids;
  private final String[] types;
  private final int[] quads; // 0: none
  private final String[] statuses;
  private final String[] days;

  private EventIndex(long generation, List<Object[]> rows) {
    this.generation = generation;
    int n = rows.size();
    sortKeys = new String[n];
    ids = new String[n];
    types = new String[n];
    quads = new int[n];
    statuses = new String[n];
    days = new String[n];
    for (int i = 0; i < n; i++) {
      Object[] r = rows.get(i);
      sortKeys[i] = (String) r[0];
      ids[i] = (String) r[1];
      types[i] = (String) r[2];
      quads[i] = r[3] == null ? 0 : ((Number) r[3]).intValue();
      statuses[i] = (String) r[4];
      days[i] = (String) r[5];
    }
  }

  /**
   * Reads the index, or returns null when the store holds keys it could not compare as the database does
   * (a non-ASCII sort key, a day outside years 0000-9999): then every query goes to SQL.
   */
  static EventIndex load(Connection c, long generation) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT sort_key, event_id, event, quad_code, status,"
        + " CAST(day AS VARCHAR) FROM events ORDER BY sort_key DESC");
         ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        String key = rs.getString(1);
        String day = rs.getString(6);
        if (!ASCII.matcher(key).matches() || (day != null && !DAY.matcher(day).matches())) {
          return null;
        }
        rows.add(new Object[] {key, rs.getString(2), rs.getString(3), rs.getObject(4), rs.getString(5), day});
      }
    }
    return new EventIndex(generation, rows);
  }

  /** Whether the filter uses only the columns held here. */
  static boolean covers(EventQuery f) {
    return f.actorCountries().isEmpty() && f.actorSectors().isEmpty() && f.actor() == null
        && f.recipientCountries().isEmpty() && f.recipientSectors().isEmpty() && f.recipient() == null
        && f.place() == null && f.bbox() == null && f.story() == null && f.q() == null && f.docId() == null
        && f.minDead() == null;
  }

  /** A matching event: its sort key and id. */
  record Hit(String sortKey, String eventId) {
  }

  /** Up to {@code max} matching events with a sort key below {@code before} (null: from the newest). */
  List<Hit> find(EventQuery f, String before, int max) {
    List<Hit> out = new ArrayList<>();
    int start = before == null ? 0 : firstBelow(before);
    String from = f.from() == null ? null : f.from().toString();
    String to = f.to() == null ? null : f.to().toString();
    for (int i = start; i < sortKeys.length && out.size() < max; i++) {
      if (matches(f, from, to, i)) {
        out.add(new Hit(sortKeys[i], ids[i]));
      }
    }
    return out;
  }

  /** Whether row {@code i} matches; {@code from} and {@code to}: the filter's days as ISO text, made once a search. */
  private boolean matches(EventQuery f, String from, String to, int i) {
    // as Sql.events: a missing value never matches a condition on its column
    if (from != null && (days[i] == null || days[i].compareTo(from) < 0)) {
      return false;
    }
    if (to != null && (days[i] == null || days[i].compareTo(to) > 0)) {
      return false;
    }
    if (!f.types().isEmpty() && (types[i] == null || !f.types().contains(types[i]))) {
      return false;
    }
    if (!f.quads().isEmpty() && (quads[i] == 0 || !f.quads().contains(quads[i]))) {
      return false;
    }
    return f.statuses().isEmpty() || (statuses[i] != null && f.statuses().contains(statuses[i]));
  }

  /** The first position whose sort key is below {@code key} (keys are held in descending order). */
  private int firstBelow(String key) {
    int lo = 0;
    int hi = sortKeys.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sortKeys[mid].compareTo(key) >= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
