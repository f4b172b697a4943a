package org.sitrep.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.doc.Article;
import org.sitrep.core.model.ActorCode;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.EntityRecord;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.Evidence;
import org.sitrep.core.model.NumberValue;
import org.sitrep.core.model.PlaceRecord;

/**
 * A fake analyser for tests without CoreNLP: an article's events are written in its text as markers
 * {@code [[ASSAULT SYR>TUR @Saraqib dead=8]]}; the fake makes the record (events with actors, place, date and
 * toll; the places and names as entities) the engine would. Also writes such articles as JSONL lines.
 */
public final class FakeNews {
  private FakeNews() {
  }

  private static final Pattern MARK = Pattern.compile("\\[\\[(\\w+) (\\w{3})>(\\w{3}) @(\\w+)(?: dead=(\\d+))?]]");
  static final Map<String, PlaceRecord> PLACES = Map.of(
      "Saraqib", new PlaceRecord("Saraqib", 0, 7, "Saraqib", 163270L, "PPL", "SY", "Idlib", 35.86, 36.80, false),
      "Aleppo", new PlaceRecord("Aleppo", 0, 6, "Aleppo", 170063L, "PPLA", "SY", "Aleppo", 36.20, 37.16, false),
      "Kharkiv", new PlaceRecord("Kharkiv", 0, 7, "Kharkiv", 706483L, "PPLA", "UA", "Kharkiv", 49.98, 36.25, false),
      "Goma", new PlaceRecord("Goma", 0, 4, "Goma", 216281L, "PPLA", "CD", "North Kivu", -1.68, 29.23, false));
  static final Map<String, String> NAMES = Map.of("SYR", "Syrian", "TUR", "Turkish", "RUS", "Russian", "UKR",
      "Ukrainian", "COD", "Congolese", "RWA", "Rwandan");

  /** The analyser: deterministic, thread-safe. An article without markers has no events. */
  public static ArticleRecord analyze(Article a) {
    List<EventRecord> events = new ArrayList<>();
    List<PlaceRecord> places = new ArrayList<>();
    List<EntityRecord> entities = new ArrayList<>();
    Matcher m = MARK.matcher(a.text());
    int k = 0;
    while (m.find()) {
      if (m.group(1).equals("FAIL")) {
        throw new IllegalStateException("the fake analyser was told to fail");
      }
      ActorRecord actor = actor(m.group(2));
      ActorRecord recipient = actor(m.group(3));
      PlaceRecord place = PLACES.get(m.group(4));
      Map<String, NumberValue> size = m.group(5) == null ? Map.of()
          : Map.of("dead", new NumberValue(Long.parseLong(m.group(5)), null, null, "exact", m.group(5)));
      events.add(new EventRecord(a.docId() + "#e" + (++k), m.group(1), null, List.of(), null, 4, -10.0,
          List.of(actor), List.of(recipient), a.published(), null, place, size, "occurred", null,
          new Evidence(m.start(), m.end(), a.text().substring(m.start(), m.end())), null));
      if (place != null) {
        places.add(place);
        entities.add(new EntityRecord(place.name(), 0, 1, "LOCATION", place.name(), null));
      }
      entities.add(new EntityRecord(actor.text(), 0, 1, "ORGANIZATION", actor.name(), actor.code()));
      entities.add(new EntityRecord(recipient.text(), 0, 1, "ORGANIZATION", recipient.name(), recipient.code()));
    }
    return new ArticleRecord(a.docId(), a.source(), a.url(), a.title(), a.published(), false, "en", events, List.of(),
        List.of(), places, List.of(), entities, List.of(), a.text());
  }

  private static ActorRecord actor(String country) {
    String adj = NAMES.getOrDefault(country, country);
    return new ActorRecord(adj + " forces", adj + " Armed Forces", country, "MIL", null);
  }

  /** A news text about one event, with its marker: similar words for the same incident, so the linker groups them. */
  public static String text(String type, String actor, String recipient, String place, Integer dead) {
    String a = NAMES.getOrDefault(actor, actor);
    String r = NAMES.getOrDefault(recipient, recipient);
    return a + " forces shelled " + r + " positions near " + place + " on Monday"
        + (dead == null ? "." : ", killing " + dead + " soldiers, officials said.")
        + " The attack on " + place + " drew condemnation as " + a + " and " + r + " troops traded fire.\n"
        + "[[" + type + " " + actor + ">" + recipient + " @" + place + (dead == null ? "" : " dead=" + dead) + "]]";
  }

  /** One JSONL input line of an article. */
  public static String jsonl(String id, String source, String date, String title, String text) {
    return org.sitrep.core.json.Json.line(Map.of("id", id, "source", source, "date", date, "title", title,
        "text", text, "url", "https://news.example/" + id));
  }

  /** The record of an article given by its parts (for unit tests of linking and rules). */
  public static ArticleRecord record(String id, String source, String date, String text) {
    return analyze(new Article(id, text, source, "https://news.example/" + id, "Report " + id, date, "en", id));
  }

  static ActorCode code(String c) {
    return new ActorCode(c, "MIL");
  }
}
