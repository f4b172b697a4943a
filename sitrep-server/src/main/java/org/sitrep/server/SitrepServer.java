package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.core.doc.Article;
import org.sitrep.core.io.Dates;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.store.InvalidQuery;
import org.sitrep.store.ContentHash;
import org.sitrep.store.CountQuery;
import org.sitrep.store.EventFilter;
import org.sitrep.store.ExportFormat;
import org.sitrep.store.Ingestor;
import org.sitrep.store.PutResult;
import org.sitrep.store.QuoteQuery;
import org.sitrep.store.SitrepStore;

/**
 * sitrep's REST API and dashboard over a {@link SitrepStore}. Routes are lambdas over the store; nothing
 * listens until {@link #start}. Errors are JSON ({@code {"error": {"status", "message", "parameter"}}}),
 * unknown query parameters are refused by name, request bodies are capped, and every query is parameterised.
 */
public final class SitrepServer implements AutoCloseable {
  /** The documented API routes (method, path): the OpenAPI description must cover each. */
  public static final List<String> ROUTES = List.of("GET /api/health", "GET /api/stats", "GET /api/events",
      "GET /api/events/timeline", "GET /api/events/summary", "GET /api/network", "GET /api/places", "GET /api/stories",
      "GET /api/stories/{id}", "GET /api/articles", "GET /api/articles/{id}", "POST /api/articles", "GET /api/quotes",
      "GET /api/quotes/speakers", "GET /api/counts", "GET /api/search", "GET /api/export/events.{format}",
      "GET /api/openapi.json", "GET /api/alerts", "GET /api/alerts.atom", "GET /api/alerts/stream");
  /** The routes that only a server with a live desk ({@code sitrep serve --watch}) has. */
  public static final List<String> DESK_ROUTES = List.of("GET /api/alerts", "GET /api/alerts.atom",
      "GET /api/alerts/stream");

  private final SitrepStore store;
  private final ServerOptions options;
  private final Javalin app;
  private final ResponseCache cache;
  private final Guard guard;
  private final byte[] d3;
  private final LiveDesk desk;
  private final java.util.concurrent.Semaphore analyses =
      new java.util.concurrent.Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
  private static final System.Logger LOG = System.getLogger("org.sitrep.server");

  public SitrepServer(SitrepStore store, ServerOptions options) {
    this(store, options, null);
  }

  /**
   * A server that also runs a live desk ({@code sitrep serve --watch}): its alert routes are mounted here, its
   * passes start with {@link #start} and stop with {@link #close}. {@code desk} may be null.
   */
  public SitrepServer(SitrepStore store, ServerOptions options, LiveDesk desk) {
    this.store = store;
    this.desk = desk;
    this.options = options;
    this.cache = new ResponseCache(options.cacheEntries(), 64L << 20);
    this.guard = new Guard(options.access());
    this.d3 = resource(D3);
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = options.maxBodyBytes();
      // the dashboard's own files only (no WebJars of the whole class path); D3 is one route below
      config.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/dashboard";
        sf.location = Location.CLASSPATH;
        sf.headers = Guard.HEADERS;
      });
    });
    routes();
    if (desk != null) {
      desk.mount(app);
    } else {
      for (String route : routesOf("GET", DESK_ROUTES)) {
        app.get(route, ctx -> {
          throw new NotFound("this server runs no live desk: alerts come with 'sitrep serve --watch CONFIG'"
              + " (docs/watch.md)");
        });
      }
    }
  }

  /** Starts listening on host:port (port 0: any free port) and returns the port. */
  public int start(String host, int port) {
    app.start(host, port);
    if (desk != null) {
      desk.start();
    }
    return app.port();
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    if (desk != null) {
      desk.close(); // the pass in progress finishes and its alerts are journaled before the streams close
    }
    app.stop();
  }

  // ------------------------------------------------------------------ routes

  /** The one file of the D3 WebJar the dashboard uses, served at /vendor/d3.min.js. */
  static final String D3 = "/META-INF/resources/webjars/d3/7.9.0/dist/d3.min.js";

  private static byte[] resource(String path) {
    try (InputStream in = SitrepServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the class path (a broken build: run mvn package)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void routes() {
    Set<String> filter = new TreeSet<>(EventFilter.PARAMETERS);
    // every request: security headers, then Host, Origin, token, rate and content-type checks
    app.before(ctx -> {
      Guard.HEADERS.forEach(ctx::header);
      guard.check(ctx);
      try {
        ctx.queryParamMap();
      } catch (RuntimeException e) {
        throw new BadInput("query", "the query string is not valid URL encoding; encode % as %25");
      }
    });
    app.get("/vendor/d3.min.js", ctx -> {
      ctx.contentType("text/javascript; charset=utf-8");
      ctx.header("Cache-Control", "max-age=86400");
      ctx.result(d3);
    });
    // repeated GETs of the same query are answered from memory until the store changes
    app.before("/api/*", ctx -> {
      if (ctx.method() == io.javalin.http.HandlerType.GET && cacheable(ctx.path())) {
        String hit = cache.get(key(ctx));
        if (hit != null) {
          ctx.header("X-Sitrep-Cache", "hit");
          json(ctx, hit);
          ctx.skipRemainingHandlers();
        }
      }
    });
    app.after("/api/*", ctx -> {
      if (ctx.method() == io.javalin.http.HandlerType.GET && ctx.status().getCode() == 200
          && cacheable(ctx.path()) && ctx.header("X-Sitrep-Cache") == null
          && ctx.result() != null && ctx.res().getContentType() != null
          && ctx.res().getContentType().startsWith("application/json")) {
        cache.put(key(ctx), ctx.result());
      }
    });
    app.get("/api/health", ctx -> json(ctx, "{\"status\":\"ok\"}"));
    app.get("/api/stats", ctx -> {
      allow(ctx);
      ObjectNode o = Json.mapper().createObjectNode();
      o.set("rows", Json.mapper().valueToTree(store.rowCounts()));
      o.put("schema_version", store.schemaVersion());
      o.set("pipeline_versions", Json.mapper().valueToTree(store.pipelineVersions()));
      json(ctx, o.toString());
    });
    app.get("/api/events", ctx -> {
      allow(ctx, filter, "limit", "cursor");
      EventFilter f = EventFilter.parse(ctx.queryParamMap());
      page(ctx, store.events(f, intParam(ctx, "limit", 100, 1, 1000), ctx.queryParam("cursor")));
    });
    app.get("/api/events/timeline", ctx -> {
      allow(ctx, filter);
      json(ctx, Json.line(store.timeline(EventFilter.parse(ctx.queryParamMap()))));
    });
    app.get("/api/events/summary", ctx -> {
      allow(ctx, filter);
      json(ctx, store.summary(EventFilter.parse(ctx.queryParamMap())).toString());
    });
    app.get("/api/network", ctx -> {
      allow(ctx, filter, "limit");
      json(ctx, Json.line(store.network(EventFilter.parse(ctx.queryParamMap()), intParam(ctx, "limit", 60, 1, 1000))));
    });
    app.get("/api/places", ctx -> {
      allow(ctx, Set.of("from", "to", "limit"));
      Map<String, List<String>> p = ctx.queryParamMap();
      EventFilter f = EventFilter.parse(Map.of("from", p.getOrDefault("from", List.of()), "to", p.getOrDefault("to", List.of())));
      json(ctx, Json.line(store.places(f.from(), f.to(), intParam(ctx, "limit", 500, 1, 10_000))));
    });
    app.get("/api/stories", ctx -> {
      allow(ctx, Set.of("limit", "offset", "event", "doc_id"));
      String event = EventFilter.one(ctx.queryParamMap(), "event");
      String doc = EventFilter.one(ctx.queryParamMap(), "doc_id");
      if (event != null || doc != null) { // the stories of an alert's incident (an event mention) or an article
        json(ctx, Json.line(store.storiesWith(event, doc)));
        return;
      }
      json(ctx, Json.line(store.stories(intParam(ctx, "limit", 100, 1, 1000), intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE))));
    });
    app.get("/api/stories/{id}", ctx -> {
      allow(ctx);
      ObjectNode s = store.story(ctx.pathParam("id"));
      if (s == null) {
        throw new NotFound("no story '" + ctx.pathParam("id") + "'; GET /api/stories lists them");
      }
      json(ctx, s.toString());
    });
    app.get("/api/articles", ctx -> {
      allow(ctx, Set.of("limit", "offset"));
      json(ctx, Json.line(store.articles(intParam(ctx, "limit", 100, 1, 1000), intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE))));
    });
    app.get("/api/articles/{id}", ctx -> {
      allow(ctx);
      ObjectNode a = store.article(ctx.pathParam("id"));
      if (a == null) {
        throw new NotFound("no article '" + ctx.pathParam("id") + "'; GET /api/articles lists them");
      }
      json(ctx, a.toString());
    });
    app.post("/api/articles", this::postArticle);
    app.get("/api/quotes", ctx -> {
      allow(ctx, Set.of("speaker", "doc_id", "from", "to", "q", "limit", "cursor"));
      Map<String, List<String>> p = ctx.queryParamMap();
      QuoteQuery q = new QuoteQuery(EventFilter.one(p, "speaker"), EventFilter.one(p, "doc_id"),
          EventFilter.day(p, "from"), EventFilter.day(p, "to"), EventFilter.one(p, "q"));
      page(ctx, store.quotes(q, intParam(ctx, "limit", 100, 1, 1000), ctx.queryParam("cursor")));
    });
    app.get("/api/quotes/speakers", ctx -> {
      allow(ctx, Set.of("from", "to", "limit"));
      Map<String, List<String>> p = ctx.queryParamMap();
      EventFilter f = EventFilter.parse(Map.of("from", p.getOrDefault("from", List.of()), "to", p.getOrDefault("to", List.of())));
      json(ctx, Json.line(store.speakers(f.from(), f.to(), intParam(ctx, "limit", 50, 1, 1000))));
    });
    app.get("/api/counts", ctx -> {
      allow(ctx, Set.of("kind", "doc_id", "event", "from", "to", "limit", "cursor"));
      Map<String, List<String>> p = ctx.queryParamMap();
      CountQuery q = new CountQuery(EventFilter.list(p, "kind"), EventFilter.one(p, "doc_id"), EventFilter.one(p, "event"),
          EventFilter.day(p, "from"), EventFilter.day(p, "to"));
      page(ctx, store.counts(q, intParam(ctx, "limit", 100, 1, 1000), ctx.queryParam("cursor")));
    });
    app.get("/api/search", ctx -> {
      allow(ctx, Set.of("q", "kind", "limit"));
      String q = ctx.queryParam("q");
      if (q == null || q.isBlank()) {
        throw new BadInput("q", "q is required: the words to search for in article text and quotes");
      }
      String kind = EventFilter.one(ctx.queryParamMap(), "kind");
      if (kind != null && !kind.equals("article") && !kind.equals("quote")) {
        throw new BadInput("kind", "kind=" + kind + " is not a kind of hit; use article or quote");
      }
      json(ctx, Json.line(store.search(q, kind, intParam(ctx, "limit", 20, 1, 1000))));
    });
    app.get("/api/export/events.{format}", ctx -> {
      allow(ctx, filter);
      ExportFormat format = ExportFormat.of(ctx.pathParam("format"));
      EventFilter f = EventFilter.parse(ctx.queryParamMap());
      ctx.contentType(format.mediaType());
      ctx.header("Content-Disposition", "attachment; filename=\"sitrep-events." + format.extension() + "\"");
      store.export(f, format, ctx.outputStream());
    });
    app.get("/api/openapi.json", ctx -> {
      try (InputStream in = SitrepServer.class.getResourceAsStream("/openapi.json")) {
        json(ctx, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    });

    app.exception(InvalidQuery.class, (e, ctx) -> error(ctx, 400, e.getMessage(), e.parameter()));
    app.exception(BadInput.class, (e, ctx) -> error(ctx, 400, e.getMessage(), e.parameter()));
    app.exception(Guard.Refused.class, (e, ctx) -> {
      if (e.header != null) {
        ctx.header(e.header, e.headerValue);
      }
      error(ctx, e.status, e.getMessage(), null);
    });
    app.exception(NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage(), null));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), switch (e.getStatus()) {
      case 413 -> "request body too large: the limit is " + options.maxBodyBytes() + " bytes (sitrep serve --max-body)";
      case 404 -> "no such endpoint: " + ctx.method() + " " + ctx.path() + "; see /api/openapi.json";
      // the alert routes' own messages (a bad since or limit, a stream asked for without text/event-stream)
      case 400, 406 -> e.getMessage();
      default -> "the request was refused (HTTP " + e.getStatus() + ")";
    }, null));
    // anything else is ours: the details go to the log under an id, the client gets only the id
    app.exception(Exception.class, (e, ctx) -> {
      String id = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 16);
      LOG.log(System.Logger.Level.ERROR, "internal error " + id + " on " + ctx.method() + " " + ctx.path(), e);
      error(ctx, 500, "internal error, id " + id + " (the server's log has the details)", null);
    });
    app.error(404, ctx -> {
      String type = ctx.res().getContentType();
      if (ctx.path().startsWith("/api/") && (type == null || !type.startsWith("application/json"))) {
        error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path() + "; see /api/openapi.json", null);
      }
    });
    app.error(405, ctx -> error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path(), null));
  }

  private static final String ARTICLE_SHAPE = "one JSON object {\"id\": ..., \"text\": ..., \"date\": \"YYYY-MM-DD\","
      + " \"source\": ..., \"url\": ..., \"title\": ...}";

  private void postArticle(Context ctx) throws InterruptedException, IOException {
    if (options.analyzer() == null) {
      error(ctx, 503, "this server was started without an analyser; start it with 'sitrep serve' to post articles", null);
      return;
    }
    JsonNode body = RequestBody.json(RequestBody.read(ctx, options.maxBodyBytes()), ARTICLE_SHAPE);
    if (!body.isObject() || !body.path("text").isTextual() || body.path("text").asText().isBlank()) {
      throw new BadInput("text", "the body needs a non-empty \"text\" (the article); optional: id, date, source, url, title");
    }
    for (String f : List.of("id", "date", "source", "url", "title", "language")) {
      if (body.has(f) && !body.get(f).isTextual() && !body.get(f).isNull()) {
        throw new BadInput(f, "\"" + f + "\" must be a string");
      }
    }
    String text = body.get("text").asText();
    String date = str(body, "date");
    if (date != null && Dates.normalize(date) == null) {
      throw new BadInput("date", "date '" + date + "' is not a date; write it as YYYY-MM-DD");
    }
    String id = str(body, "id");
    if (id == null) {
      id = "post-" + ContentHash.of(new Article("x", text, null, null, null, null, null, "post")).substring(0, 16);
    }
    Article a = new Article(id, text, str(body, "source"), str(body, "url"), str(body, "title"),
        date == null ? null : Dates.normalize(date), str(body, "language"), "POST /api/articles");
    String hash = ContentHash.of(a);
    ObjectNode out = Json.mapper().createObjectNode();
    out.put("doc_id", id);
    String version = options.analyzer().version();
    if (store.hasContent(hash, version)) {
      out.put("status", "unchanged");
      json(ctx, out.toString());
      return;
    }
    ArticleRecord r;
    // at most one analysis per core at a time; the rest wait a little, then are told to come back
    if (!analyses.tryAcquire(30, java.util.concurrent.TimeUnit.SECONDS)) {
      throw new Guard.Refused(503, "the server is busy analysing other articles; retry shortly", "Retry-After", "10");
    }
    try {
      r = options.analyzer().analyze(a);
    } finally {
      analyses.release();
    }
    if (r.failed()) {
      store.recordError(id, a.origin(), r.errors().get(0));
      error(ctx, 422, "the article could not be analysed: " + r.errors().get(0).message(), "text");
      return;
    }
    // content stored by another pipeline version is replaced by this analysis
    PutResult res = store.putAll(List.of(new SitrepStore.Item(r, hash, store.hasContent(hash), version))).get(0);
    store.flush();
    if (options.afterWrite() != null) {
      options.afterWrite().run();
    }
    out.put("status", res.name().toLowerCase(Locale.ROOT));
    out.set("record", Json.mapper().valueToTree(r.withoutText()));
    ctx.status(res == PutResult.ADDED ? 201 : 200);
    json(ctx, out.toString());
  }

  private static String str(JsonNode body, String field) {
    JsonNode n = body.get(field);
    return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
  }

  // ------------------------------------------------------------------ helpers

  /** Exports stream, and alerts change without the store's generation changing: neither is cached. */
  private static boolean cacheable(String path) {
    return !path.startsWith("/api/export/") && !path.startsWith("/api/alerts");
  }

  private String key(Context ctx) {
    return store.generation() + " " + ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
  }

  @SafeVarargs
  private static void allow(Context ctx, Object... allowed) {
    Set<String> ok = new TreeSet<>();
    for (Object a : allowed) {
      if (a instanceof Set<?> s) {
        s.forEach(x -> ok.add(x.toString()));
      } else {
        ok.add(a.toString());
      }
    }
    for (String k : ctx.queryParamMap().keySet()) {
      if (!ok.contains(k)) {
        throw new BadInput(k, "unknown parameter '" + k + "'" + (ok.isEmpty() ? "; this endpoint takes none"
            : "; this endpoint takes " + ok));
      }
    }
  }

  private static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    int n;
    try {
      n = Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new BadInput(name, name + "=" + v + " is not a whole number");
    }
    if (n < min || n > max) {
      throw new BadInput(name, name + "=" + v + " is out of range; use " + min + " to " + max);
    }
    return n;
  }

  private static void page(Context ctx, SitrepStore.Page p) {
    StringBuilder sb = new StringBuilder(64 + p.items().size() * 600);
    sb.append("{\"items\":[");
    for (int i = 0; i < p.items().size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(p.items().get(i));
    }
    sb.append("],\"count\":").append(p.items().size()).append(",\"next_cursor\":")
        .append(p.nextCursor() == null ? "null" : "\"" + p.nextCursor() + "\"").append('}');
    json(ctx, sb.toString());
  }

  private static void json(Context ctx, String body) {
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(body);
  }

  private static void error(Context ctx, int status, String message, String parameter) {
    ObjectNode o = Json.mapper().createObjectNode();
    ObjectNode e = o.putObject("error");
    e.put("status", status);
    e.put("message", message);
    if (parameter != null) {
      e.put("parameter", parameter);
    }
    ctx.status(status);
    json(ctx, o.toString());
  }

  /** A missing story, article or endpoint. */
  static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }

  static List<String> routesOf(String method) {
    return routesOf(method, ROUTES);
  }

  static List<String> routesOf(String method, List<String> routes) {
    List<String> out = new ArrayList<>();
    for (String r : routes) {
      if (r.startsWith(method + " ")) {
        out.add(r.substring(method.length() + 1));
      }
    }
    return out;
  }
}
