package org.sitrep.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
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
import org.sitrep.core.doc.Article;
import org.sitrep.core.io.Dates;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.store.ArticleResults;
import org.sitrep.store.ContentHash;
import org.sitrep.store.CountQuery;
import org.sitrep.store.DayRange;
import org.sitrep.store.EventQuery;
import org.sitrep.store.ExportFormat;
import org.sitrep.store.Ingestor;
import org.sitrep.store.InvalidInput;
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
  private final ResultJson results = new ResultJson();
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
    // every request: security headers, then Host, Origin, token, rate and content-type checks
    app.before(ctx -> {
      Guard.HEADERS.forEach(ctx::header);
      guard.check(ctx);
      try {
        ctx.queryParamMap();
      } catch (RuntimeException e) {
        throw new InvalidInput("query", "the query string is not valid URL encoding; encode % as %25");
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
      params(ctx);
      json(ctx, new Stats(store.rowCounts(), store.schemaVersion(), store.pipelineVersions()));
    });
    app.get("/api/events", ctx -> {
      QueryParams p = params(ctx, QueryParams.EVENT_FILTERS, "limit", "cursor");
      EventQuery f = p.events();
      json(ctx, store.events(f, p.integer("limit", 100, 1, 1000), p.cursor()));
    });
    app.get("/api/events/timeline", ctx -> json(ctx, store.timeline(params(ctx, QueryParams.EVENT_FILTERS).events())));
    app.get("/api/events/summary", ctx -> json(ctx, store.summary(params(ctx, QueryParams.EVENT_FILTERS).events())));
    app.get("/api/network", ctx -> {
      QueryParams p = params(ctx, QueryParams.EVENT_FILTERS, "limit");
      EventQuery f = p.events();
      json(ctx, store.network(f, p.integer("limit", 60, 1, 1000)));
    });
    app.get("/api/places", ctx -> {
      QueryParams p = params(ctx, "from", "to", "limit");
      DayRange days = p.days();
      json(ctx, store.places(days, p.integer("limit", 500, 1, 10_000)));
    });
    app.get("/api/stories", ctx -> {
      QueryParams p = params(ctx, "limit", "offset", "event", "doc_id");
      String event = p.text("event");
      String doc = p.text("doc_id");
      if (event != null || doc != null) { // the stories of an alert's incident (an event mention) or an article
        json(ctx, store.storiesWith(event, doc));
        return;
      }
      json(ctx, store.stories(p.integer("limit", 100, 1, 1000), p.integer("offset", 0, 0, Integer.MAX_VALUE)));
    });
    app.get("/api/stories/{id}", ctx -> {
      params(ctx);
      ArticleResults.Story s = store.story(ctx.pathParam("id"));
      if (s == null) {
        throw new NotFound("no story '" + ctx.pathParam("id") + "'; GET /api/stories lists them");
      }
      json(ctx, s);
    });
    app.get("/api/articles", ctx -> {
      QueryParams p = params(ctx, "limit", "offset");
      json(ctx, store.articles(p.integer("limit", 100, 1, 1000), p.integer("offset", 0, 0, Integer.MAX_VALUE)));
    });
    app.get("/api/articles/{id}", ctx -> {
      params(ctx);
      ArticleResults.StoredArticle a = store.article(ctx.pathParam("id"));
      if (a == null) {
        throw new NotFound("no article '" + ctx.pathParam("id") + "'; GET /api/articles lists them");
      }
      json(ctx, a);
    });
    app.post("/api/articles", this::postArticle);
    app.get("/api/quotes", ctx -> {
      QueryParams p = params(ctx, "speaker", "doc_id", "from", "to", "q", "limit", "cursor");
      QuoteQuery q = p.quotes();
      json(ctx, store.quotes(q, p.integer("limit", 100, 1, 1000), p.cursor()));
    });
    app.get("/api/quotes/speakers", ctx -> {
      QueryParams p = params(ctx, "from", "to", "limit");
      DayRange days = p.days();
      json(ctx, store.speakers(days, p.integer("limit", 50, 1, 1000)));
    });
    app.get("/api/counts", ctx -> {
      QueryParams p = params(ctx, "kind", "doc_id", "event", "from", "to", "limit", "cursor");
      CountQuery q = p.counts();
      json(ctx, store.counts(q, p.integer("limit", 100, 1, 1000), p.cursor()));
    });
    app.get("/api/search", ctx -> {
      QueryParams p = params(ctx, "q", "kind", "limit");
      String q = p.search();
      String kind = p.hitKind();
      json(ctx, store.search(q, kind, p.integer("limit", 20, 1, 1000)));
    });
    app.get("/api/export/events.{format}", ctx -> {
      QueryParams p = params(ctx, QueryParams.EVENT_FILTERS);
      ExportFormat format = ExportFormat.of(ctx.pathParam("format"));
      EventQuery f = p.events();
      ctx.contentType(format.mediaType());
      ctx.header("Content-Disposition", "attachment; filename=\"sitrep-events." + format.extension() + "\"");
      store.export(f, format, ctx.outputStream());
    });
    app.get("/api/openapi.json", ctx -> {
      try (InputStream in = SitrepServer.class.getResourceAsStream("/openapi.json")) {
        json(ctx, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    });

    // the one user-error type (query parameters, bodies, the store's refusals): 400 with its message and parameter
    app.exception(InvalidInput.class, (e, ctx) -> error(ctx, 400, e.getMessage(), e.parameter()));
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
      throw new InvalidInput("text", "the body needs a non-empty \"text\" (the article); optional: id, date, source, url, title");
    }
    for (String f : List.of("id", "date", "source", "url", "title", "language")) {
      if (body.has(f) && !body.get(f).isTextual() && !body.get(f).isNull()) {
        throw new InvalidInput(f, "\"" + f + "\" must be a string");
      }
    }
    String text = body.get("text").asText();
    String date = str(body, "date");
    if (date != null && Dates.normalize(date) == null) {
      throw new InvalidInput("date", "date '" + date + "' is not a date; write it as YYYY-MM-DD");
    }
    String id = str(body, "id");
    if (id == null) {
      id = "post-" + ContentHash.of(new Article("x", text, null, null, null, null, null, "post")).substring(0, 16);
    }
    Article a = new Article(id, text, str(body, "source"), str(body, "url"), str(body, "title"),
        date == null ? null : Dates.normalize(date), str(body, "language"), "POST /api/articles");
    String hash = ContentHash.of(a);
    String version = options.analyzer().version();
    if (store.hasContent(hash, version)) {
      json(ctx, new Posted(id, "unchanged", null));
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
    ctx.status(res == PutResult.ADDED ? 201 : 200);
    json(ctx, new Posted(id, res.name().toLowerCase(Locale.ROOT), r.withoutText()));
  }

  /** The answer to a post: the doc id, added/revised/unchanged, and the record stored (none when unchanged). */
  record Posted(String docId, String status, @JsonInclude(JsonInclude.Include.NON_NULL) ArticleRecord record) {
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

  /** The request's query parameters, refused with 400 if any is not one of {@code allowed}. */
  private static QueryParams params(Context ctx, Object... allowed) {
    return QueryParams.of(ctx.queryParamMap(), allowed);
  }

  /** A typed result as the API's JSON (Jackson, sitrep's one configuration: snake_case, declaration order). */
  private void json(Context ctx, Object result) {
    json(ctx, results.write(result));
  }

  /** {@code GET /api/stats}: row counts of every table, the schema version, articles per pipeline version. */
  record Stats(Map<String, Long> rows, int schemaVersion, Map<String, Long> pipelineVersions) {
  }

  private static void json(Context ctx, String body) {
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(body);
  }

  private static void error(Context ctx, int status, String message, String parameter) {
    ctx.status(status);
    json(ctx, Json.line(new ErrorBody(new ErrorBody.Error(status, message, parameter))));
  }

  /** Every error's JSON: {@code {"error": {"status", "message", "parameter"}}} (parameter only where one is at fault). */
  record ErrorBody(Error error) {
    record Error(int status, String message, @JsonInclude(JsonInclude.Include.NON_NULL) String parameter) {
    }
  }

  /** A missing story, article or endpoint. */
  static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
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
