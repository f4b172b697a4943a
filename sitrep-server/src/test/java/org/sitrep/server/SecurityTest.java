package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.json.Json;
import org.sitrep.store.Fixtures;

/** The server as an attacker probes it: every check of issue #19 as a request that must be refused. */
class SecurityTest {
  @TempDir
  static Path dir;
  static TestServer t;

  @BeforeAll
  static void start() {
    t = new TestServer(dir.resolve("data"), 60, 4, new ServerOptions(Fixtures::analyze, null, 2_000)
        .withAccess(Access.withToken("test-token-0123456789abcdef").withAllowedHosts(Set.of("sitrep.example.org"))
            .withWritesPerMinute(1_000)));
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  static JsonNode json(HttpResponse<String> r) {
    return Json.read(r.body(), JsonNode.class);
  }

  static String message(HttpResponse<String> r) {
    return json(r).get("error").get("message").asText();
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Raw HTTP/1.1 over a socket: headers the Java client will not send (Host), chunked bodies. */
  static String raw(String request) throws Exception {
    try (Socket s = new Socket("127.0.0.1", t.server.port())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  // ------------------------------------------------------------------ no 500 from user input

  @Test
  void queries_thatMatchNothingOrAreMalformed_are200or400_never500() throws Exception {
    HttpResponse<String> none = t.get("/api/events?q=zzzznotaword");
    assertEquals(200, none.statusCode(), none.body());
    assertEquals(0, json(none).get("count").asInt());
    assertEquals(200, t.get("/api/events/summary?q=zzzznotaword").statusCode());
    assertEquals(200, t.get("/api/quotes?q=zzzznotaword").statusCode());
    for (String bad : List.of("/[/", "/a{1000000}/", "a~999", "*abc", "ab*", "a?", "\"unclosed", "AND", "(((",
        "a* b* c* d* e*", "foo:[a TO", "x".repeat(2_000), "text:/.*/", "abc*~2")) {
      for (String path : List.of("/api/search?q=", "/api/events?q=", "/api/quotes?q=", "/api/export/events.csv?q=")) {
        HttpResponse<String> r = t.get(path + q(bad));
        assertTrue(r.statusCode() == 400 || r.statusCode() == 200, path + bad + " -> " + r.statusCode() + " " + r.body());
        if (r.statusCode() == 400) {
          assertEquals("q", json(r).get("error").get("parameter").asText(), r.body());
        }
      }
    }
    HttpResponse<String> regex = t.get("/api/search?q=" + q("/[/"));
    assertEquals(400, regex.statusCode());
    assertTrue(message(regex).contains("regular expressions"), regex.body());
    assertTrue(message(t.get("/api/search?q=a~999")).contains("at most 2 edits"));
    assertEquals(200, t.get("/api/search?q=" + q("Sara* Aleppo~1")).statusCode());
    assertEquals(400, t.get("/api/events?bbox=NaN,0,1,1").statusCode());
    String badEscape = raw("GET /api/events?q=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertTrue(badEscape.startsWith("HTTP/1.1 200") || badEscape.startsWith("HTTP/1.1 400"), badEscape);
    assertEquals(400, t.get("/api/events?cursor=!!!").statusCode());
    assertEquals(400, t.get("/api/events?from=2020-02-30").statusCode());
  }

  @Test
  void errorBodies_carryNoInternalText() throws Exception {
    for (String path : List.of("/api/events?q=" + q("/[/"), "/api/events?min_dead=1e400", "/api/stories/%27",
        "/api/nothing", "/api/events?cursor=" + q("'; SELECT"))) {
      HttpResponse<String> r = t.get(path);
      assertTrue(r.statusCode() < 500, path + " " + r.body());
      for (String internal : List.of("SQL", "Exception", "duckdb", "org.", "java.", "Binder Error", "at ")) {
        assertFalse(r.body().contains(internal), path + " leaks '" + internal + "': " + r.body());
      }
    }
  }

  // ------------------------------------------------------------------ authenticated writes

  @Test
  void writes_needTheToken_jsonAndASameOrigin() throws Exception {
    String body = "{\"id\": \"syn-09101\", \"text\": \"Text about Aleppo.\", \"date\": \"2020-02-01\"}";
    HttpRequest.Builder noToken = t.request("/api/articles").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = t.send(noToken);
    assertEquals(401, r.statusCode());
    assertTrue(r.headers().firstValue("WWW-Authenticate").isPresent());
    assertEquals(401, t.send(t.request("/api/articles").header("Content-Type", "application/json")
        .header("Authorization", "Bearer wrong-token-0123456789").POST(HttpRequest.BodyPublishers.ofString(body)))
        .statusCode());
    // a form or text/plain post (what another origin can send without a preflight)
    for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data")) {
      assertEquals(415, t.send(t.request("/api/articles").header("Content-Type", type)
          .header("Authorization", "Bearer " + t.token).POST(HttpRequest.BodyPublishers.ofString(body))).statusCode());
    }
    // another origin, even with the token
    HttpResponse<String> cross = t.send(t.request("/api/articles").header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + t.token).header("Origin", "http://evil.example")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(403, cross.statusCode());
    assertEquals(403, t.send(t.request("/api/articles").header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + t.token).header("Sec-Fetch-Site", "cross-site")
        .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode());
    // the dashboard's own origin with the token is fine
    HttpResponse<String> same = t.send(t.request("/api/articles").header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + t.token).header("Origin", t.base)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(201, same.statusCode(), same.body());
    // reads stay open (no --auth-reads)
    assertEquals(200, t.get("/api/articles/syn-09101").statusCode());
  }

  @Test
  void host_mustBeLocalAnIpOrAllowed() throws Exception {
    String evil = raw("GET /api/stats HTTP/1.1\r\nHost: rebind.evil.example:" + t.server.port()
        + "\r\nConnection: close\r\n\r\n");
    assertTrue(evil.startsWith("HTTP/1.1 421"), evil);
    assertTrue(evil.contains("--allowed-host"), evil);
    for (String host : List.of("localhost", "127.0.0.1", "sitrep.example.org", "[::1]")) {
      String ok = raw("GET /api/health HTTP/1.1\r\nHost: " + host + ":" + t.server.port() + "\r\nConnection: close\r\n\r\n");
      assertTrue(ok.startsWith("HTTP/1.1 200"), host + ": " + ok);
    }
    String page = raw("GET / HTTP/1.1\r\nHost: rebind.evil.example\r\nConnection: close\r\n\r\n");
    assertTrue(page.startsWith("HTTP/1.1 421"), "the dashboard too: " + page);
  }

  @Test
  void writeRate_isLimited() throws Exception {
    try (TestServer slow = new TestServer(dir.resolve("rate"), 5, 1, new ServerOptions(Fixtures::analyze, null, 2_000)
        .withAccess(Access.withToken(Access.newToken()).withWritesPerMinute(3)))) {
      int limited = 0;
      for (int i = 0; i < 5; i++) {
        HttpResponse<String> r = slow.post("/api/articles", "{\"id\": \"syn-0920" + i + "\", \"text\": \"Rate " + i + ".\", \"date\": \"2020-02-01\"}");
        if (r.statusCode() == 429) {
          limited++;
          assertTrue(r.headers().firstValue("Retry-After").isPresent());
        }
      }
      assertEquals(2, limited);
    }
  }

  @Test
  void authReads_protectsTheApiButNotHealthOrTheDashboardFiles() throws Exception {
    try (TestServer closed = new TestServer(dir.resolve("closed"), 5, 1, ServerOptions.readOnly()
        .withAccess(Access.withToken(Access.newToken()).withAuthReads(true)))) {
      assertEquals(401, closed.get("/api/events").statusCode());
      assertEquals(200, closed.get("/api/health").statusCode());
      assertEquals(200, closed.get("/").statusCode());
      assertEquals(200, closed.send(closed.request("/api/events").header("Authorization", "Bearer " + closed.token))
          .statusCode());
    }
  }

  // ------------------------------------------------------------------ bodies

  @Test
  void bodies_areLimitedWhileRead_andTakenWholeOrRefused() throws Exception {
    String chunk = "a".repeat(1000);
    StringBuilder req = new StringBuilder("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Authorization: Bearer " + t.token + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
    req.append("a\r\n{\"text\": \"\r\n");
    for (int i = 0; i < 20; i++) {
      req.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
    }
    req.append("2\r\n\"}\r\n0\r\n\r\n");
    String chunked = raw(req.toString());
    assertTrue(chunked.startsWith("HTTP/1.1 413"), chunked);
    HttpResponse<String> jsonl = t.post("/api/articles", "{\"id\": \"j1\", \"text\": \"One.\"}\n{\"id\": \"j2\", \"text\": \"Two.\"}\n");
    assertEquals(400, jsonl.statusCode());
    assertTrue(message(jsonl).contains("more than one JSON value"), jsonl.body());
    assertEquals(404, t.get("/api/articles/j1").statusCode(), "nothing of a refused body is stored");
    assertEquals(400, t.post("/api/articles", "{\"text\": \"Garbage after.\"} trailing").statusCode());
    assertEquals(400, t.post("/api/articles", "").statusCode());
    assertEquals(400, t.post("/api/articles", "{\"text\": \"x\", \"date\": 5}").statusCode());
    assertEquals(400, t.post("/api/articles", "[1, 2]").statusCode());
  }

  // ------------------------------------------------------------------ rendering and headers

  @Test
  void searchSnippets_areHtmlEncodedWithOnlyTheHighlightAdded() throws Exception {
    HttpResponse<String> p = t.post("/api/articles", Json.line(Map.of("id", "syn-09301", "date", "2020-02-01",
        "text", "Zanzibarx shelling <script>alert(1)</script> & <img src=x onerror=alert(2)> reported.")));
    assertTrue(p.statusCode() == 201 || p.statusCode() == 200, p.body());
    JsonNode hits = json(t.get("/api/search?q=zanzibarx&kind=article"));
    String snippet = hits.get(0).get("snippet").asText();
    assertTrue(snippet.contains("<mark>Zanzibarx</mark>"), snippet);
    assertTrue(snippet.contains("&lt;script&gt;"), snippet);
    assertFalse(snippet.contains("<script") || snippet.contains("<img"), snippet);
  }

  @Test
  void headers_protectEveryResponse_andOnlyTheDashboardsFilesAreServed() throws Exception {
    for (String path : List.of("/", "/app.js", "/api/events?limit=1", "/api/nothing")) {
      HttpResponse<String> r = t.get(path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
      assertFalse(csp.contains("unsafe-inline"), csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
      assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), path);
    }
    String index = t.get("/").body();
    assertFalse(index.matches("(?s).*<script>.*") || index.contains("<style") || index.contains("style=")
        || index.matches("(?s).*\\son[a-z]+=.*"), "no inline script or style in index.html");
    assertEquals(200, t.get("/vendor/d3.min.js").statusCode());
    assertEquals(404, t.get("/webjars/d3/7.9.0/dist/d3.min.js").statusCode(), "WebJars are not served");
    assertEquals(404, t.get("/META-INF/MANIFEST.MF").statusCode());
    assertEquals(404, t.get("/openapi.json").statusCode() == 404 ? 404 : t.get("/openapi.json").statusCode());
  }
}
