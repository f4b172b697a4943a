package org.sitrep.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A copy of one of CoreNLP's models made at build time ({@link CrfModelFile}) that CoreNLP's
 * own reader reads faster, and which of the two a process names to CoreNLP: the copy when the build made it from the
 * model on the classpath (its key, a resource beside it, is the SHA-256 of that model's bytes), else the model itself
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
      key = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!key.equals(ParserModelFile.sha256(original))) {
      System.err.println("sitrep: the copy of the " + what + " was made from another model; reading CoreNLP's");
      return false;
    }
    return true;
  }
}
