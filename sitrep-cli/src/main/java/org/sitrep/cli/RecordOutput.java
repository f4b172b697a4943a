package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.io.StopRun;
import org.sitrep.core.json.Json;

/**
 * Where records go: standard output, a device or pipe, or a file that a re-run resumes. Every record is
 * flushed as written and every write is checked: a reader that left (broken pipe) ends the run at once with
 * status 141, as a program killed by SIGPIPE; any other write error (a full disk) ends it with status 3 and
 * the reason. An interrupted run leaves whole lines and perhaps one partial last line; the next run drops
 * the partial line, skips the documents already written and appends the rest, so the file ends with each
 * input's record exactly once. Devices and pipes ({@code -o /dev/stdout}) are written, never read back.
 */
final class RecordOutput implements AutoCloseable {
  /** Exit status when the reader of the output has gone (128 + SIGPIPE, as the shell reports a pipe's writer). */
  static final int BROKEN_PIPE = 141;
  /** Exit status when the output cannot be written. */
  static final int WRITE_FAILED = 3;

  /** True in the real process (main): standard output is written through its file descriptor, errors seen. */
  static volatile boolean rawStdout;

  private final Writer out;
  private final Set<String> done;
  private final String name;
  private final PrintStream checked;
  private final boolean owned;

  private RecordOutput(Writer out, Set<String> done, String name, PrintStream checked, boolean owned) {
    this.out = out;
    this.done = done;
    this.name = name;
    this.checked = checked;
    this.owned = owned;
  }

  static RecordOutput stdout() {
    PrintStream ps = System.out;
    OutputStream os = rawStdout ? new FileOutputStream(FileDescriptor.out) : ps;
    return new RecordOutput(new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16),
        Set.of(), "standard output", rawStdout ? null : ps, false);
  }

  /** True for an existing output that is not a regular file (a device, a pipe): written, never resumed. */
  static boolean isStream(Path path) {
    if (Files.isDirectory(path)) {
      return false;
    }
    return Files.exists(path) && !Files.isRegularFile(path)
        || path.toAbsolutePath().normalize().startsWith("/dev/");
  }

  /** A file; with {@code resume}, the ids it already holds are skipped and new records appended. */
  static RecordOutput file(Path path, boolean resume) throws IOException {
    if (isStream(path)) {
      OutputStream os = Files.newOutputStream(path, StandardOpenOption.WRITE);
      return new RecordOutput(new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16),
          Set.of(), path.toString(), null, true);
    }
    Set<String> done = new HashSet<>();
    if (path.getParent() != null) {
      Files.createDirectories(path.getParent());
    }
    if (resume && Files.exists(path)) {
      long keep = 0;
      long pos = 0;
      try (var r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          long next = pos + line.getBytes(StandardCharsets.UTF_8).length + 1;
          try {
            var node = Json.mapper().readTree(line);
            if (node != null && node.hasNonNull("doc_id")) {
              done.add(node.get("doc_id").asText());
              keep = next;
            } else if (node != null) {
              keep = next;
            }
          } catch (IOException e) {
            break; // a partial last line from an interrupted run
          }
          pos = next;
        }
      }
      try (RandomAccessFile f = new RandomAccessFile(path.toFile(), "rw")) {
        if (keep < f.length()) {
          f.setLength(keep);
        }
      }
    }
    Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        resume ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    return new RecordOutput(w, done, path.toString(), null, true);
  }

  boolean alreadyDone(String docId) {
    return done.contains(docId);
  }

  int resumed() {
    return done.size();
  }

  /** Writes one record as a line and flushes it; throws {@link StopRun} when it cannot. */
  void write(Object record) {
    try {
      out.write(Json.line(record));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw failure(e);
    }
    check();
  }

  private void check() {
    if (checked != null && checked.checkError()) {
      throw new StopRun("cannot write to " + name + "; the records written so far are whole lines", WRITE_FAILED,
          null);
    }
  }

  StopRun failure(IOException e) {
    String why = e.getMessage() == null ? e.toString() : e.getMessage();
    if (why.toLowerCase(Locale.ROOT).contains("broken pipe")) {
      return new StopRun("the reader of " + name + " has gone (broken pipe)", BROKEN_PIPE, e);
    }
    return new StopRun("cannot write " + name + ": " + why + (name.equals("standard output") ? ""
        : "; the records written so far are whole lines, and a re-run with the same -o resumes after them")
        + (why.toLowerCase(Locale.ROOT).contains("space") ? " (free some space or write elsewhere)" : ""),
        WRITE_FAILED, e);
  }

  @Override
  public void close() {
    try {
      out.flush();
      if (owned) {
        out.close();
      }
    } catch (IOException e) {
      throw failure(e);
    }
    check();
  }
}
