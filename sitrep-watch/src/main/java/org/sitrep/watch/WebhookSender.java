package org.sitrep.watch;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sitrep.core.json.Json;

/**
 * Delivers alerts to webhooks, in order, each as one JSON POST with headers {@code X-Sitrep-Signature:
 * sha256=HEX} (HMAC-SHA256 of the body under the hook's secret), {@code X-Sitrep-Alert-Id} and
 * {@code X-Sitrep-Event}. A 2xx answer is a delivery; anything else is retried after 0.5, 1, 2, 4 ... s, up to
 * {@code retries} times, then every {@code fetch.max_backoff} (capped at 10 min) until the hook answers: alerts are
 * never dropped. What each hook has received is saved atomically ({@code DATA/watch/webhooks.json}); a kill
 * between a delivery and that save resends that one alert, with the same id, which receivers use to deduplicate.
 */
final class WebhookSender implements AutoCloseable {
  private final AlertJournal journal;
  private final List<WatchConfig.Webhook> hooks;
  private final Path cursorFile;
  private final Map<String, Long> delivered = new TreeMap<>();
  private final Map<String, Long> retryAt = new TreeMap<>();
  private final Map<String, Integer> attempts = new TreeMap<>();
  private final WatchConfig.Fetch fetch;
  private final HttpClient client;
  private final Consumer<String> log;
  private final Object wake = new Object();
  private final Consumer<Alert> listener = a -> wake();
  private volatile boolean stopped;
  private Thread thread;

  WebhookSender(AlertJournal journal, List<WatchConfig.Webhook> hooks, Path cursorFile, WatchConfig.Fetch fetch,
                Consumer<String> log) {
    this.journal = journal;
    this.hooks = List.copyOf(hooks);
    this.cursorFile = cursorFile;
    this.fetch = fetch;
    this.log = log;
    this.client = HttpClient.newBuilder().connectTimeout(fetch.timeout()).build();
    if (Files.exists(cursorFile)) {
      try {
        delivered.putAll(Json.mapper().readValue(Files.readString(cursorFile), new TypeReference<Map<String, Long>>() {
        }));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + cursorFile + ": " + e.getMessage()
            + "; delete it to resend every journaled alert to the webhooks", e);
      }
    }
  }

  void start() {
    journal.listen(listener);
    thread = new Thread(this::loop, "sitrep-webhooks");
    thread.setDaemon(true);
    thread.start();
  }

  private void wake() {
    synchronized (wake) {
      wake.notifyAll();
    }
  }

  private void loop() {
    while (!stopped) {
      long sleep = 1000;
      for (WatchConfig.Webhook h : hooks) {
        sleep = Math.min(sleep, deliver(h));
      }
      synchronized (wake) {
        if (!stopped && sleep > 0) {
          try {
            wake.wait(sleep);
          } catch (InterruptedException e) {
            return;
          }
        }
      }
    }
  }

  /** Delivers what this hook has not received yet; returns how long to wait before trying it again (ms). */
  long deliver(WatchConfig.Webhook h) {
    String key = h.url().toString();
    long now = System.currentTimeMillis();
    if (retryAt.getOrDefault(key, 0L) > now) {
      return retryAt.get(key) - now;
    }
    for (Alert a : journal.since(delivered.getOrDefault(key, 0L), 100)) {
      if (stopped) {
        return 0;
      }
      if (h.rules().isEmpty() || h.rules().contains(a.rule())) {
        String failure = post(h, a);
        if (failure != null) {
          int n = attempts.merge(key, 1, Integer::sum);
          long wait = n <= h.retries() ? 500L << Math.min(n - 1, 20) : Math.min(fetch.maxBackoff().toMillis(), 600_000);
          retryAt.put(key, System.currentTimeMillis() + wait);
          log.accept("webhook " + h.url() + ": alert " + a.id() + " not delivered (" + failure + "), attempt " + n
              + "; retrying in " + wait + " ms");
          return wait;
        }
        attempts.remove(key);
      }
      delivered.put(key, a.seq());
      AtomicFiles.write(cursorFile, Json.line(delivered).getBytes(StandardCharsets.UTF_8));
    }
    return 1000;
  }

  /** POSTs one alert; null when delivered, else what went wrong. */
  private String post(WatchConfig.Webhook h, Alert a) {
    byte[] body = Json.line(a).getBytes(StandardCharsets.UTF_8);
    HttpRequest rq = HttpRequest.newBuilder(h.url()).timeout(fetch.timeout())
        .header("Content-Type", "application/json")
        .header("User-Agent", fetch.userAgent())
        .header("X-Sitrep-Event", a.kind())
        .header("X-Sitrep-Alert-Id", a.id())
        .header("X-Sitrep-Signature", "sha256=" + sign(h.secret(), body))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    try {
      HttpResponse<Void> r = client.send(rq, HttpResponse.BodyHandlers.discarding());
      return r.statusCode() / 100 == 2 ? null : "HTTP " + r.statusCode();
    } catch (IOException e) {
      return e.toString();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
      return "interrupted";
    }
  }

  /** Hex HMAC-SHA256 of {@code body} under {@code secret}: what a receiver recomputes to check the signature. */
  static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
    }
  }

  @Override
  public void close() {
    stopped = true;
    journal.unlisten(listener);
    wake();
    if (thread != null) {
      try {
        thread.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
