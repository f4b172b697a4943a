package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.json.Json;
import org.sitrep.store.Fixtures;
import org.sitrep.store.SitrepStore;
import org.sitrep.watch.IncidentLinker;
import org.sitrep.watch.StoreGateway;
import org.sitrep.watch.WatchConfig;
import org.sitrep.watch.Watcher;

/**
 * {@code sitrep serve --watch} end to end, without CoreNLP (the store's stub analyser): an article dropped into the
 * watched folder is stored, its alert is at /api/alerts and arrives on the server's event stream, the dashboard's
 * JSON is not served stale from the response cache, and closing the server stops the desk with its journal on disk.
 */
class LiveDeskTest {
  static final long TIMEOUT_MS = 60_000;

  static String line(int i) {
    var a = Fixtures.article(i);
    var o = Json.mapper().createObjectNode();
    o.put("id", a.docId()).put("text", a.text()).put("date", a.published()).put("source", a.source())
        .put("url", a.url()).put("title", a.title());
    return o.toString() + "\n";
  }

  @Test
  void droppedArticle_isStored_andItsAlertReachesTheApiAndTheStream(@TempDir Path dir) throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    WatchConfig cfg = WatchConfig.parse("{\"folders\": [{\"path\": \"inbox\", \"interval\": \"200ms\", \"settle\":"
        + " \"100ms\"}], \"link\": {\"store_stories_every\": \"1s\"}, \"alerts\": {\"rules\": [{\"name\": \"any-new\","
        + " \"on\": \"new_incident\"}]}}", "desk.json", dir);
    AtomicInteger analysed = new AtomicInteger();
    AtomicInteger passes = new AtomicInteger();
    Path data = dir.resolve("data");
    java.util.concurrent.atomic.AtomicReference<LiveDesk> desk = new java.util.concurrent.atomic.AtomicReference<>();
    try (TestServer t = new TestServer(data, 0, 0, ServerOptions.readOnly(), store -> {
      desk.set(new LiveDesk(new Watcher(cfg, new StoreGateway(store), IncidentLinker.standard(), a -> {
        analysed.incrementAndGet();
        return Fixtures.analyze(a);
      }, 1, Clock.systemUTC(), m -> { }), p -> passes.incrementAndGet(), m -> { }));
      return desk.get();
    })) {
      assertTrue(desk.get().running(), "the desk runs once the server listens");
      // nothing yet: the feed is empty, the stream is open
      JsonNode none = Json.mapper().readTree(t.get("/api/alerts").body());
      assertEquals(0, none.get("alerts").size());
      assertEquals(200, t.get("/api/events/summary").statusCode());
      assertEquals(0, Json.mapper().readTree(t.get("/api/events/summary").body()).get("events").asInt());
      BlockingQueue<String> streamed = new LinkedBlockingQueue<>();
      Thread reader = stream(t, streamed);

      Files.writeString(inbox.resolve("wire.jsonl.part"), line(7));
      Files.move(inbox.resolve("wire.jsonl.part"), inbox.resolve("wire.jsonl"));
      JsonNode alerts = waitForAlerts(t, 1);
      JsonNode a = alerts.get(0);
      assertEquals("new_incident", a.get("kind").asText());
      assertEquals("any-new", a.get("rule").asText());
      assertTrue(a.get("reported_by").toString().contains("syn-00007"), a.toString());
      assertNotNull(t.store.article("syn-00007"), "the dropped article is stored");
      // the server's cached summary from before is not served: the store changed
      assertTrue(Json.mapper().readTree(t.get("/api/events/summary").body()).get("events").asInt() > 0);
      // the same alert on the event stream
      String event = streamed.poll(TIMEOUT_MS, TimeUnit.MILLISECONDS);
      assertNotNull(event, "no alert on /api/alerts/stream");
      assertEquals(a.get("id").asText(), Json.mapper().readTree(event).get("id").asText());
      // the Atom feed has it too
      HttpResponse<String> atom = t.get("/api/alerts.atom");
      assertEquals(200, atom.statusCode());
      assertTrue(atom.body().contains(a.get("id").asText()) || atom.body().contains("syn-00007"), atom.body());
      // the stories the dashboard shows are relinked (store_stories_every 1s)
      long until = System.currentTimeMillis() + TIMEOUT_MS;
      while (t.store.rowCounts().get("stories") == 0 && System.currentTimeMillis() < until) {
        Thread.sleep(200);
      }
      assertTrue(t.store.rowCounts().get("stories") > 0, "the store's stories were relinked");
      reader.interrupt();
      // the same article dropped again under another name: stored once, analysed once, no second alert
      Files.writeString(inbox.resolve("again.jsonl"), line(7));
      int before = passes.get();
      until = System.currentTimeMillis() + TIMEOUT_MS;
      while (passes.get() < before + 3 && System.currentTimeMillis() < until) {
        Thread.sleep(100);
      }
      assertEquals(1, analysed.get());
      assertEquals(alerts.size(), Json.mapper().readTree(t.get("/api/alerts").body()).get("alerts").size());
      // bad input is a 400 that says what is wrong (not the server's generic refusal)
      HttpResponse<String> bad = t.get("/api/alerts?since=-1");
      assertEquals(400, bad.statusCode());
      assertTrue(bad.body().contains("since"), bad.body());
    }
    // closed: the desk's thread has ended, the journal is on disk and complete, the desk's state saved
    assertFalse(desk.get().running(), "the desk stopped with the server");
    List<String> journal = Files.readAllLines(data.resolve("watch").resolve("alerts.jsonl"));
    assertFalse(journal.isEmpty());
    assertTrue(journal.get(0).contains("syn-00007"));
    assertTrue(Files.exists(data.resolve("watch").resolve("state.json")));
    // and the store can be opened again (the server and the desk let go of it)
    try (SitrepStore again = SitrepStore.open(data)) {
      assertNotNull(again.article("syn-00007"));
    }
  }

  @Test
  void firstStartOverAFilledStore_alertsOnlyForWhatArrives(@TempDir Path dir) throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    WatchConfig cfg = WatchConfig.parse("{\"folders\": [{\"path\": \"inbox\", \"interval\": \"200ms\", \"settle\":"
        + " \"100ms\"}], \"alerts\": {\"rules\": [{\"name\": \"any-new\", \"on\": \"new_incident\"}]}}", "desk.json", dir);
    AtomicInteger passes = new AtomicInteger();
    // five articles the server ingested before the desk ever ran
    try (TestServer t = new TestServer(dir.resolve("data"), 5, 0, ServerOptions.readOnly(), store -> new LiveDesk(
        new Watcher(cfg, new StoreGateway(store), IncidentLinker.standard(), Fixtures::analyze, 1, Clock.systemUTC(),
            m -> { }), p -> passes.incrementAndGet(), m -> { }))) {
      long until = System.currentTimeMillis() + TIMEOUT_MS;
      while (passes.get() < 3 && System.currentTimeMillis() < until) {
        Thread.sleep(100);
      }
      assertEquals(0, Json.mapper().readTree(t.get("/api/alerts").body()).get("alerts").size(),
          "no alert for what was stored before the desk started");
      Files.writeString(inbox.resolve("new.jsonl"), line(7));
      JsonNode alerts = waitForAlerts(t, 1);
      for (JsonNode a : alerts) {
        assertTrue(a.get("reported_by").toString().contains("syn-00007"), "an alert for the arrival only: " + a);
      }
    }
  }

  @Test
  void serverWithoutDesk_answersAlertsWith404SayingHowToGetThem(@TempDir Path dir) throws Exception {
    try (TestServer t = new TestServer(dir.resolve("data"), 3, 1, ServerOptions.readOnly())) {
      HttpResponse<String> r = t.get("/api/alerts");
      assertEquals(404, r.statusCode());
      assertTrue(r.body().contains("--watch"), r.body());
      assertEquals(404, t.get("/api/alerts.atom").statusCode());
    }
  }

  static JsonNode waitForAlerts(TestServer t, int n) throws Exception {
    long until = System.currentTimeMillis() + TIMEOUT_MS;
    while (System.currentTimeMillis() < until) {
      JsonNode alerts = Json.mapper().readTree(t.get("/api/alerts").body()).get("alerts");
      if (alerts.size() >= n) {
        return alerts;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no alert at /api/alerts within " + TIMEOUT_MS + " ms");
  }

  /** Reads the server's event stream on a thread of its own, handing on the data of each alert event. */
  static Thread stream(TestServer t, BlockingQueue<String> out) throws Exception {
    java.net.HttpURLConnection c = (java.net.HttpURLConnection) java.net.URI.create(t.base + "/api/alerts/stream")
        .toURL().openConnection();
    c.setRequestProperty("Accept", "text/event-stream");
    assertEquals(200, c.getResponseCode());
    Thread th = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8))) {
        String l;
        boolean alert = false;
        while ((l = r.readLine()) != null) {
          if (l.equals("event: alert")) {
            alert = true;
          } else if (alert && l.startsWith("data:")) {
            out.add(l.substring(5).trim());
            alert = false;
          }
        }
      } catch (java.io.IOException e) {
        // closed
      } finally {
        c.disconnect();
      }
    }, "test-sse");
    th.setDaemon(true);
    th.start();
    return th;
  }
}
