package org.sitrep.watch;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.sitrep.core.json.Json;

/**
 * The alert routes, read-only, mounted on a Javalin app (the server's, or the small one {@code sitrep watch --port}
 * starts):
 * <ul>
 *   <li>{@code GET /api/alerts?since=SEQ&limit=N}: JSON {@code {"alerts": [...], "last_seq": N}}, oldest first;</li>
 *   <li>{@code GET /api/alerts.atom}: the latest 50 alerts as an Atom feed;</li>
 *   <li>{@code GET /api/alerts/stream}: server-sent events, one {@code alert} event per alert (its JSON, with the
 *   seq as event id); a reconnecting client's {@code Last-Event-ID} (or {@code ?since=}) replays what it missed.
 *   At most {@code maxClients} streams at once; a comment every 20 s keeps proxies from closing idle streams.</li>
 * </ul>
 * Events reach the streams from a thread of their own, so a slow client never holds up the desk.
 */
public final class AlertRoutes implements AutoCloseable {
  private final AlertJournal journal;
  private final int maxClients;
  private final Map<SseClient, Long> clients = new ConcurrentHashMap<>(); // each stream's last sent seq
  private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "sitrep-alert-stream");
    t.setDaemon(true);
    return t;
  });
  private final Consumer<Alert> listener = a -> sender.execute(() -> broadcast(a));

  public AlertRoutes(AlertJournal journal, int maxClients) {
    this.journal = journal;
    this.maxClients = maxClients;
    journal.listen(listener);
    sender.scheduleAtFixedRate(() -> clients.keySet().forEach(c -> {
      if (!c.terminated()) {
        c.sendComment("keep-alive");
      }
    }), 20, 20, TimeUnit.SECONDS);
  }

  /** Adds the routes to {@code app} (before it starts). */
  public void mount(Javalin app) {
    app.get("/api/alerts", ctx -> {
      long since = longParam(ctx, "since", 0, Long.MAX_VALUE);
      int limit = (int) longParam(ctx, "limit", 100, 1000);
      List<Alert> alerts = journal.since(since, limit);
      ctx.header("Cache-Control", "no-store");
      ctx.contentType("application/json");
      ctx.result("{\"alerts\":" + Json.line(alerts) + ",\"last_seq\":" + journal.lastSeq() + "}");
    });
    app.get("/api/alerts.atom", ctx -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      AtomFeed.write(journal.latest(50), ctx.url(), out);
      ctx.header("Cache-Control", "no-store");
      ctx.contentType("application/atom+xml; charset=utf-8");
      ctx.result(out.toByteArray());
    });
    app.before("/api/alerts/stream", ctx -> {
      if (!"text/event-stream".equals(ctx.header("Accept"))) {
        throw new io.javalin.http.HttpResponseException(406, "this is a stream of server-sent events: ask with"
            + " 'Accept: text/event-stream' (EventSource does; curl -N -H 'Accept: text/event-stream')");
      }
    });
    app.sse("/api/alerts/stream", client -> {
      Context ctx = client.ctx();
      String last = ctx.header("Last-Event-ID");
      long since;
      try {
        since = last != null && last.matches("\\d{1,18}") ? Long.parseLong(last) : longParam(ctx, "since", -1, Long.MAX_VALUE);
      } catch (IllegalArgumentException e) {
        client.sendEvent("error", e.getMessage(), null);
        client.close();
        return;
      }
      if (clients.size() >= maxClients) {
        client.sendEvent("error", "too many alert streams are open (" + maxClients + "); close one and retry", null);
        client.close();
        return;
      }
      client.keepAlive();
      client.onClose(() -> clients.remove(client));
      long from = since;
      sender.execute(() -> { // replay, then live: both on the sender thread, in seq order, none twice
        clients.put(client, from >= 0 ? from : journal.lastSeq());
        if (from >= 0) {
          for (Alert a : journal.since(from, 1000)) {
            send(client, a);
          }
        }
      });
    });
  }

  private void broadcast(Alert a) {
    for (SseClient c : clients.keySet()) {
      send(c, a);
    }
  }

  private void send(SseClient c, Alert a) {
    Long sent = clients.get(c);
    if (c.terminated()) {
      clients.remove(c);
      return;
    }
    if (sent != null && a.seq() > sent) {
      c.sendEvent("alert", Json.line(a), Long.toString(a.seq()));
      clients.put(c, a.seq());
    }
  }

  /** A whole-number query parameter within bounds; a bad one is a 400 with a message that says which. */
  static long longParam(Context ctx, String name, long dflt, long max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return dflt;
    }
    if (!v.matches("\\d{1,18}") || Long.parseLong(v) > max) {
      throw new io.javalin.http.BadRequestResponse(name + " must be a whole number from 0 to " + max + ", not '"
          + (v.length() > 40 ? v.substring(0, 40) + "..." : v) + "'");
    }
    return Long.parseLong(v);
  }

  @Override
  public void close() {
    journal.unlisten(listener);
    clients.keySet().forEach(SseClient::close);
    sender.shutdownNow();
  }
}
