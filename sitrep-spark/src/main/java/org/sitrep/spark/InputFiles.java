package org.sitrep.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files the job's input arguments stand for, on any Hadoop file system ({@code file:}, {@code hdfs:},
 * {@code s3a:}, ...): a file as given, a folder read recursively in name order, skipping hidden files and
 * a folder's documentation (README, Markdown, LICENSE, NOTICE) as {@code sitrep analyze} does. Each file keeps
 * the name {@code sitrep analyze} would show for it (the argument, then the path inside the folder), so
 * ids and error messages are the same.
 */
public final class InputFiles {
  private InputFiles() {
  }

  /** One input file: its rank, the name the CLI shows for it, its full URI, its size, whether it is JSONL. */
  public record FileRef(long rank, String name, String uri, long size) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** JSONL files are split by line across tasks; other files are read whole by one task each. */
    public boolean jsonl() {
      String n = name.toLowerCase(Locale.ROOT);
      return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }
  }

  /** The files of {@code args}, in the CLI's order; an argument that does not exist is a usage error. */
  public static List<FileRef> expand(List<String> args, Configuration conf) throws IOException {
    List<FileRef> out = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-")) {
        throw new IllegalArgumentException("the Spark job cannot read standard input; give files or folders");
      }
      Path p = new Path(arg);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus st;
      try {
        st = fs.getFileStatus(p);
      } catch (FileNotFoundException e) {
        throw new IllegalArgumentException("no such file or folder: " + arg);
      }
      if (!st.isDirectory()) {
        out.add(new FileRef(out.size(), arg, st.getPath().toUri().toString(), st.getLen()));
        continue;
      }
      URI dir = st.getPath().toUri();
      String prefix = arg.endsWith("/") ? arg.substring(0, arg.length() - 1) : arg;
      List<String[]> found = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
      while (it.hasNext()) {
        LocatedFileStatus f = it.next();
        if (!f.isFile() || skipped(f.getPath().getName())) {
          continue;
        }
        String rel = dir.relativize(f.getPath().toUri()).getPath();
        found.add(new String[] {prefix + "/" + rel, f.getPath().toUri().toString(), Long.toString(f.getLen())});
      }
      found.sort((a, b) -> a[0].compareTo(b[0]));
      for (String[] f : found) {
        out.add(new FileRef(out.size(), f[0], f[1], Long.parseLong(f[2])));
      }
    }
    return out;
  }

  /**
   * Hidden files and a folder's documentation are not articles (the rule of {@code Inputs.expand}); nor are
   * the {@code _SUCCESS} and {@code .crc} files that Hadoop jobs leave in their output folders.
   */
  static boolean skipped(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return org.sitrep.core.io.Inputs.skippedInFolders(name) || n.startsWith("_") || n.endsWith(".crc");
  }
}
