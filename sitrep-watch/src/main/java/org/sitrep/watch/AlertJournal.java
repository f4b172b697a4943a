package org.sitrep.watch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.sitrep.core.json.Json;

/**
 * Every alert raised, in order, one JSON line each ({@code DATA/watch/alerts.jsonl}), forced to disk before
 * anyone is told. An alert whose id is already there is not raised again, which is what makes a restart after a
 * kill alert once. A torn last line (a kill mid-write) is cut off when the journal is opened. Keeps the latest
 * alerts in memory for the feed, the stream and the webhooks; thread-safe.
 */
public final class AlertJournal implements AutoCloseable {
  static final int KEEP = 1000;
  private final Path file;
  private final FileChannel out;
  private final Set<String> ids = new HashSet<>();
  private final Deque<Alert> recent = new ArrayDeque<>();
  private final List<Consumer<Alert>> listeners = new CopyOnWriteArrayList<>();
  private final Clock clock;
  private long lastSeq;

  public AlertJournal(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
    try {
      Files.createDirectories(file.getParent());
      long good = 0;
      if (Files.exists(file)) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          String line;
          while ((line = r.readLine()) != null) {
            Alert a;
            try {
              a = Json.read(line, Alert.class);
            } catch (RuntimeException e) {
              break; // a torn write at the end: what follows is dropped
            }
            good += line.getBytes(StandardCharsets.UTF_8).length + 1;
            remember(a);
          }
        }
      }
      out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      out.truncate(good);
      out.position(good);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the alert journal " + file + ": " + e.getMessage(), e);
    }
  }

  private void remember(Alert a) {
    ids.add(a.id());
    lastSeq = Math.max(lastSeq, a.seq());
    recent.addLast(a);
    while (recent.size() > KEEP) {
      recent.removeFirst();
    }
  }

  /** Writes the alerts not raised before, numbered in order, then tells the listeners; returns those written. */
  public List<Alert> append(List<Alert> alerts) {
    List<Alert> written = new ArrayList<>();
    synchronized (this) {
      StringBuilder sb = new StringBuilder();
      String at = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
      Set<String> batch = new HashSet<>();
      long seq = lastSeq;
      for (Alert a : alerts) {
        if (ids.contains(a.id()) || !batch.add(a.id())) {
          continue;
        }
        Alert n = a.numbered(++seq, at);
        written.add(n);
        sb.append(Json.line(n)).append('\n');
      }
      if (written.isEmpty()) {
        return written;
      }
      try {
        ByteBuffer b = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
          out.write(b);
        }
        out.force(false);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the alert journal " + file + ": " + e.getMessage(), e);
      }
      written.forEach(this::remember);
    }
    for (Alert a : written) {
      for (Consumer<Alert> l : listeners) {
        l.accept(a);
      }
    }
    return written;
  }

  /** Alerts after {@code seq}, oldest first, at most {@code limit} (read from the file when older than memory). */
  public synchronized List<Alert> since(long seq, int limit) {
    List<Alert> out = new ArrayList<>();
    if (recent.isEmpty() || recent.peekFirst().seq() <= seq + 1) {
      for (Alert a : recent) {
        if (a.seq() > seq && out.size() < limit) {
          out.add(a);
        }
      }
      return out;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null && out.size() < limit) {
        Alert a = Json.read(line, Alert.class);
        if (a.seq() > seq && a.seq() <= lastSeq) {
          out.add(a);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the alert journal " + file + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** The latest alerts, newest first. */
  public synchronized List<Alert> latest(int limit) {
    List<Alert> out = new ArrayList<>();
    var it = recent.descendingIterator();
    while (it.hasNext() && out.size() < limit) {
      out.add(it.next());
    }
    return out;
  }

  public synchronized long lastSeq() {
    return lastSeq;
  }

  /** Calls {@code l} with each alert once it is on disk (on the writer's thread: keep it short). */
  public void listen(Consumer<Alert> l) {
    listeners.add(l);
  }

  public void unlisten(Consumer<Alert> l) {
    listeners.remove(l);
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      // closing after a forced write: nothing is lost
    }
  }
}
