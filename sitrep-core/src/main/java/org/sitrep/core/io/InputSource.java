package org.sitrep.core.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * One input file (or standard input): its display name, the document id its file name gives, its size
 * where known (-1 otherwise), and a way to open it. Readers never assume a local file system, so the
 * same readers serve the CLI and a Spark job reading from HDFS.
 */
public record InputSource(String name, String baseId, long size, Opener opener) {
  /** Opens the bytes of the input; each call starts from the beginning. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  public InputStream open() throws IOException {
    return opener.open();
  }

  /** The document id for a file name: the name without folders and without its last extension(s). */
  public static String idOf(String fileName) {
    String n = fileName.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1);
    for (String ext : new String[] {".warc.gz", ".jsonl.gz"}) {
      if (n.toLowerCase(java.util.Locale.ROOT).endsWith(ext)) {
        return n.substring(0, n.length() - ext.length());
      }
    }
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
