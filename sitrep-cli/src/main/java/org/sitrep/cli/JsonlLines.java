package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The non-blank lines of a JSONL file ("-": standard input), numbered from 1, a UTF-8 byte-order mark removed. */
final class JsonlLines {
  /** What is done with one line. */
  interface Sink {
    void accept(int lineNo, String line);
  }

  private JsonlLines() {
  }

  static void forEach(String fileOrDash, Sink sink) throws IOException {
    try (BufferedReader r = fileOrDash.equals("-")
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(fileOrDash), StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (n == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1); // a UTF-8 byte-order mark, as some editors write
        }
        if (!line.isBlank()) {
          sink.accept(n, line);
        }
      }
    }
  }
}
