package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which events a query or export wants. Every field is optional; lists mean "any of". Built from query
 * parameters with {@link #parse}, which checks each value and names the parameter when one is wrong.
 *
 * @param from      first day, inclusive (ISO date)
 * @param to        last day, inclusive
 * @param types     PLOVER event types (ASSAULT, PROTEST, ...)
 * @param quads     quad classes 1-4
 * @param actorCountries actor ISO alpha-3 (or IGO, UNO, ...)
 * @param actorSectors   actor PLOVER sector (GOV, MIL, ...)
 * @param actor     text in an actor's name
 * @param recipientCountries recipient country codes
 * @param recipientSectors   recipient sectors
 * @param recipient text in a recipient's name
 * @param place     place name, ADM1 name or ISO alpha-2 country of the event's location
 * @param bbox      minLon, minLat, maxLon, maxLat
 * @param story     story id
 * @param q         full-text query over the article text and quotes (Lucene syntax)
 * @param docId     one article
 * @param statuses  occurred, threatened, ...
 * @param minDead   at least this many dead
 */
public record EventFilter(String from, String to, List<String> types, List<Integer> quads, List<String> actorCountries,
                          List<String> actorSectors, String actor, List<String> recipientCountries,
                          List<String> recipientSectors, String recipient, String place, double[] bbox, String story,
                          String q, String docId, List<String> statuses, Long minDead) {

  /** The 16 PLOVER 0.8 event types. */
  public static final Set<String> PLOVER = new TreeSet<>(List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
      "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
      "COERCE", "ASSAULT"));
  static final Set<String> STATUSES = new TreeSet<>(List.of("occurred", "threatened", "planned", "hypothetical",
      "negated", "historical"));
  /** The parameter names {@link #parse} understands (the API documents each). */
  public static final List<String> PARAMETERS = List.of("from", "to", "type", "quad", "actor_country",
      "actor_sector", "actor", "recipient_country", "recipient_sector", "recipient", "place", "bbox", "story", "q",
      "doc_id", "status", "min_dead");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern CODE = Pattern.compile("[A-Za-z]{2,3}");

  public static EventFilter none() {
    return new EventFilter(null, null, List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), null,
        null, null, null, null, null, List.of(), null);
  }

  /** Reads the filter from query parameters (a parameter may repeat or hold a comma-separated list). */
  public static EventFilter parse(Map<String, List<String>> params) {
    String from = day(params, "from");
    String to = day(params, "to");
    if (from != null && to != null && from.compareTo(to) > 0) {
      throw new InvalidQuery("from", "from=" + from + " is after to=" + to + "; swap them");
    }
    List<String> types = new ArrayList<>();
    for (String t : list(params, "type")) {
      String u = t.toUpperCase(Locale.ROOT);
      if (!PLOVER.contains(u)) {
        throw new InvalidQuery("type", "type=" + t + " is not a PLOVER event type; use one of " + PLOVER);
      }
      types.add(u);
    }
    List<Integer> quads = new ArrayList<>();
    for (String t : list(params, "quad")) {
      if (!t.matches("[1-4]")) {
        throw new InvalidQuery("quad", "quad=" + t + " is not a quad class; use 1 (verbal cooperation), 2 (material"
            + " cooperation), 3 (verbal conflict) or 4 (material conflict)");
      }
      quads.add(Integer.parseInt(t));
    }
    List<String> statuses = new ArrayList<>();
    for (String t : list(params, "status")) {
      if (!STATUSES.contains(t.toLowerCase(Locale.ROOT))) {
        throw new InvalidQuery("status", "status=" + t + " is not an event status; use one of " + STATUSES);
      }
      statuses.add(t.toLowerCase(Locale.ROOT));
    }
    double[] bbox = null;
    String b = one(params, "bbox");
    if (b != null) {
      String[] parts = b.split(",");
      String fix = "; write bbox=minLon,minLat,maxLon,maxLat in degrees, e.g. bbox=35.5,35.0,37.5,37.0";
      if (parts.length != 4) {
        throw new InvalidQuery("bbox", "bbox=" + b + " needs four numbers" + fix);
      }
      bbox = new double[4];
      for (int i = 0; i < 4; i++) {
        try {
          bbox[i] = Double.parseDouble(parts[i].trim());
        } catch (NumberFormatException e) {
          throw new InvalidQuery("bbox", "bbox=" + b + ": '" + parts[i] + "' is not a number" + fix);
        }
      }
      if (!Double.isFinite(bbox[0]) || !Double.isFinite(bbox[1]) || !Double.isFinite(bbox[2])
          || !Double.isFinite(bbox[3]) || bbox[1] > bbox[3] || Math.abs(bbox[1]) > 90 || Math.abs(bbox[3]) > 90 || Math.abs(bbox[0]) > 180
          || Math.abs(bbox[2]) > 180) {
        throw new InvalidQuery("bbox", "bbox=" + b + " is not a box on the globe" + fix);
      }
    }
    Long minDead = null;
    String md = one(params, "min_dead");
    if (md != null) {
      try {
        minDead = Long.parseLong(md);
      } catch (NumberFormatException e) {
        throw new InvalidQuery("min_dead", "min_dead=" + md + " is not a whole number");
      }
    }
    return new EventFilter(from, to, types, quads, codes(params, "actor_country"), codes(params, "actor_sector"),
        one(params, "actor"), codes(params, "recipient_country"), codes(params, "recipient_sector"),
        one(params, "recipient"), one(params, "place"), bbox, one(params, "story"), one(params, "q"),
        one(params, "doc_id"), statuses, minDead);
  }

  private static List<String> codes(Map<String, List<String>> params, String name) {
    List<String> out = new ArrayList<>();
    for (String v : list(params, name)) {
      if (!CODE.matcher(v).matches()) {
        throw new InvalidQuery(name, name + "=" + v + " is not a code; use a 3-letter code such as SYR, GOV or MIL");
      }
      out.add(v.toUpperCase(Locale.ROOT));
    }
    return out;
  }

  public static List<String> list(Map<String, List<String>> params, String name) {
    List<String> out = new ArrayList<>();
    for (String v : params.getOrDefault(name, List.of())) {
      for (String p : v.split(",")) {
        if (!p.isBlank()) {
          out.add(p.trim());
        }
      }
    }
    return out;
  }

  public static String one(Map<String, List<String>> params, String name) {
    List<String> v = params.getOrDefault(name, List.of());
    if (v.size() > 1) {
      throw new InvalidQuery(name, name + " is given " + v.size() + " times; give it once");
    }
    return v.isEmpty() || v.get(0).isBlank() ? null : v.get(0).trim();
  }

  public static String day(Map<String, List<String>> params, String name) {
    String v = one(params, name);
    if (v == null) {
      return null;
    }
    if (!DAY.matcher(v).matches()) {
      throw new InvalidQuery(name, name + "=" + v + " is not a date; write it as YYYY-MM-DD");
    }
    try {
      java.time.LocalDate.parse(v);
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidQuery(name, name + "=" + v + " is not a calendar date");
    }
    return v;
  }

  /** The SQL condition (over table {@code events e}) and its parameters, in order. */
  Sql where(TextIndex index) {
    Sql s = new Sql();
    if (from != null) {
      s.and("e.day >= CAST(? AS DATE)", from);
    }
    if (to != null) {
      s.and("e.day <= CAST(? AS DATE)", to);
    }
    s.in("e.event", types);
    s.in("e.quad_code", quads);
    s.in("e.status", statuses);
    s.anyContains("e.actor_countries", actorCountries);
    s.anyContains("e.actor_sectors", actorSectors);
    s.anyContains("e.recipient_countries", recipientCountries);
    s.anyContains("e.recipient_sectors", recipientSectors);
    if (actor != null) {
      s.and("contains(lower(e.actor_names), lower(?))", actor);
    }
    if (recipient != null) {
      s.and("contains(lower(e.recipient_names), lower(?))", recipient);
    }
    if (place != null) {
      s.and("(lower(e.place_name) = lower(?) OR lower(e.admin1) = lower(?) OR upper(e.country_code) = upper(?))",
          place, place, place);
    }
    if (bbox != null) {
      s.and("e.lat BETWEEN ? AND ?", bbox[1], bbox[3]);
      if (bbox[0] <= bbox[2]) {
        s.and("e.lon BETWEEN ? AND ?", bbox[0], bbox[2]);
      } else {
        s.and("(e.lon >= ? OR e.lon <= ?)", bbox[0], bbox[2]);
      }
    }
    if (story != null) {
      s.and("e.event_id IN (SELECT event_id FROM story_event_mentions WHERE story_id = ?)"
          + " OR e.doc_id IN (SELECT doc_id FROM story_articles WHERE story_id = ?)", story, story);
    }
    if (docId != null) {
      s.and("e.doc_id = ?", docId);
    }
    if (minDead != null) {
      s.and("e.dead >= ?", minDead);
    }
    if (q != null) {
      List<Long> seqs = index.articleSeqs(q, 100_000);
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

  /** A keyset cursor: the sort key of the last row of a page, opaque to clients. */
  static String encodeCursor(String sortKey) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
  }

  static String decodeCursor(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidQuery("cursor", "cursor=" + cursor + " is not a cursor this API gave out; use the next_cursor"
          + " of the previous page, or leave cursor out for the first page");
    }
  }

  /** A WHERE clause under construction with its positional parameters. */
  static final class Sql {
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
      and(column + " IN (" + String.join(",", java.util.Collections.nCopies(values.size(), "?")) + ")",
          values.toArray());
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
  }
}
