package org.sitrep.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.core.json.Json;

/**
 * What the desk remembers between runs, saved whole and atomically at the end of each pass
 * ({@code DATA/watch/state.json}): per feed its validators and backoff, per file its size, time and content hash,
 * the incidents as last seen, and the content hashes of the articles they reflect ({@code linked}). Articles
 * stored but not yet in {@code linked} (a kill mid-pass) are treated as new on restart, so nothing is missed.
 */
public record WatchState(Map<String, FeedCursor> feeds, Map<String, FileCursor> files, Map<String, Incident> incidents,
                         List<String> linked) {
  public WatchState {
    feeds = feeds == null ? Map.of() : new TreeMap<>(feeds);
    files = files == null ? Map.of() : new TreeMap<>(files);
    incidents = incidents == null ? Map.of() : new java.util.LinkedHashMap<>(incidents);
    linked = linked == null ? List.of() : List.copyOf(linked);
  }

  /** A feed's validators for conditional GET, its run of failures and when it is next due (epoch ms). */
  public record FeedCursor(String etag, String lastModified, int failures, long nextAt, String lastError) {
  }

  /** A file as last read: size, modification time (ms) and SHA-256 of its bytes. */
  public record FileCursor(long size, long mtime, String hash) {
  }

  static WatchState empty() {
    return new WatchState(Map.of(), Map.of(), Map.of(), List.of());
  }

  static WatchState load(Path file) {
    if (!Files.exists(file)) {
      return empty();
    }
    try {
      return Json.mapper().readValue(Files.readString(file), WatchState.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the watch state " + file + ": " + e.getMessage()
          + "; move it away to start afresh (articles already stored are not analysed again)", e);
    }
  }

  void save(Path file) {
    AtomicFiles.write(file, Json.line(this).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
