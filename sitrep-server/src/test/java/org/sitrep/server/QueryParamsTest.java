package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.store.CountQuery;
import org.sitrep.store.EventQuery;
import org.sitrep.store.InvalidInput;
import org.sitrep.store.QuoteQuery;

class QueryParamsTest {
  static Map<String, List<String>> map(String... kv) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.computeIfAbsent(kv[i], k -> new ArrayList<>()).add(kv[i + 1]);
    }
    return m;
  }

  static QueryParams events(String... kv) {
    return QueryParams.of(map(kv), QueryParams.EVENT_FILTERS, "limit", "cursor");
  }

  /** The refusal of a parse: names the parameter, and the message says what would work. */
  static InvalidInput refused(String parameter, Runnable parse) {
    InvalidInput e = assertThrows(InvalidInput.class, parse::run);
    assertEquals(parameter, e.parameter(), e.getMessage());
    return e;
  }

  @Test
  void events_everyFilterTyped() {
    EventQuery q = events("from", "2020-01-02", "to", "2020-01-31", "type", "assault,Protest", "type", "AID",
        "quad", "4", "actor_country", "syr", "actor_sector", "MIL", "actor", " army ", "recipient_country", "TUR",
        "recipient_sector", "gov", "recipient", "Ankara", "place", "Idlib", "bbox", "35.5, 35, 37.5,37", "story", "s1",
        "q", "\"air strike\"", "doc_id", "d1", "status", "Occurred", "min_dead", "3").events();
    assertEquals(LocalDate.of(2020, 1, 2), q.from());
    assertEquals(LocalDate.of(2020, 1, 31), q.to());
    assertEquals(List.of("ASSAULT", "PROTEST", "AID"), q.types());
    assertEquals(List.of(4), q.quads());
    assertEquals(List.of("SYR"), q.actorCountries());
    assertEquals(List.of("GOV"), q.recipientSectors());
    assertEquals("army", q.actor());
    assertEquals(new EventQuery.Box(35.5, 35, 37.5, 37), q.bbox());
    assertEquals("\"air strike\"", q.q());
    assertEquals(List.of("occurred"), q.statuses());
    assertEquals(3L, q.minDead());
    assertEquals(EventQuery.all(), events().events(), "no parameters: every event");
    assertEquals(EventQuery.all(), events("type", " , ", "place", " ").events(), "blank values are absent");
  }

  @Test
  void unknownParameter_namesItAndWhatIsTaken() {
    InvalidInput e = refused("tpye", () -> events("tpye", "ASSAULT"));
    assertTrue(e.getMessage().contains("unknown parameter 'tpye'") && e.getMessage().contains("type"), e.getMessage());
    InvalidInput none = refused("limit", () -> QueryParams.of(map("limit", "1")));
    assertTrue(none.getMessage().endsWith("this endpoint takes none"), none.getMessage());
  }

  @Test
  void badValues_areRefusedNamingTheParameterAndTheFix() {
    assertTrue(refused("type", () -> events("type", "BOMBING").events()).getMessage().contains("ASSAULT"));
    assertTrue(refused("quad", () -> events("quad", "5").events()).getMessage()
        .contains("1 (verbal cooperation), 2 (material cooperation), 3 (verbal conflict) or 4 (material conflict)"));
    assertTrue(refused("status", () -> events("status", "rumoured").events()).getMessage().contains("occurred"));
    assertTrue(refused("from", () -> events("from", "2020-13-01").events()).getMessage().contains("calendar"));
    assertTrue(refused("to", () -> events("to", "1 May").events()).getMessage().contains("YYYY-MM-DD"));
    assertTrue(refused("from", () -> events("from", "2020-02-01", "to", "2020-01-01").events()).getMessage()
        .contains("swap"));
    assertTrue(refused("bbox", () -> events("bbox", "1,2,3").events()).getMessage().contains("four numbers"));
    refused("bbox", () -> events("bbox", "1,x,3,4").events());
    refused("bbox", () -> events("bbox", "NaN,1,2,3").events());
    refused("bbox", () -> events("bbox", "0,50,10,40").events());
    refused("bbox", () -> events("bbox", "0,0,190,10").events());
    refused("min_dead", () -> events("min_dead", "many").events());
    refused("min_dead", () -> events("min_dead", "-1").events());
    refused("min_dead", () -> events("min_dead", "99999999999999999999").events());
    refused("actor_country", () -> events("actor_country", "S1").events());
    refused("place", () -> events("place", "a", "place", "b").events());
    refused("actor", () -> events("actor", "x".repeat(QueryParams.MAX_TEXT + 1)).events());
    refused("recipient", () -> events("recipient", "line\nbreak").events());
    refused("q", () -> events("q", "w ".repeat(QueryParams.MAX_QUERY)).events());
    refused("type", () -> events("type", "AID,".repeat(101)).events());
  }

  @Test
  void errors_echoAtMostAHundredCharactersOfAValue() {
    InvalidInput e = refused("type", () -> events("type", "Z".repeat(5_000)).events());
    assertTrue(e.getMessage().length() < 400, e.getMessage().length() + " characters");
  }

  @Test
  void pages_limitsAndCursors() {
    QueryParams p = events("limit", " 25 ", "cursor", "MjAyMHxh");
    assertEquals(25, p.integer("limit", 100, 1, 1000));
    assertEquals("MjAyMHxh", p.cursor());
    assertEquals(100, events().integer("limit", 100, 1, 1000));
    assertNull(events().cursor());
    assertTrue(refused("limit", () -> events("limit", "0").integer("limit", 100, 1, 1000)).getMessage()
        .contains("1 to 1000"));
    refused("limit", () -> events("limit", "ten").integer("limit", 100, 1, 1000));
    refused("limit", () -> events("limit", "5000000000").integer("limit", 100, 1, 1000));
    assertTrue(refused("cursor", () -> events("cursor", "!!").cursor()).getMessage().contains("next_cursor"));
  }

  @Test
  void quotesCountsSearch_typed() {
    QuoteQuery q = QueryParams.of(map("speaker", "Envoy", "from", "2020-01-01", "q", "respond"),
        "speaker", "doc_id", "from", "to", "q").quotes();
    assertEquals(new QuoteQuery("Envoy", null, LocalDate.of(2020, 1, 1), null, "respond"), q);
    CountQuery c = QueryParams.of(map("kind", "dead,injured", "event", "d#e1"), "kind", "event", "doc_id").counts();
    assertEquals(new CountQuery(List.of("dead", "injured"), null, "d#e1", null, null), c);
    refused("kind", () -> QueryParams.of(map("kind", "DROP TABLE"), "kind").counts());
    QueryParams s = QueryParams.of(map("q", "Saraqib", "kind", "quote"), "q", "kind");
    assertEquals("Saraqib", s.search());
    assertEquals("quote", s.hitKind());
    refused("q", () -> QueryParams.of(map(), "q").search());
    refused("kind", () -> QueryParams.of(map("kind", "story"), "kind").hitKind());
  }
}
