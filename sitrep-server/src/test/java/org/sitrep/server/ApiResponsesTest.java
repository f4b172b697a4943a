package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.Disagreement;
import org.sitrep.core.model.StoryEvent;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.store.Fixtures;

/**
 * The API's responses stay what they were: every read endpoint (and the error answers) on a small synthetic
 * store, compared byte for byte (after masking the ingest time) with {@code api-responses.json}, recorded from
 * the server before its store returned typed rows. A refactoring that changes a field's name, order, type or
 * presence fails here. {@code -Dsitrep.recordResponses=true} rewrites the file (only when a change is meant).
 */
class ApiResponsesTest {
  static final String FILE = "api-responses.json";
  /** The requests compared: each read endpoint with filters, pages, errors and exports. */
  static final List<String> PATHS = List.of("/api/health", "/api/stats", "/api/events?limit=4",
      "/api/events?type=ASSAULT&actor_country=SYR&limit=3", "/api/events?q=Saraqib&limit=2",
      "/api/events?from=2020-01-03&to=2020-01-04&status=occurred&limit=3",
      "/api/events?limit=2&cursor=MjAyMC0wMS0yMHxzeW4tMDAwMTkjZTE", "/api/events?bbox=35,35,38,37&min_dead=10&limit=2",
      "/api/events?story=s1&limit=2", "/api/events?q=nothingmatchesthis", "/api/events/timeline?to=2020-01-04",
      "/api/events/summary", "/api/events/summary?place=Idlib", "/api/events/summary?from=2030-01-01",
      "/api/network?limit=4", "/api/network?type=ASSAULT&limit=2", "/api/places?limit=4",
      "/api/places?from=2020-01-05&to=2020-01-06", "/api/stories?limit=3", "/api/stories?limit=2&offset=3",
      "/api/stories?doc_id=syn-00005", "/api/stories?event=syn-00001%23e1", "/api/stories/s1", "/api/stories/agreed", "/api/stories/none", "/api/articles?limit=3",
      "/api/articles?limit=2&offset=5", "/api/articles/syn-00007", "/api/articles/none", "/api/quotes?limit=3",
      "/api/quotes?speaker=General%20Beta&limit=2", "/api/quotes?q=respond&from=2020-01-02&limit=2",
      "/api/quotes/speakers", "/api/quotes/speakers?from=2020-01-10&limit=2", "/api/counts?kind=dead&limit=3",
      "/api/counts?doc_id=syn-00005", "/api/counts?event=syn-00004%23e1&from=2020-01-01&to=2020-03-01",
      "/api/search?q=Saraqib&limit=3", "/api/search?q=respond&kind=quote&limit=2", "/api/search?q=report",
      "/api/events?type=BOMB", "/api/events?tpye=ASSAULT", "/api/events?limit=0", "/api/events?limit=x",
      "/api/events?cursor=%21%21", "/api/events?from=2020-02-01&to=2020-01-01", "/api/events?bbox=1,2,3",
      "/api/events?quad=5", "/api/events?status=maybe", "/api/events?min_dead=many", "/api/events?actor_country=S1",
      "/api/events?from=2020-02-30", "/api/events?place=a&place=b", "/api/events?q=%2F%5B%2F", "/api/search",
      "/api/search?q=a&kind=story", "/api/quotes?from=yesterday", "/api/stories?offset=-1",
      "/api/places?type=ASSAULT", "/api/export/events.jsonl?place=Idlib", "/api/export/events.csv?type=PROTEST",
      "/api/export/events.geojson?place=Hatay", "/api/export/events.tsv?type=AID", "/api/export/events.kml");

  @TempDir
  static Path dir;
  static TestServer t;

  @BeforeAll
  static void start() {
    t = new TestServer(dir.resolve("data"), 40, 4, new ServerOptions(Fixtures::analyze, null, 2_000).withCache(0));
    List<StoryRecord> stories = new ArrayList<>(Fixtures.stories(40, 4));
    // a story with agreements, story-wide and on an event, and an independent source count
    Disagreement sameDead = new Disagreement("size.dead", "agreement", List.of(
        new Disagreement.Value("syn-00001#e1", "Daily Two", "at least 1", 1)), "both say one");
    Disagreement samePlace = new Disagreement("location", "agreement", List.of(
        new Disagreement.Value("syn-00002#e1", "Radio Three", "Damascus", "Damascus", "a witness", "syn-00002")), null);
    StoryEvent ev = new StoryEvent("agreed#x1", "ASSAULT", "2020-01-02", List.of(), List.of(), null,
        List.of("syn-00001#e1", "syn-00002#e1"), List.of("Daily Two", "Radio Three"), List.of(), "occurred", Map.of(),
        List.of(samePlace));
    stories.add(new StoryRecord("agreed", "A story the sources agree on", List.of("syn-00001", "syn-00002"),
        List.of(ev), List.of(), List.of(sameDead), List.of("Daily Two", "Radio Three"), 2, "2020-01-02", "2020-01-03",
        null, null, List.of(), List.of()));
    t.store.replaceStories(stories);
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  /** Status and body of each request; JSON bodies with the ingest time masked (it differs on every run). */
  static Map<String, String> responses() throws IOException, InterruptedException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String path : PATHS) {
      HttpResponse<String> r = t.get(path);
      String type = r.headers().firstValue("content-type").orElse("");
      String body = r.body();
      if (type.startsWith("application/json") && !path.contains("/export/")) {
        JsonNode n = Json.read(body, JsonNode.class);
        if (n instanceof ObjectNode o && o.has("ingested_at")) {
          o.put("ingested_at", "(masked)");
        }
        body = n.toString();
      }
      out.put(path, r.statusCode() + " " + type + "\n" + body);
    }
    return out;
  }

  @Test
  void responses_areThoseRecordedBefore() throws Exception {
    Map<String, String> now = responses();
    if (Boolean.getBoolean("sitrep.recordResponses")) {
      Path file = Path.of("src/test/resources", FILE);
      Files.createDirectories(file.getParent());
      Files.writeString(file, Json.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(now) + "\n");
      return;
    }
    Map<String, String> before;
    try (InputStream in = ApiResponsesTest.class.getResourceAsStream("/" + FILE)) {
      if (in == null) {
        fail(FILE + " is missing from sitrep-server/src/test/resources; record it with"
            + " -Dsitrep.recordResponses=true on a version whose responses are right");
        return;
      }
      before = Json.mapper().readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          new TypeReference<LinkedHashMap<String, String>>() { });
    }
    assertEquals(before.keySet(), now.keySet(), "the recorded requests are the test's");
    for (String path : PATHS) {
      assertEquals(before.get(path), now.get(path), "GET " + path + " answers as before");
    }
    assertTrue(now.get("/api/stories/agreed").contains("\"story_event_id\":\"agreed#x1\""), "the fixture has agreements");
  }
}
