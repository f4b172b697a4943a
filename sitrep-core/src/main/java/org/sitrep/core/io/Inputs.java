package org.sitrep.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.core.model.ErrorCodes;

/**
 * Turns command-line inputs (files, folders read recursively in name order, skipping hidden files and
 * README/Markdown files, {@code -} for standard input) into articles, choosing a reader by file name: readers found with {@link ServiceLoader} first
 * (HTML, feeds, WARC), then JSONL, then plain text.
 */
public final class Inputs {
  private final List<ArticleReader> readers;
  private final ReadOptions options;

  public Inputs(List<ArticleReader> readers, ReadOptions options) {
    List<ArticleReader> all = new ArrayList<>(readers);
    all.sort(Comparator.comparingInt(ArticleReader::priority).reversed());
    this.readers = List.copyOf(all);
    this.options = options;
  }

  /** The built-in readers plus every {@link ArticleReader} on the class path. */
  public static Inputs standard(ReadOptions options) {
    List<ArticleReader> rs = new ArrayList<>();
    ServiceLoader.load(ArticleReader.class).forEach(rs::add);
    rs.add(new JsonlArticleReader());
    rs.add(new TextArticleReader());
    return new Inputs(rs, options);
  }

  public ReadOptions options() {
    return options;
  }

  public ArticleReader readerFor(String fileName) {
    return readers.stream().filter(r -> r.accepts(fileName)).findFirst().orElseThrow();
  }

  /** Every file an argument stands for, in a stable order; {@code -} stays as is. */
  public static List<String> expand(List<String> args) throws IOException {
    List<String> out = new ArrayList<>();
    for (String a : args) {
      Path p = Path.of(a);
      if (a.equals("-") || !Files.isDirectory(p)) {
        out.add(a);
        continue;
      }
      try (Stream<Path> s = Files.walk(p)) {
        // files, and links that are not (dangling, looping, to a folder): those give an error record each
        s.filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f))
            .filter(f -> !skippedInFolders(f.getFileName().toString()))
            .map(Path::toString).sorted().forEach(out::add);
      }
    }
    return out;
  }

  /** Hidden files and a folder's documentation (README, *.md) are not articles when a folder is walked. */
  public static boolean skippedInFolders(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.startsWith(".") || n.endsWith(".md") || n.startsWith("readme") || n.startsWith("license")
        || n.startsWith("notice");
  }

  /** Reads one argument (a file or {@code -}) and hands every article or error to {@code sink}. */
  public void read(String arg, InputStream stdin, Consumer<InputItem> sink) {
    if (arg.equals("-")) {
      readStdin(stdin, sink);
      return;
    }
    Path p = Path.of(arg);
    String id = InputSource.idOf(arg);
    if (!Files.isRegularFile(p)) {
      sink.accept(InputItem.error(id, arg, ErrorCodes.UNREADABLE, arg + " " + whyNotAFile(p)));
      return;
    }
    long size;
    try {
      size = Files.size(p);
    } catch (IOException e) {
      size = -1;
    }
    InputSource src = new InputSource(arg, id, size, () -> Files.newInputStream(p));
    readSource(src, sink);
  }

  private static String whyNotAFile(Path p) {
    if (Files.isSymbolicLink(p)) {
      String target;
      try {
        target = Files.readSymbolicLink(p).toString();
      } catch (IOException | RuntimeException e) {
        target = "?";
      }
      if (Files.isDirectory(p)) {
        return "is a symbolic link to the folder " + target + ", which sitrep does not follow inside a folder (links"
            + " can loop); give it as an input of its own";
      }
      return "is a symbolic link to " + target + ", which does not exist or links back to itself; fix or remove"
          + " the link";
    }
    if (!Files.exists(p)) {
      return "does not exist; check the path";
    }
    return Files.isDirectory(p) ? "is a folder" : "is not a regular file (a device or pipe); give sitrep files, or '-'"
        + " for standard input";
  }

  /** Reads one source with the reader its name selects; a source that cannot be opened gives one error item. */
  public void readSource(InputSource src, Consumer<InputItem> sink) {
    try {
      readerFor(src.name()).read(src, options, sink);
    } catch (StopRun e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      sink.accept(InputItem.error(src.baseId(), src.name(), ErrorCodes.UNREADABLE, "cannot read " + src.name() + ": "
          + e));
    }
  }

  private void readStdin(InputStream stdin, Consumer<InputItem> sink) {
    byte[] bytes;
    try {
      bytes = stdin.readAllBytes();
    } catch (IOException e) {
      sink.accept(InputItem.error("stdin", "standard input", ErrorCodes.UNREADABLE, "cannot read standard input: " + e));
      return;
    }
    int i = 0;
    while (i < bytes.length && Character.isWhitespace(bytes[i])) {
      i++;
    }
    boolean jsonl = i < bytes.length && bytes[i] == '{';
    InputSource src = new InputSource(jsonl ? "stdin.jsonl" : "stdin", "stdin", bytes.length,
        () -> new java.io.ByteArrayInputStream(bytes));
    try {
      (jsonl ? new JsonlArticleReader() : new TextArticleReader()).read(src, options, sink);
    } catch (IOException e) {
      sink.accept(InputItem.error("stdin", "standard input", ErrorCodes.UNREADABLE, "cannot read standard input: " + e));
    }
  }
}
