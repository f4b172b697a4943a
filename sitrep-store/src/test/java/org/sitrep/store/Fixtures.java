package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.core.doc.Article;
import org.sitrep.core.model.ActorCode;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.Attribution;
import org.sitrep.core.model.CountRecord;
import org.sitrep.core.model.Disagreement;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.Evidence;
import org.sitrep.core.model.NumberValue;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.core.model.QuoteRecord;
import org.sitrep.core.model.StoryEvent;
import org.sitrep.core.model.StoryRecord;

/**
 * Synthetic articles and a stub analyser that turns each into a deterministic record with events, actors,
 * quotes, counts and places, so store, API and dashboard tests run without CoreNLP. The places are real
 * (name, GeoNames id, coordinates); the articles are made up.
 */
public final class Fixtures {
  private Fixtures() {
  }

  static final String[] TYPES = {"ASSAULT", "ACCUSE", "CONSULT", "AID", "THREATEN", "PROTEST", "AGREE", "COERCE",
      "MOBILIZE", "REQUEST", "SANCTION", "REJECT"};
  static final Map<String, Integer> QUAD = Map.ofEntries(Map.entry("AGREE", 1), Map.entry("CONSULT", 1),
      Map.entry("SUPPORT", 1), Map.entry("REQUEST", 1), Map.entry("CONCEDE", 2), Map.entry("COOPERATE", 2),
      Map.entry("AID", 2), Map.entry("RETREAT", 2), Map.entry("ACCUSE", 3), Map.entry("REJECT", 3),
      Map.entry("THREATEN", 3), Map.entry("PROTEST", 3), Map.entry("SANCTION", 4), Map.entry("MOBILIZE", 4),
      Map.entry("COERCE", 4), Map.entry("ASSAULT", 4));
  static final ActorRecord[] ACTORS = {
      new ActorRecord("Syrian government forces", "Syrian Armed Forces", "SYR", "MIL", null),
      new ActorRecord("Turkish troops", "Turkish Armed Forces", "TUR", "MIL", null),
      new ActorRecord("Ankara", "Government of Turkey", "TUR", "GOV", null),
      new ActorRecord("Russian planes", "Russian Armed Forces", "RUS", "MIL", null),
      new ActorRecord("rebels", "Syrian rebels", "SYR", "REB", null),
      new ActorRecord("civilians", null, "SYR", "CVL", null)};
  static final PlaceRecord[] PLACES = {
      new PlaceRecord("Idlib", 0, 5, "Idlib", 169387L, "ADM1", "SY", "Idlib", 35.83, 36.55, false),
      new PlaceRecord("Aleppo", 0, 6, "Aleppo", 170063L, "PPLA", "SY", "Aleppo", 36.20, 37.16, false),
      new PlaceRecord("Damascus", 0, 8, "Damascus", 170654L, "PPLC", "SY", "Dimashq", 33.51, 36.29, false),
      new PlaceRecord("Saraqib", 0, 7, "Saraqib", 163270L, "PPL", "SY", "Idlib", 35.86, 36.80, false),
      new PlaceRecord("Hatay", 0, 5, "Hatay", 312394L, "ADM1", "TR", "Hatay", 36.40, 36.35, false),
      new PlaceRecord("Ankara", 0, 6, "Ankara", 323786L, "PPLC", "TR", "Ankara", 39.92, 32.85, false),
      new PlaceRecord("Moscow", 0, 6, "Moscow", 524901L, "PPLC", "RU", "Moscow", 55.75, 37.62, false),
      new PlaceRecord("Geneva", 0, 6, "Geneva", 2660646L, "PPLA", "CH", "Geneva", 46.20, 6.14, false)};
  static final String[] OUTLETS = {"Wire One", "Daily Two", "Radio Three", "Gazette Four", "Observer Five"};
  static final String[] SPEAKERS = {"Minister Alpha", "General Beta", "Spokeswoman Gamma", "Envoy Delta"};

  /** Synthetic article {@code i}: an id, a date in a 60-day window from 2020-01-01, an outlet, a made-up text. */
  public static Article article(int i) {
    PlaceRecord p = PLACES[i % PLACES.length];
    String type = TYPES[i % TYPES.length];
    String text = "Report " + i + ". " + ACTORS[i % ACTORS.length].text() + " were reported in " + p.name()
        + " in an event of kind " + type.toLowerCase(java.util.Locale.ROOT) + ". \"We will respond to number " + i
        + ",\" " + SPEAKERS[i % SPEAKERS.length] + " said. At least " + (i % 17) + " people were killed.";
    return new Article(String.format("syn-%05d", i), text, OUTLETS[i % OUTLETS.length], "https://example.org/a/" + i,
        "Synthetic report " + i, LocalDate.of(2020, 1, 1).plusDays(i % 60).toString(), "en", "synthetic #" + i);
  }

  /** The stub analyser: 1-3 events per article, a quote, a death count, the places. Deterministic. */
  public static ArticleRecord analyze(Article a) {
    int i = Integer.parseInt(a.docId().substring(4));
    List<EventRecord> events = new ArrayList<>();
    int n = 1 + i % 3;
    for (int k = 0; k < n; k++) {
      String type = TYPES[(i + k) % TYPES.length];
      ActorRecord actor = ACTORS[(i + k) % ACTORS.length];
      ActorRecord recipient = ACTORS[(i + k + 1) % ACTORS.length];
      PlaceRecord place = PLACES[(i + k) % PLACES.length];
      String date = LocalDate.parse(a.published()).minusDays(k).toString();
      Map<String, NumberValue> size = type.equals("ASSAULT")
          ? Map.of("dead", new NumberValue((long) (i % 17), (long) (i % 17), null, "at_least", "at least " + (i % 17)))
          : Map.of();
      events.add(new EventRecord(a.docId() + "#e" + (k + 1), type, null, List.of(), null, QUAD.get(type),
          QUAD.get(type) >= 3 ? -5.0 : 3.0, List.of(actor), List.of(recipient), date, null, place, size, "occurred",
          null, new Evidence(0, 20, a.text().substring(0, Math.min(60, a.text().length()))), null));
    }
    String speaker = SPEAKERS[i % SPEAKERS.length];
    List<QuoteRecord> quotes = List.of(new QuoteRecord("We will respond to number " + i + ",", 10, 40, "direct",
        speaker, speaker, new ActorCode("TUR", "GOV"), "said"));
    List<CountRecord> counts = List.of(new CountRecord("dead", new NumberValue((long) (i % 17), (long) (i % 17), null,
        "at_least", "at least " + (i % 17)), new ActorRecord("people", null, null, "CVL", null), a.published(), null,
        new Attribution(null, null, null, null), a.docId() + "#e1", new Evidence(0, 10, "At least killed.")));
    return new ArticleRecord(a.docId(), a.source(), a.url(), a.title(), a.published(), false, "en", events, quotes,
        counts, List.of(PLACES[i % PLACES.length]), List.of(), List.of(), List.of(), a.text());
  }

  /** Stories over articles 0..n-1: story k holds the articles with i % groups == k, with one disagreement each. */
  public static List<StoryRecord> stories(int n, int groups) {
    List<StoryRecord> out = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      List<String> arts = new ArrayList<>();
      List<String> mentions = new ArrayList<>();
      List<String> sources = new ArrayList<>();
      for (int i = g; i < n; i += groups) {
        arts.add(String.format("syn-%05d", i));
        mentions.add(String.format("syn-%05d#e1", i));
        sources.add(OUTLETS[i % OUTLETS.length]);
      }
      List<Disagreement> dis = arts.size() < 2 ? List.of() : List.of(new Disagreement("size.dead", "count", List.of(
          new Disagreement.Value(mentions.get(0), sources.get(0), "at least " + (g % 17), g % 17),
          new Disagreement.Value(mentions.get(1), sources.get(1), "at least " + ((g + groups) % 17), (g + groups) % 17)),
          null));
      StoryEvent ev = new StoryEvent("s" + g + "#x1", TYPES[g % TYPES.length], "2020-01-0" + (1 + g % 9),
          List.of(ACTORS[g % ACTORS.length]), List.of(), PLACES[g % PLACES.length], mentions,
          sources.stream().distinct().sorted().toList(), dis);
      out.add(new StoryRecord("s" + g, "Synthetic story " + g, arts, List.of(ev), List.of()));
    }
    return out;
  }
}
