package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.json.Json;
import org.sitrep.store.Fixtures;

class ApiTest {
  @TempDir
  static Path dir;
  static TestServer t;

  @BeforeAll
  static void start() {
    t = new TestServer(dir.resolve("data"), 200, 8,
        new ServerOptions(Fixtures::analyze, null, 2_000));
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  static JsonNode json(HttpResponse<String> r) {
    return Json.read(r.body(), JsonNode.class);
  }

  @Test
  void events_pagesWithCursorUntilTheEnd() throws Exception {
    Set<String> ids = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      HttpResponse<String> r = t.get("/api/events?type=ASSAULT&limit=13" + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, r.statusCode(), r.body());
      assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
      JsonNode page = json(r);
      for (JsonNode e : page.get("items")) {
        assertEquals("ASSAULT", e.get("event").asText());
        assertTrue(ids.add(e.get("id").asText()));
      }
      cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
      pages++;
    } while (cursor != null);
    JsonNode summary = json(t.get("/api/events/summary?type=ASSAULT"));
    assertEquals(summary.get("events").asInt(), ids.size());
    assertTrue(pages > 1);
  }

  @Test
  void errors_areJsonNamingTheParameter() throws Exception {
    HttpResponse<String> r = t.get("/api/events?type=BOMB");
    assertEquals(400, r.statusCode());
    assertEquals("type", json(r).get("error").get("parameter").asText());
    assertTrue(json(r).get("error").get("message").asText().contains("PLOVER"));
    HttpResponse<String> unknown = t.get("/api/events?tpye=ASSAULT");
    assertEquals(400, unknown.statusCode());
    assertTrue(json(unknown).get("error").get("message").asText().contains("unknown parameter 'tpye'"));
    HttpResponse<String> nf = t.get("/api/stories/none");
    assertEquals(404, nf.statusCode());
    assertNotNull(json(nf).get("error").get("message"));
    HttpResponse<String> noRoute = t.get("/api/nothing");
    assertEquals(404, noRoute.statusCode());
    assertTrue(json(noRoute).get("error").get("message").asText().contains("openapi"));
    assertEquals(400, t.get("/api/events?limit=0").statusCode());
    assertEquals(400, t.get("/api/export/events.kml").statusCode());
  }

  @Test
  void injection_isAPlainValue() throws Exception {
    HttpResponse<String> r = t.get("/api/events?actor=%27%29%3B%20DROP%20TABLE%20events%3B%20--");
    assertEquals(200, r.statusCode());
    assertEquals(0, json(r).get("count").asInt());
    assertTrue(json(t.get("/api/stats")).get("rows").get("events").asLong() > 0);
  }

  @Test
  void stories_listAndDetail() throws Exception {
    JsonNode list = json(t.get("/api/stories"));
    assertEquals(8, list.size());
    JsonNode s = json(t.get("/api/stories/s1"));
    assertEquals(200 / 8, s.get("sources").size());
    assertEquals("size.dead", s.get("disagreements").get(0).get("field").asText());
    JsonNode events = json(t.get("/api/events?story=s1&limit=1000")).get("items");
    assertFalse(events.isEmpty());
  }

  @Test
  void article_quotes_counts_search() throws Exception {
    JsonNode a = json(t.get("/api/articles/syn-00012"));
    assertEquals("syn-00012", a.get("doc_id").asText());
    assertTrue(a.get("text").asText().startsWith("Report 12."));
    assertEquals(404, t.get("/api/articles/nope").statusCode());
    JsonNode q = json(t.get("/api/quotes?speaker=Envoy%20Delta&limit=1000"));
    assertEquals(50, q.get("count").asInt());
    JsonNode speakers = json(t.get("/api/quotes/speakers"));
    assertEquals(4, speakers.size());
    JsonNode c = json(t.get("/api/counts?kind=dead&limit=5"));
    assertEquals(5, c.get("count").asInt());
    assertEquals("dead", c.get("items").get(0).get("kind").asText());
    JsonNode hits = json(t.get("/api/search?q=Saraqib&kind=article&limit=3"));
    assertEquals(3, hits.size());
    assertEquals(400, t.get("/api/search").statusCode());
  }

  @Test
  void timeline_network_summaryAgree() throws Exception {
    long sum = 0;
    for (JsonNode d : json(t.get("/api/events/timeline?actor_country=TUR"))) {
      sum += d.get("n").asLong();
    }
    assertEquals(json(t.get("/api/events/summary?actor_country=TUR")).get("events").asLong(), sum);
    JsonNode net = json(t.get("/api/network?limit=5"));
    assertEquals(5, net.size());
  }

  @Test
  void stories_byEventMentionOrArticle_findTheIncident_andTheStoryShowsQuotes() throws Exception {
    // 200 articles in 8 stories: story k holds the articles with i % 8 == k (an alert names one by a mention)
    JsonNode byEvent = json(t.get("/api/stories?event=syn-00010%23e1"));
    assertEquals(1, byEvent.size());
    assertEquals("s2", byEvent.get(0).get("story_id").asText());
    assertTrue(byEvent.get(0).has("storyline") && byEvent.get(0).has("follows"));
    assertEquals("s3", json(t.get("/api/stories?doc_id=syn-00011")).get(0).get("story_id").asText());
    assertEquals(0, json(t.get("/api/stories?event=nothing%23e1")).size());
    JsonNode story = json(t.get("/api/stories/s2"));
    JsonNode quote = story.get("sources").get(0).get("quotes").get(0);
    assertTrue(quote.get("text").asText().startsWith("We will respond to number"), quote.toString());
    assertEquals(400, t.get("/api/stories?evnt=x").statusCode());
  }

  @Test
  void exports_streamEveryMatchingEvent() throws Exception {
    long n = json(t.get("/api/events/summary?place=Idlib")).get("events").asLong();
    HttpResponse<String> jsonl = t.get("/api/export/events.jsonl?place=Idlib");
    assertEquals(n, jsonl.body().lines().count());
    HttpResponse<String> csv = t.get("/api/export/events.csv?place=Idlib");
    assertTrue(csv.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
    assertEquals(n + 1, csv.body().lines().count());
    JsonNode geo = json(t.get("/api/export/events.geojson?place=Idlib"));
    assertEquals(n, geo.get("features").size());
    HttpResponse<String> tsv = t.get("/api/export/events.tsv?place=Idlib");
    assertTrue(tsv.body().startsWith("GlobalEventID\tDay\t"));
    HttpResponse<byte[]> pq = t.getBytes("/api/export/events.parquet?place=Idlib");
    assertEquals("PAR1", new String(pq.body(), 0, 4, StandardCharsets.US_ASCII));
    // no cap: all events of the store in one export
    long all = json(t.get("/api/stats")).get("rows").get("events").asLong();
    assertEquals(all, t.get("/api/export/events.jsonl").body().lines().count());
  }

  @Test
  void post_article_analysesStoresAndIsIdempotent() throws Exception {
    String body = "{\"id\": \"syn-09001\", \"text\": \"Posted text about Aleppo.\", \"date\": \"2020-02-10\","
        + " \"source\": \"Poster\"}";
    HttpResponse<String> r = t.post("/api/articles", body);
    assertEquals(201, r.statusCode(), r.body());
    assertEquals("added", json(r).get("status").asText());
    assertEquals(200, t.get("/api/articles/syn-09001").statusCode());
    HttpResponse<String> again = t.post("/api/articles", body);
    assertEquals("unchanged", json(again).get("status").asText());
    assertEquals(400, t.post("/api/articles", "{not json").statusCode());
    assertEquals(400, t.post("/api/articles", "{\"id\": \"x\"}").statusCode());
    HttpResponse<String> big = t.post("/api/articles", "{\"text\": \"" + "a".repeat(5_000) + "\"}");
    assertEquals(413, big.statusCode());
    assertTrue(json(big).get("error").get("message").asText().contains("limit"));
  }

  @Test
  void cache_servesRepeatsUntilTheStoreChanges() throws Exception {
    String q = "/api/events/summary?place=Moscow";
    HttpResponse<String> a = t.get(q);
    HttpResponse<String> b = t.get(q);
    assertTrue(a.headers().firstValue("X-Sitrep-Cache").isEmpty());
    assertEquals("hit", b.headers().firstValue("X-Sitrep-Cache").orElse(""));
    assertEquals(a.body(), b.body());
    long before = json(b).get("events").asLong();
    // syn-00006 is at Moscow (place index 6): a new article there must show at once
    t.post("/api/articles", Json.line(java.util.Map.of("id", "syn-00014", "text", "Report 14 revised.",
        "date", "2020-01-15")));
    HttpResponse<String> c = t.get(q);
    assertTrue(c.headers().firstValue("X-Sitrep-Cache").isEmpty(), "a write invalidates the cache");
    assertTrue(json(c).get("events").asLong() >= before);
  }

  @Test
  void openapi_documentsEveryRoute() throws Exception {
    JsonNode spec = json(t.get("/api/openapi.json"));
    assertEquals("3.1.0", spec.get("openapi").asText());
    for (String route : SitrepServer.ROUTES) {
      String[] mp = route.split(" ");
      JsonNode path = spec.get("paths").get(mp[1]);
      assertNotNull(path, "OpenAPI lacks " + mp[1]);
      assertNotNull(path.get(mp[0].toLowerCase(java.util.Locale.ROOT)), "OpenAPI lacks " + route);
    }
    for (String p : QueryParams.EVENT_FILTERS) {
      assertNotNull(spec.get("components").get("parameters").get(p), "OpenAPI lacks filter " + p);
    }
  }

  @Test
  void dashboard_andItsLibrariesAreServedFromTheJar() throws Exception {
    HttpResponse<String> index = t.get("/");
    assertEquals(200, index.statusCode());
    assertTrue(index.body().contains("id=\"timeline\""));
    assertFalse(index.body().contains("//cdn"), "no CDN");
    assertEquals(200, t.get("/app.js").statusCode());
    assertEquals(200, t.get("/vendor/d3.min.js").statusCode());
    assertEquals(200, t.get("/vendor/topojson-client.min.js").statusCode());
    JsonNode world = json(t.get("/vendor/countries-50m.json"));
    assertEquals("Topology", world.get("type").asText());
  }
}
