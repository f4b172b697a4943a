package org.sitrep.watch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.core.doc.Article;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.io.InputSource;
import org.sitrep.core.io.ReadOptions;
import org.sitrep.formats.FeedArticleReader;
import org.sitrep.watch.WatchState.FeedCursor;

/**
 * Polls one RSS or Atom feed: a conditional GET (If-None-Match, If-Modified-Since) every interval, a timeout and a
 * size limit on each fetch, a clear User-Agent; after an error it waits twice as long each time (up to
 * {@code max_backoff}, or what Retry-After asks). Items get ids from their URL ({@code NAME-3f2a...}), so the same
 * item keeps its id while newer items push it down the feed.
 */
final class FeedWatcher {
  private final WatchConfig.Feed feed;
  private final WatchConfig.Fetch fetch;
  private final HttpClient client;
  private final Map<String, FeedCursor> cursors;
  private final Consumer<String> log;

  FeedWatcher(WatchConfig.Feed feed, WatchConfig.Fetch fetch, HttpClient client, Map<String, FeedCursor> cursors,
              Consumer<String> log) {
    this.feed = feed;
    this.fetch = fetch;
    this.client = client;
    this.cursors = cursors;
    this.log = log;
  }

  static HttpClient client(WatchConfig.Fetch fetch) {
    return HttpClient.newBuilder().connectTimeout(fetch.timeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  private String key() {
    return feed.name();
  }

  long nextAt() {
    FeedCursor c = cursors.get(key());
    return c == null ? 0 : c.nextAt();
  }

  /** Fetches the feed if it changed; the cursor (validators) is remembered once the items are stored. */
  List<Found> poll(long now) {
    FeedCursor c = cursors.get(key());
    HttpRequest.Builder rq = HttpRequest.newBuilder(feed.url()).timeout(fetch.timeout()).GET()
        .header("User-Agent", fetch.userAgent())
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1");
    if (c != null && c.etag() != null) {
      rq.header("If-None-Match", c.etag());
    }
    if (c != null && c.lastModified() != null) {
      rq.header("If-Modified-Since", c.lastModified());
    }
    HttpResponse<InputStream> resp;
    byte[] body;
    try {
      resp = client.send(rq.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = resp.body()) {
        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, fetch.maxBytes() + 1));
      }
    } catch (IOException e) {
      return failed(now, c, "cannot fetch: " + why(e) + " (check the URL and that this machine reaches it)", 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
    int status = resp.statusCode();
    if (status == 304) {
      FeedCursor next = new FeedCursor(c == null ? null : c.etag(), c == null ? null : c.lastModified(), 0,
          now + feed.interval().toMillis(), null);
      cursors.put(key(), next);
      return List.of();
    }
    if (status != 200) {
      long retryAfter = resp.headers().firstValue("Retry-After").map(FeedWatcher::seconds).orElse(0L) * 1000;
      return failed(now, c, "HTTP " + status, status == 429 || status == 503 ? retryAfter : 0);
    }
    if (body.length > fetch.maxBytes()) {
      return failed(now, c, "larger than fetch.max_bytes (" + fetch.maxBytes() + " bytes); raise it if the feed is"
          + " genuine", 0);
    }
    List<InputItem> items = new ArrayList<>();
    try {
      new FeedArticleReader().read(new InputSource(feed.name() + ".xml", feed.name(), body.length,
          () -> new ByteArrayInputStream(body)), ReadOptions.defaults(), items::add);
    } catch (IOException | RuntimeException e) {
      return failed(now, c, "cannot read the feed: " + e.getMessage(), 0);
    }
    if (items.size() == 1 && !items.get(0).ok() && items.get(0).docId().equals(feed.name())) {
      return failed(now, c, items.get(0).error().message(), 0); // not a feed, or no items: an error of the source
    }
    List<InputItem> renamed = new ArrayList<>();
    for (InputItem it : items) {
      renamed.add(it.ok() ? InputItem.of(withStableId(it.article())) : it);
    }
    FeedCursor next = new FeedCursor(resp.headers().firstValue("ETag").orElse(null),
        resp.headers().firstValue("Last-Modified").orElse(null), 0, now + feed.interval().toMillis(), null);
    return List.of(new Found(feed.name(), renamed, () -> cursors.put(key(), next)));
  }

  private List<Found> failed(long now, FeedCursor c, String why, long atLeast) {
    int failures = c == null ? 1 : c.failures() + 1;
    long wait = feed.interval().toMillis();
    for (int i = 0; i < failures && wait < fetch.maxBackoff().toMillis(); i++) {
      wait *= 2;
    }
    wait = Math.max(Math.min(wait, fetch.maxBackoff().toMillis()), atLeast);
    cursors.put(key(), new FeedCursor(c == null ? null : c.etag(), c == null ? null : c.lastModified(), failures,
        now + wait, why));
    log.accept("feed " + feed.name() + " (" + feed.url() + "): " + why + "; retrying in " + (wait / 1000) + " s");
    return List.of();
  }

  private static long seconds(String v) {
    try {
      return Math.min(Long.parseLong(v.strip()), 86_400);
    } catch (NumberFormatException e) {
      return 0; // an HTTP date: fall back to the backoff
    }
  }

  /** The article under an id from its URL (else its title, date and text), stable across fetches. */
  Article withStableId(Article a) {
    String basis = a.url() != null ? a.url() : a.title() + "\u0001" + a.published() + "\u0001" + a.text();
    String id = feed.name() + "-" + sha(basis).substring(0, 12);
    return new Article(id, a.text(), a.source(), a.url(), a.title(), a.published(), a.language(),
        feed.url() + " " + a.origin());
  }

  private static String sha(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** What went wrong with a fetch, in words: the JDK's connection errors often carry no message of their own. */
  static String why(IOException e) {
    String m = e.getMessage();
    if (e instanceof java.net.http.HttpTimeoutException) {
      return "timed out (no answer within fetch.timeout)";
    }
    if (e instanceof java.net.ConnectException || e.getCause() instanceof java.net.ConnectException) {
      return "could not connect" + (m == null || m.isBlank() ? "" : " (" + m + ")");
    }
    if (e instanceof java.net.UnknownHostException || e.getCause() instanceof java.net.UnknownHostException) {
      return "unknown host";
    }
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
  }
}
