package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.io.InputItem;

/** Polling a feed on a local server: conditional GET, stable ids, backoff, size limit, timeout. */
class FeedWatcherTest {
  static final WatchConfig.Fetch FETCH = new WatchConfig.Fetch(Duration.ofSeconds(5), 1_000_000, "sitrep-watch/test",
      Duration.ofMinutes(8));

  static List<InputItem> items(List<Found> found) {
    List<InputItem> out = new ArrayList<>();
    found.forEach(f -> {
      out.addAll(f.items());
      f.onStored().run();
    });
    return out;
  }

  @Test
  void poll_conditionalGet_stableIdsAsItemsArrive() throws Exception {
    try (FeedServer server = new FeedServer()) {
      server.publish("a1", "Shelling in Saraqib", "Mon, 03 Feb 2020 09:00:00 GMT", "Eight soldiers were killed.", 0);
      server.publish("a2", "Clashes in Aleppo", "Mon, 03 Feb 2020 09:30:00 GMT", "Three were wounded.", 0);
      Map<String, WatchState.FeedCursor> cursors = new HashMap<>();
      List<String> log = new ArrayList<>();
      WatchConfig.Feed feed = new WatchConfig.Feed("wire", server.url(), Duration.ofMinutes(1));
      FeedWatcher w = new FeedWatcher(feed, FETCH, FeedWatcher.client(FETCH), cursors, log::add);

      List<InputItem> first = items(w.poll(1_000));
      assertEquals(2, first.size());
      assertTrue(first.stream().allMatch(i -> i.ok() && i.docId().matches("wire-[0-9a-f]{12}")), first.toString());
      assertEquals("Test Wire", first.get(0).article().source());
      assertEquals("2020-02-03", first.get(0).article().published());
      assertEquals(61_000, w.nextAt());
      assertNotNull(cursors.get("wire").etag());
      assertEquals("sitrep-watch/test", server.requests.get(0).userAgent());

      assertEquals(List.of(), items(w.poll(61_000)), "unchanged: 304");
      assertEquals(cursors.get("wire").etag(), server.requests.get(1).ifNoneMatch());
      assertNotNull(server.requests.get(1).ifModifiedSince());

      server.publish("a3", "Aid convoy reaches Idlib", "Mon, 03 Feb 2020 11:00:00 GMT", "Forty trucks crossed.", 0);
      List<InputItem> third = items(w.poll(121_000));
      assertEquals(3, third.size());
      assertEquals(first.stream().map(InputItem::docId).toList(), third.subList(1, 3).stream().map(InputItem::docId).toList(),
          "an item keeps its id when a newer one comes on top");
      assertEquals(List.of(), log);
    }
  }

  @Test
  void poll_errors_backOffExponentiallyThenRecover() throws Exception {
    try (FeedServer server = new FeedServer()) {
      server.publish("a1", "Shelling", "Mon, 03 Feb 2020 09:00:00 GMT", "Eight soldiers were killed.", 0);
      Map<String, WatchState.FeedCursor> cursors = new HashMap<>();
      List<String> log = new ArrayList<>();
      FeedWatcher w = new FeedWatcher(new WatchConfig.Feed("wire", server.url(), Duration.ofMinutes(1)), FETCH,
          FeedWatcher.client(FETCH), cursors, log::add);
      server.failNext.set(4);
      long[] waits = new long[4];
      for (int i = 0; i < 4; i++) {
        assertEquals(List.of(), items(w.poll(0)));
        waits[i] = w.nextAt();
      }
      assertEquals(List.of(120_000L, 240_000L, 480_000L, 480_000L), List.of(waits[0], waits[1], waits[2], waits[3]),
          "doubling, capped at max_backoff");
      assertEquals(4, cursors.get("wire").failures());
      assertTrue(log.get(0).contains("feed wire (" + server.url() + "): HTTP 500; retrying in 120 s"), log.get(0));
      assertEquals(1, items(w.poll(0)).size(), "recovers");
      assertEquals(0, cursors.get("wire").failures());
      assertNull(cursors.get("wire").lastError());
    }
  }

  @Test
  void poll_tooLargeOrTooSlow_isAnErrorOfTheFeed() throws Exception {
    try (FeedServer server = new FeedServer()) {
      server.publish("a1", "Shelling", "Mon, 03 Feb 2020 09:00:00 GMT", "x".repeat(5000), 0);
      List<String> log = new ArrayList<>();
      WatchConfig.Fetch small = new WatchConfig.Fetch(Duration.ofSeconds(5), 1000, "t", Duration.ofHours(1));
      FeedWatcher w = new FeedWatcher(new WatchConfig.Feed("wire", server.url(), Duration.ofMinutes(1)), small,
          FeedWatcher.client(small), new HashMap<>(), log::add);
      assertEquals(List.of(), items(w.poll(0)));
      assertTrue(log.get(0).contains("larger than fetch.max_bytes (1000 bytes)"), log.get(0));

      server.delayMs = 3000;
      WatchConfig.Fetch quick = new WatchConfig.Fetch(Duration.ofMillis(300), 1_000_000, "t", Duration.ofHours(1));
      FeedWatcher slow = new FeedWatcher(new WatchConfig.Feed("wire", server.url(), Duration.ofMinutes(1)), quick,
          FeedWatcher.client(quick), new HashMap<>(), log::add);
      assertEquals(List.of(), items(slow.poll(0)));
      assertTrue(log.get(1).contains("cannot fetch") && log.get(1).toLowerCase().contains("timed out"), log.get(1));
    }
  }

  @Test
  void poll_notAFeed_isAnErrorOfTheFeed() throws Exception {
    try (FeedServer server = new FeedServer()) {
      // a feed without items is what a misconfigured URL often gives
      List<String> log = new ArrayList<>();
      FeedWatcher w = new FeedWatcher(new WatchConfig.Feed("wire", server.url(), Duration.ofMinutes(1)), FETCH,
          FeedWatcher.client(FETCH), new HashMap<>(), log::add);
      assertEquals(List.of(), items(w.poll(0)));
      assertTrue(log.get(0).contains("is a feed without items"), log.get(0));
    }
  }
}
