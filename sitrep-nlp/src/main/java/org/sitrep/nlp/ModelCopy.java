package org.sitrep.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A copy of one of CoreNLP's models made at build time ({@link CrfModelFile}) that CoreNLP's
 * own reader reads faster, and which of the two a process names to CoreNLP: the copy when the build made it from the
 * model on the classpath (its key, a resource beside it, is that model's jar entry's CRC-32 and size, or the SHA-256
 * of its bytes when it is not read from a jar; {@link #matches}), else the model itself
 * with a line on standard error; decided once per process, and the model itself after the copy failed to load.
 */
final class ModelCopy {
  private final String copy;
  private final String original;
  private final String what;
  private volatile String chosen;

  /** The copy at the classpath resource {@code copy}, made from the model at {@code original} ({@code what}, for messages). */
  ModelCopy(String copy, String original, String what) {
    this.copy = copy;
    this.original = original;
    this.what = what;
  }

  String copy() {
    return copy;
  }

  String original() {
    return original;
  }

  /** The classpath resource of the copy's key. */
  String key() {
    return copy + ".key";
  }

  /** The path to give CoreNLP: the copy, or the model itself when there is no usable copy. */
  String model() {
    String m = chosen;
    if (m == null) {
      synchronized (this) {
        m = chosen;
        if (m == null) {
          m = usable() ? copy : original;
          chosen = m;
        }
      }
    }
    return m;
  }

  /** After the copy failed to load (corrupt): the model itself from now on, with a line on standard error. */
  void refuse(Exception e) {
    System.err.println("sitrep: the copy of the " + what + " did not load (" + e + "); reading CoreNLP's");
    chosen = original;
  }

  private boolean usable() {
    ClassLoader cl = ModelCopy.class.getClassLoader();
    String key;
    try (InputStream in = cl.getResourceAsStream(key())) {
      if (in == null || cl.getResource(copy) == null) {
        System.err.println("sitrep: no copy of the " + what + " (" + copy + "); reading CoreNLP's");
        return false;
      }
      key = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!matches(key, original)) {
      System.err.println("sitrep: the copy of the " + what + " was made from another model; reading CoreNLP's");
      return false;
    }
    return true;
  }

  /**
   * The key of the model at {@code path}: the SHA-256 of its bytes and, when the classpath gives it from a jar, a
   * second line with the jar entry's CRC-32 and size ({@link #jarEntry}).
   */
  static String keyOf(String path) {
    String entry = jarEntry(path);
    return ParserModelFile.sha256(path) + "\n" + (entry == null ? "" : entry + "\n");
  }

  /**
   * Whether {@code key} ({@link #keyOf}) is the key of the model at {@code path} as the classpath gives it now: by the
   * jar entry's CRC-32 and size when both the key and the model have them (read from the jar's directory: no byte of
   * the model read, where its SHA-256 costs 0.1 s CPU for the CRF's 32 MB), else by the SHA-256 of its bytes.
   */
  static boolean matches(String key, String path) {
    String[] lines = key.strip().split("\n");
    String entry = lines.length > 1 ? jarEntry(path) : null;
    if (entry != null) {
      return entry.equals(lines[1].strip());
    }
    return lines[0].strip().equals(ParserModelFile.sha256(path));
  }

  /**
   * "jar-entry CRC SIZE" of the classpath resource {@code path} when it is an entry of a jar file (the CRC-32 and size
   * the jar's directory holds for it), or null (a folder, a jar inside a jar, no such resource).
   */
  static String jarEntry(String path) {
    URL u = ModelCopy.class.getClassLoader().getResource(path);
    if (u == null || !"jar".equals(u.getProtocol())) {
      return null;
    }
    String s = u.toString();
    int bang = s.indexOf("!/");
    if (bang < 0 || s.indexOf("!/", bang + 2) >= 0) {
      return null;
    }
    try (ZipFile jar = new ZipFile(Path.of(URI.create(s.substring(4, bang))).toFile())) {
      ZipEntry e = jar.getEntry(s.substring(bang + 2));
      return e == null || e.getCrc() < 0 || e.getSize() < 0 ? null : "jar-entry " + e.getCrc() + " " + e.getSize();
    } catch (IOException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return null;
    }
  }
}
