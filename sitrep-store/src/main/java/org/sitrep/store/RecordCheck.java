package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.CountRecord;
import org.sitrep.core.model.EntityRecord;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.Evidence;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.core.model.QuoteRecord;
import org.sitrep.core.model.TextSpan;
import org.sitrep.core.model.TimeRecord;

/**
 * Checks an article record from outside (a {@code ingest --records} file) against the contract of
 * docs/RECORDS.md before it is stored: PLOVER event types, statuses, quad classes, CAMEO, country and sector
 * codes, count kinds, dates, coordinates, and every offset within the article's text. What the engine writes
 * always passes; a record that does not is refused whole, with each problem named by its field.
 */
public final class RecordCheck {
  static final Set<String> COUNT_KINDS = org.sitrep.core.data.CountKinds.all();
  private static final Pattern CODE3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern CODE2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
  private static final Pattern EVENT_DATE = Pattern.compile("(\\d{4}|XXXX)-\\d{2}(-\\d{2})?|\\d{4}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]");
  /** The longest doc id accepted. */
  static final int MAX_ID = 512;

  private RecordCheck() {
  }

  /** The record's problems, each "field: what is wrong" (empty: it fits the contract). */
  public static List<String> problems(ArticleRecord r) {
    List<String> out = new ArrayList<>();
    if (r.docId() == null || r.docId().isBlank()) {
      out.add("doc_id: missing");
    } else if (r.docId().length() > MAX_ID || CONTROL.matcher(r.docId()).find()) {
      out.add("doc_id: longer than " + MAX_ID + " characters or holds control characters");
    }
    if (r.failed()) {
      return out; // an error record: its id and errors only
    }
    if (r.published() != null && !DAY.matcher(r.published()).matches()) {
      out.add("published: '" + clip(r.published()) + "' is not an ISO date (YYYY-MM-DD)");
    }
    int len = r.text() == null ? -1 : r.text().length();
    for (int i = 0; i < r.events().size(); i++) {
      event("events[" + i + "]", r.events().get(i), len, out);
    }
    for (int i = 0; i < r.quotes().size(); i++) {
      QuoteRecord q = r.quotes().get(i);
      span("quotes[" + i + "]", q.start(), q.end(), len, out);
      codes("quotes[" + i + "].speaker_actor", q.speakerActor() == null ? null : q.speakerActor().country(),
          q.speakerActor() == null ? null : q.speakerActor().sector(), out);
    }
    for (int i = 0; i < r.counts().size(); i++) {
      CountRecord c = r.counts().get(i);
      String at = "counts[" + i + "]";
      if (c.kind() == null || !COUNT_KINDS.contains(c.kind())) {
        out.add(at + ".kind: '" + clip(c.kind()) + "' is not one of " + new java.util.TreeSet<>(COUNT_KINDS));
      }
      if (c.who() != null) {
        codes(at + ".who", c.who().country(), c.who().sector(), out);
      }
      evidence(at + ".evidence", c.evidence(), len, out);
    }
    for (int i = 0; i < r.places().size(); i++) {
      place("places[" + i + "]", r.places().get(i), len, out);
    }
    for (int i = 0; i < r.times().size(); i++) {
      TimeRecord t = r.times().get(i);
      span("times[" + i + "]", t.start(), t.end(), len, out);
    }
    for (int i = 0; i < r.entities().size(); i++) {
      EntityRecord e = r.entities().get(i);
      span("entities[" + i + "]", e.start(), e.end(), len, out);
      if (e.actor() != null) {
        codes("entities[" + i + "].actor", e.actor().country(), e.actor().sector(), out);
      }
    }
    return out;
  }

  private static void event(String at, EventRecord e, int len, List<String> out) {
    if (e.event() == null || !EventValues.TYPES.contains(e.event())) {
      out.add(at + ".event: '" + clip(e.event()) + "' is not a PLOVER event type (" + EventValues.TYPES + ")");
    }
    if (e.status() != null && !EventValues.STATUSES.contains(e.status())) {
      out.add(at + ".status: '" + clip(e.status()) + "' is not one of " + EventValues.STATUSES);
    }
    if (e.quadCode() != null && (e.quadCode() < 1 || e.quadCode() > 4)) {
      out.add(at + ".quad_code: " + e.quadCode() + " is not 1-4");
    }
    if (e.cameo() != null && !CAMEO.matcher(e.cameo()).matches()) {
      out.add(at + ".cameo: '" + clip(e.cameo()) + "' is not a CAMEO code (2-4 digits)");
    }
    if (e.intensity() != null && !(e.intensity() >= -10 && e.intensity() <= 10)) {
      out.add(at + ".intensity: " + e.intensity() + " is not within -10..10");
    }
    if (e.date() != null && !EVENT_DATE.matcher(e.date()).matches()) {
      out.add(at + ".date: '" + clip(e.date()) + "' is not YYYY-MM-DD, YYYY-MM or XXXX-MM-DD");
    }
    for (String role : List.of("actor", "recipient")) {
      List<ActorRecord> list = role.equals("actor") ? e.actor() : e.recipient();
      for (int k = 0; k < list.size(); k++) {
        codes(at + "." + role + "[" + k + "]", list.get(k).country(), list.get(k).sector(), out);
      }
    }
    if (e.location() != null) {
      place(at + ".location", e.location(), len, out);
    }
    evidence(at + ".evidence", e.evidence(), len, out);
    TextSpan t = e.trigger();
    if (t != null) {
      span(at + ".trigger", t.start(), t.end(), len, out);
    }
  }

  private static void place(String at, PlaceRecord p, int len, List<String> out) {
    span(at, p.start(), p.end(), len, out);
    if (p.lat() != null && !(p.lat() >= -90 && p.lat() <= 90)) {
      out.add(at + ".lat: " + p.lat() + " is not a latitude");
    }
    if (p.lon() != null && !(p.lon() >= -180 && p.lon() <= 180)) {
      out.add(at + ".lon: " + p.lon() + " is not a longitude");
    }
    if (p.countryCode() != null && !CODE2.matcher(p.countryCode()).matches()) {
      out.add(at + ".country_code: '" + clip(p.countryCode()) + "' is not an ISO alpha-2 code");
    }
  }

  private static void codes(String at, String country, String sector, List<String> out) {
    if (country != null && !CODE3.matcher(country).matches()) {
      out.add(at + ".country: '" + clip(country) + "' is not a 3-letter code (ISO alpha-3, IGO, UNO, ...)");
    }
    if (sector != null && !CODE3.matcher(sector).matches()) {
      out.add(at + ".sector: '" + clip(sector) + "' is not a 3-letter sector code (GOV, MIL, ...)");
    }
  }

  private static void evidence(String at, Evidence ev, int len, List<String> out) {
    if (ev != null) {
      span(at, ev.start(), ev.end(), len, out);
    }
  }

  private static void span(String at, int start, int end, int len, List<String> out) {
    if (start < 0 || end < start || (len >= 0 && end > len)) {
      out.add(at + ": offsets " + start + ".." + end + " are not within the text (0.." + (len < 0 ? "?" : len) + ")");
    }
  }

  /** A value as shown in a message: at most 60 characters. */
  private static String clip(String s) {
    return s == null ? "null" : s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
