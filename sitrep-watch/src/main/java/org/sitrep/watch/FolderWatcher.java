package org.sitrep.watch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.io.InputSource;
import org.sitrep.core.io.Inputs;
import org.sitrep.watch.WatchState.FileCursor;

/**
 * Follows a folder by polling (portable, and it sees files moved in, copied over a network share or dropped as
 * WARC archives): each file, in name order, is read once it has been still for the settle time, and again only
 * when its size, time and content change. Up to {@code batch} files per poll. Hidden files, README/Markdown and
 * files still being written under a temporary name ({@code .tmp}, {@code .part}) are skipped.
 */
final class FolderWatcher {
  private final WatchConfig.Folder folder;
  private final Map<String, FileCursor> cursors;
  private final Inputs inputs;
  private final Consumer<String> log;
  private long nextAt;

  FolderWatcher(WatchConfig.Folder folder, Map<String, FileCursor> cursors, Inputs inputs, Consumer<String> log) {
    this.folder = folder;
    this.cursors = cursors;
    this.inputs = inputs;
    this.log = log;
  }

  long nextAt() {
    return nextAt;
  }

  /** The files ready to read now; each {@link Found} remembers its file's cursor once stored. */
  List<Found> poll(long now) {
    nextAt = now + folder.interval().toMillis();
    List<Found> out = new ArrayList<>();
    if (!Files.isDirectory(folder.path())) {
      log.accept("folder " + folder.path() + " does not exist (yet); create it or fix \"folders\" in the configuration");
      return out;
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(folder.path())) {
      files = s.filter(Files::isRegularFile).filter(f -> !skipped(f.getFileName().toString())).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      log.accept("cannot list " + folder.path() + ": " + e.getMessage());
      return out;
    }
    boolean more = false;
    for (Path f : files) {
      String key = f.toString();
      BasicFileAttributes at;
      try {
        at = Files.readAttributes(f, BasicFileAttributes.class);
      } catch (IOException e) {
        continue; // gone since the listing
      }
      long size = at.size();
      long mtime = at.lastModifiedTime().toMillis();
      FileCursor c = cursors.get(key);
      if (c != null && c.size() == size && c.mtime() == mtime) {
        continue;
      }
      if (now - mtime < folder.settle().toMillis()) {
        more = true; // still being written, perhaps: next time
        continue;
      }
      if (out.size() >= folder.batch()) {
        more = true;
        break;
      }
      String hash;
      try {
        hash = sha256(f);
      } catch (IOException e) {
        log.accept("cannot read " + f + ": " + e.getMessage());
        continue;
      }
      FileCursor next = new FileCursor(size, mtime, hash);
      if (c != null && c.hash().equals(hash)) {
        out.add(new Found(key, List.of(), () -> cursors.put(key, next))); // touched, not changed
        continue;
      }
      List<InputItem> items = new ArrayList<>();
      inputs.readSource(new InputSource(key, InputSource.idOf(f.getFileName().toString()), size,
          () -> Files.newInputStream(f)), items::add);
      out.add(new Found(key, items, () -> cursors.put(key, next)));
    }
    if (more) {
      nextAt = Math.min(nextAt, now + Math.min(folder.settle().toMillis(), 1000));
    }
    String prefix = folder.path().toString() + java.io.File.separator;
    java.util.Set<String> present = new java.util.HashSet<>();
    files.forEach(f -> present.add(f.toString()));
    cursors.keySet().removeIf(k -> k.startsWith(prefix) && !present.contains(k)); // deleted: its articles stay stored
    return out;
  }

  static boolean skipped(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return Inputs.skippedInFolders(name) || n.endsWith(".tmp") || n.endsWith(".part") || n.endsWith(".crdownload")
        || n.endsWith("~");
  }

  static String sha256(Path f) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(f), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
