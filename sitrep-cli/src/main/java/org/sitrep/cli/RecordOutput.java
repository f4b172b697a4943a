package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import org.sitrep.core.json.Json;

/**
 * Where records go: standard output, or a file that a re-run resumes. An interrupted run leaves whole
 * lines (each record is flushed as written) and perhaps one partial last line; the next run drops the
 * partial line, skips the documents already written and appends the rest, so the file ends with each
 * input's record exactly once.
 */
final class RecordOutput implements AutoCloseable {
  private final Writer out;
  private final Set<String> done;
  private final boolean flushEach;

  private RecordOutput(Writer out, Set<String> done, boolean flushEach) {
    this.out = out;
    this.done = done;
    this.flushEach = flushEach;
  }

  static RecordOutput stdout() {
    return new RecordOutput(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16),
        Set.of(), false);
  }

  /** A file; with {@code resume}, the ids it already holds are skipped and new records appended. */
  static RecordOutput file(Path path, boolean resume) throws IOException {
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
    return new RecordOutput(w, done, true);
  }

  boolean alreadyDone(String docId) {
    return done.contains(docId);
  }

  int resumed() {
    return done.size();
  }

  void write(Object record) {
    try {
      out.write(Json.line(record));
      out.write('\n');
      if (flushEach) {
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    out.flush();
    if (flushEach) {
      out.close();
    }
  }
}
