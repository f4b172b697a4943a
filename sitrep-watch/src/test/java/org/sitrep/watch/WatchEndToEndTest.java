package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.json.Json;
import org.sitrep.store.SitrepStore;
import org.w3c.dom.Document;

/**
 * The desk end to end, without the internet: a local feed publishes reports over time, a second outlet's report
 * is dropped into a folder; alerts arrive by server-sent events, Atom and a signed webhook (which fails once and
 * gets the alert on a retry): one for the new incident, one for its revised toll.
 */
class WatchEndToEndTest {
  static final String SECRET = "test-secret-0123456789";
  static final long TIMEOUT_S = 60;

  /** A webhook receiver that checks signatures; its first answer is a 503, to make the sender retry. */
  static final class Receiver implements AutoCloseable {
    final HttpServer server;
    final List<JsonNode> received = new CopyOnWriteArrayList<>();
    final AtomicInteger attempts = new AtomicInteger();
    final AtomicInteger badSignatures = new AtomicInteger();

    Receiver() throws Exception {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
      server.createContext("/hook", ex -> {
        try (ex) {
          byte[] body = ex.getRequestBody().readAllBytes();
          String sig = ex.getRequestHeaders().getFirst("X-Sitrep-Signature");
          if (!("sha256=" + WebhookSender.sign(SECRET, body)).equals(sig)) {
            badSignatures.incrementAndGet();
          }
          if (attempts.incrementAndGet() == 1) {
            ex.sendResponseHeaders(503, -1);
            return;
          }
          JsonNode a = Json.mapper().readTree(body);
          if (!a.get("id").asText().equals(ex.getRequestHeaders().getFirst("X-Sitrep-Alert-Id"))) {
            badSignatures.incrementAndGet();
          }
          received.add(a);
          ex.sendResponseHeaders(204, -1);
        }
      });
      server.start();
    }

    URI url() {
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  static JsonNode next(BlockingQueue<JsonNode> q, String kind) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
    while (System.nanoTime() < end) {
      JsonNode a = q.poll(1, TimeUnit.SECONDS);
      if (a != null && a.get("kind").asText().equals(kind)) {
        return a;
      }
    }
    throw new AssertionError("no " + kind + " alert within " + TIMEOUT_S + " s");
  }

  @Test
  void watch_feedAndFolder_alertsForNewIncidentAndRevisedToll(@TempDir Path dir) throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    try (FeedServer feed = new FeedServer(); Receiver hook = new Receiver();
         SitrepStore store = SitrepStore.open(dir.resolve("data"))) {
      feed.publish("s1", "Eight soldiers killed in Saraqib", "Mon, 03 Feb 2020 09:00:00 GMT",
          FakeNews.text("ASSAULT", "SYR", "TUR", "Saraqib", 8), 0);
      feed.publish("k1", "Shelling in Kharkiv", "Mon, 03 Feb 2020 09:30:00 GMT",
          FakeNews.text("ASSAULT", "RUS", "UKR", "Kharkiv", 3), 1500);
      String config = """
          {"folders": [{"path": "%s", "interval": "200ms", "settle": "100ms"}],
           "feeds": [{"name": "wire", "url": "%s", "interval": "200ms"}],
           "alerts": {"rules": [{"name": "any-new", "on": "new_incident"},
                                {"name": "big-syria", "on": "new_incident", "countries": ["SYR"], "min_size": {"dead": 10}},
                                {"name": "tolls", "on": "revised_toll"}],
                      "webhooks": [{"url": "%s", "secret": "%s", "retries": 3}]}}
          """.formatted(inbox, feed.url(), hook.url(), SECRET);
      WatchConfig cfg = WatchConfig.parse(config, "test.json", dir);
      List<String> log = new CopyOnWriteArrayList<>();
      AtomicBoolean stop = new AtomicBoolean();
      try (Watcher w = new Watcher(cfg, new StoreGateway(store), IncidentLinker.standard(), FakeNews::analyze, 2,
          Clock.systemUTC(), log::add).startWebhooks();
           AlertRoutes routes = new AlertRoutes(w.journal(), 8)) {
        Javalin app = Javalin.create(c -> c.showJavalinBanner = false);
        routes.mount(app);
        app.start("127.0.0.1", 0);
        String base = "http://127.0.0.1:" + app.port();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        BlockingQueue<JsonNode> sse = new LinkedBlockingQueue<>();
        List<String> raw = new CopyOnWriteArrayList<>();
        http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/alerts/stream?since=0"))
            .header("Accept", "text/event-stream").build(),
            HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(line -> {
              raw.add(line);
              if (line.startsWith("data:")) {
                sse.add(Json.mapper().valueToTree(Json.read(line.substring(5).strip(), Alert.class)));
              }
            }));
        List<Throwable> crashed = new CopyOnWriteArrayList<>();
        Thread desk = new Thread(() -> {
          try {
            w.run(stop::get, p -> { });
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (RuntimeException | Error e) {
            crashed.add(e);
            throw e;
          }
        }, "desk");
        desk.start();
        try {
          JsonNode created = next(sse, "new_incident");
          assertEquals("any-new", created.get("rule").asText());
          assertEquals("ASSAULT", created.get("event").asText());
          assertEquals("Saraqib", created.get("place").asText());
          assertEquals("Test Wire", created.get("sources").get(0).get("source").asText());
          assertTrue(created.get("summary").asText().startsWith("new incident: ASSAULT in Saraqib on 2020-02-03, 8 dead"),
              created.get("summary").asText());
          String incident = created.get("incident").asText();

          // a second outlet reports the same shelling with a higher toll: a file dropped into the folder
          Path tmp = inbox.resolve("daily-b.jsonl.part");
          Files.writeString(tmp, FakeNews.jsonl("b1", "Daily B", "2020-02-03", "Twelve killed in Saraqib shelling",
              FakeNews.text("ASSAULT", "SYR", "TUR", "Saraqib", 12)) + "\n");
          Files.move(tmp, inbox.resolve("daily-b.jsonl"));
          JsonNode toll = next(sse, "revised_toll");
          assertEquals(incident, toll.get("incident").asText(), "the same incident, by its key");
          assertEquals("size.dead", toll.get("field").asText());
          assertEquals("8", toll.get("before").asText());
          assertEquals("8-12", toll.get("after").asText());
          assertEquals("[\"b1\"]", toll.get("reported_by").toString());
          assertEquals(List.of("Daily B", "Test Wire"), List.of(toll.get("sources").get(0).get("source").asText(),
              toll.get("sources").get(1).get("source").asText()).stream().sorted().toList());

          // the feed's second item is published 1.5 s in: wait for it (a fast machine gets here sooner) and its alert
          long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
          while ((store.rowCounts().get("articles") < 3 || w.journal().lastSeq() < 4) && System.nanoTime() < until) {
            Thread.sleep(100);
          }
          // the webhook got every journaled alert, signed, after one refused attempt
          long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
          while (hook.received.size() < w.journal().lastSeq() && System.nanoTime() < end) {
            Thread.sleep(100);
          }
          List<String> journaled = w.journal().since(0, 100).stream().map(Alert::id).toList();
          assertEquals(journaled, hook.received.stream().map(a -> a.get("id").asText()).toList());
          assertTrue(journaled.size() >= 4, "new incidents (Saraqib, Kharkiv), the size rule, the toll: " + journaled);
          assertEquals(0, hook.badSignatures.get());
          assertTrue(hook.attempts.get() > hook.received.size(), "the refused attempt was retried");

          // the Atom feed holds the same alerts, well-formed
          HttpResponse<byte[]> atom = http.send(HttpRequest.newBuilder(URI.create(base + "/api/alerts.atom")).build(),
              HttpResponse.BodyHandlers.ofByteArray());
          assertEquals(200, atom.statusCode());
          assertTrue(atom.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
          Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
              .parse(new ByteArrayInputStream(atom.body()));
          assertEquals(journaled.size(), doc.getElementsByTagName("entry").getLength());
          assertTrue(new String(atom.body(), StandardCharsets.UTF_8).contains("dead revised: 8 -&gt; 8-12"));

          HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(base + "/api/alerts?since=x")).build(),
              HttpResponse.BodyHandlers.ofString());
          assertEquals(400, bad.statusCode());
          assertTrue(bad.body().contains("since must be a whole number"), bad.body());
          HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(base + "/api/alerts/stream")).build(),
              HttpResponse.BodyHandlers.ofString());
          assertEquals(406, plain.statusCode(), "a stream needs Accept: text/event-stream");
          assertEquals(3L, store.rowCounts().get("articles"));
          assertNotNull(w.journal().latest(1).get(0).raised());
        } catch (AssertionError e) {
          throw new AssertionError(e.getMessage() + "; stream: " + raw + "; desk log: " + log + "; crashed: " + crashed + "; journal: "
              + w.journal().since(0, 100), e);
        } finally {
          stop.set(true);
          desk.join(30_000);
          app.stop();
        }
      }
    }
  }
}
