package org.sitrep.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.sitrep.store.CountQuery;
import org.sitrep.store.DayRange;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventValues;
import org.sitrep.store.InvalidInput;
import org.sitrep.store.QuoteQuery;

/**
 * A request's query parameters, checked, and the store's typed queries built from them. Every parameter must
 * be one the endpoint takes; every value must have its parameter's type, range and allowed values. Anything
 * else is an {@link InvalidInput} naming the parameter and what would work (the API answers it with 400). A
 * parameter may repeat, or hold a comma-separated list, where it means "any of"; a single-valued one given twice
 * is refused. No HTTP here: {@code sitrep export --where} reads its filters through the same class.
 */
public final class QueryParams {
  /** The event filters (the API documents each): {@code /api/events}, its timeline, summary, network, exports. */
  public static final List<String> EVENT_FILTERS = List.of("from", "to", "type", "quad", "actor_country",
      "actor_sector", "actor", "recipient_country", "recipient_sector", "recipient", "place", "bbox", "story", "q",
      "doc_id", "status", "min_dead");
  /** The longest free-text value (a name, place, id), in characters. */
  public static final int MAX_TEXT = 300;
  /** The longest full-text query, in characters (the store refuses longer ones too). */
  public static final int MAX_QUERY = 1_000;
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern CODE = Pattern.compile("[A-Za-z]{2,3}");
  private static final Pattern WORD = Pattern.compile("[a-z][a-z_]{0,39}");
  private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,400}");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private final Map<String, List<String>> params;

  private QueryParams(Map<String, List<String>> params) {
    this.params = params;
  }

  /**
   * The parameters of a request to an endpoint that takes {@code allowed} (names, or collections of names).
   *
   * @throws InvalidInput naming the first parameter the endpoint does not take, and listing those it does
   */
  public static QueryParams of(Map<String, List<String>> params, Object... allowed) {
    Set<String> ok = new TreeSet<>();
    for (Object a : allowed) {
      if (a instanceof Collection<?> c) {
        c.forEach(x -> ok.add(x.toString()));
      } else {
        ok.add(a.toString());
      }
    }
    for (String k : params.keySet()) {
      if (!ok.contains(k)) {
        throw new InvalidInput(k, "unknown parameter '" + clip(k) + "'" + (ok.isEmpty() ? "; this endpoint takes none"
            : "; this endpoint takes " + ok));
      }
    }
    return new QueryParams(params);
  }

  // ------------------------------------------------------------------ typed queries

  /** A list parameter's values, each normalised and one of {@code allowed}; else a 400 naming {@code what} is meant. */
  private List<String> oneOf(String name, Set<String> allowed, UnaryOperator<String> norm,
      String what) {
    List<String> out = new ArrayList<>();
    for (String t : list(name)) {
      String v = norm.apply(t);
      if (!allowed.contains(v)) {
        throw new InvalidInput(name, name + "=" + clip(t) + " is not " + what + "; use one of " + allowed);
      }
      out.add(v);
    }
    return out;
  }

  /** The event filters as a store query (every filter optional). */
  public EventQuery events() {
    DayRange days = days();
    List<String> types = oneOf("type", EventValues.TYPES, t -> t.toUpperCase(Locale.ROOT), "a PLOVER event type");
    List<Integer> quads = new ArrayList<>();
    for (String t : list("quad")) {
      if (!EventValues.of("quad").containsKey(t)) {
        List<String> each = new ArrayList<>();
        EventValues.of("quad").forEach((k, v) -> each.add(k + " (" + v + ")"));
        throw new InvalidInput("quad", "quad=" + clip(t) + " is not a quad class; use "
            + String.join(", ", each.subList(0, each.size() - 1)) + " or " + each.get(each.size() - 1));
      }
      quads.add(Integer.parseInt(t));
    }
    List<String> statuses = oneOf("status", EventValues.STATUSES, t -> t.toLowerCase(Locale.ROOT), "an event status");
    EventQuery.Box bbox = box();
    Long minDead = null;
    String md = one("min_dead");
    if (md != null) {
      try {
        minDead = Long.parseLong(md);
      } catch (NumberFormatException e) {
        throw new InvalidInput("min_dead", "min_dead=" + clip(md) + " is not a whole number");
      }
      if (minDead < 0) {
        throw new InvalidInput("min_dead", "min_dead=" + md + " is out of range; use 0 or more");
      }
    }
    return EventQuery.builder().from(days.from()).to(days.to()).types(types).quads(quads)
        .actorCountries(codes("actor_country")).actorSectors(codes("actor_sector")).actor(text("actor"))
        .recipientCountries(codes("recipient_country")).recipientSectors(codes("recipient_sector"))
        .recipient(text("recipient")).place(text("place")).bbox(bbox).story(text("story")).q(query("q"))
        .docId(text("doc_id")).statuses(statuses).minDead(minDead).build();
  }

  /** {@code from} and {@code to} (dates, inclusive, either optional, from not after to). */
  public DayRange days() {
    LocalDate from = day("from");
    LocalDate to = day("to");
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidInput("from", "from=" + from + " is after to=" + to + "; swap them");
    }
    return new DayRange(from, to);
  }

  /** The quote filters: speaker, doc_id, from, to, q. */
  public QuoteQuery quotes() {
    String speaker = text("speaker");
    String docId = text("doc_id");
    DayRange days = days();
    return new QuoteQuery(speaker, docId, days.from(), days.to(), query("q"));
  }

  /** The figure filters: kind (any of), doc_id, event, from, to. */
  public CountQuery counts() {
    List<String> kinds = new ArrayList<>();
    for (String k : list("kind")) {
      if (!WORD.matcher(k).matches()) {
        throw new InvalidInput("kind", "kind=" + clip(k) + " is not a kind of figure; use lower-case words such as"
            + " dead, injured, arrested or displaced");
      }
      kinds.add(k);
    }
    String docId = text("doc_id");
    String event = text("event");
    DayRange days = days();
    return new CountQuery(kinds, docId, event, days.from(), days.to());
  }

  /** The required full-text query {@code q} of {@code /api/search}. */
  public String search() {
    String q = query("q");
    if (q == null) {
      throw new InvalidInput("q", "q is required: the words to search for in article text and quotes");
    }
    return q;
  }

  /** The kind of search hit wanted: article, quote, or null for both. */
  public String hitKind() {
    String kind = one("kind");
    if (kind != null && !kind.equals("article") && !kind.equals("quote")) {
      throw new InvalidInput("kind", "kind=" + clip(kind) + " is not a kind of hit; use article or quote");
    }
    return kind;
  }

  /** A page cursor as the API gave it out (opaque; the store decodes it), or null. */
  public String cursor() {
    String c = one("cursor");
    if (c != null && !CURSOR.matcher(c).matches()) {
      throw new InvalidInput("cursor", "cursor=" + clip(c) + " is not a cursor this API gave out; use the"
          + " next_cursor of the previous page, or leave cursor out for the first page");
    }
    return c;
  }

  /** A whole number in [min, max]; {@code dflt} when absent. */
  public int integer(String name, int dflt, int min, int max) {
    String v = one(name);
    if (v == null) {
      return dflt;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new InvalidInput(name, name + "=" + clip(v) + " is not a whole number");
    }
    if (n < min || n > max) {
      throw new InvalidInput(name, name + "=" + v + " is out of range; use " + min + " to " + max);
    }
    return n;
  }

  // ------------------------------------------------------------------ values

  /** A free-text value (a name, place or id): at most {@link #MAX_TEXT} characters, no control characters. */
  public String text(String name) {
    String v = one(name);
    if (v == null) {
      return null;
    }
    if (v.length() > MAX_TEXT) {
      throw new InvalidInput(name, name + " is " + v.length() + " characters long; the limit is " + MAX_TEXT);
    }
    if (CONTROL.matcher(v).find()) {
      throw new InvalidInput(name, name + " holds a control character (a line break, tab, ...); give plain text");
    }
    return v;
  }

  private String query(String name) {
    String v = one(name);
    if (v != null && v.length() > MAX_QUERY) {
      throw new InvalidInput(name, "the search query is " + v.length() + " characters long; the limit is "
          + MAX_QUERY);
    }
    return v;
  }

  private List<String> codes(String name) {
    List<String> out = new ArrayList<>();
    for (String v : list(name)) {
      if (!CODE.matcher(v).matches()) {
        throw new InvalidInput(name, name + "=" + clip(v) + " is not a code; use a 3-letter code such as SYR, GOV"
            + " or MIL");
      }
      out.add(v.toUpperCase(Locale.ROOT));
    }
    return out;
  }

  private EventQuery.Box box() {
    String b = one("bbox");
    if (b == null) {
      return null;
    }
    String[] parts = b.split(",");
    String fix = "; write bbox=minLon,minLat,maxLon,maxLat in degrees, e.g. bbox=35.5,35.0,37.5,37.0";
    if (parts.length != 4) {
      throw new InvalidInput("bbox", "bbox=" + clip(b) + " needs four numbers" + fix);
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new InvalidInput("bbox", "bbox=" + clip(b) + ": '" + clip(parts[i]) + "' is not a number" + fix);
      }
    }
    // NaN fails every comparison, so it is refused with the infinities
    if (!(Math.abs(v[0]) <= 180 && Math.abs(v[2]) <= 180 && Math.abs(v[1]) <= 90 && Math.abs(v[3]) <= 90
        && v[1] <= v[3])) {
      throw new InvalidInput("bbox", "bbox=" + clip(b) + " is not a box on the globe" + fix);
    }
    return new EventQuery.Box(v[0], v[1], v[2], v[3]);
  }

  private List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (String v : params.getOrDefault(name, List.of())) {
      for (String p : v.split(",")) {
        if (!p.isBlank()) {
          out.add(p.trim());
        }
      }
    }
    if (out.size() > 100) {
      throw new InvalidInput(name, name + " has " + out.size() + " values; the limit is 100");
    }
    return out;
  }

  /** The one value of a parameter (trimmed), or null when absent or blank; refused when given twice. */
  private String one(String name) {
    List<String> v = params.getOrDefault(name, List.of());
    if (v.size() > 1) {
      throw new InvalidInput(name, name + " is given " + v.size() + " times; give it once");
    }
    return v.isEmpty() || v.get(0).isBlank() ? null : v.get(0).trim();
  }

  private LocalDate day(String name) {
    String v = one(name);
    if (v == null) {
      return null;
    }
    if (!DAY.matcher(v).matches()) {
      throw new InvalidInput(name, name + "=" + clip(v) + " is not a date; write it as YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new InvalidInput(name, name + "=" + v + " is not a calendar date");
    }
  }

  /** A value as echoed in an error: at most 100 characters, so an error never repeats a huge input. */
  private static String clip(String v) {
    return v.length() <= 100 ? v : v.substring(0, 100) + "...";
  }
}
