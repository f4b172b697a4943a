package org.sitrep.core.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.sitrep.core.model.ArticleError;
import org.sitrep.core.model.ErrorCodes;

/**
 * Checks shared by the readers: size, binary content, encoding, emptiness. UTF-8 is decoded strictly: a
 * U+FFFD written as valid UTF-8 is text like any other, and only malformed byte sequences count as bad. A
 * few bad sequences ({@link #FEW_BAD} or fewer, at most 1 in 100 bytes) in an otherwise valid text give the
 * article with each replaced by U+FFFD and a warning on standard error; more give an error. A byte-order mark
 * selects UTF-16 or UTF-32 (little or big endian).
 */
public final class TextChecks {
  /** Most malformed UTF-8 sequences an article may have and still be read (with a warning). */
  public static final int FEW_BAD = 8;

  private TextChecks() {
  }

  /** Where warnings about inputs go (standard error by default). */
  private static volatile java.util.function.Consumer<String> warnings = System.err::println;

  /** Sends read warnings to {@code sink} (tests); returns the previous sink. */
  public static java.util.function.Consumer<String> warnTo(java.util.function.Consumer<String> sink) {
    var old = warnings;
    warnings = sink;
    return old;
  }

  /** A warning about an input that is read all the same (on standard error, prefixed "sitrep: warning: "). */
  public static void warn(String message) {
    warnings.accept("sitrep: warning: " + message);
  }

  /** Text decoded from UTF-8 with malformed sequences replaced: how many there were and the first's offset. */
  public record Lenient(String text, int bad, long firstBad) {
  }

  /** Decodes UTF-8, replacing each malformed sequence by U+FFFD and counting them. */
  public static Lenient utf8(byte[] bytes, int off, int len) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
    CharBuffer out = CharBuffer.allocate(len + 16);
    int bad = 0;
    long first = -1;
    while (true) {
      java.nio.charset.CoderResult r = dec.decode(in, out, true);
      if (r.isUnderflow()) {
        break;
      }
      if (r.isOverflow() || !out.hasRemaining()) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        out = bigger;
        continue;
      }
      if (first < 0) {
        first = in.position() - off;
      }
      bad++;
      in.position(in.position() + r.length());
      out.put('\uFFFD');
    }
    out.flip();
    return new Lenient(out.toString(), bad, first);
  }

  /** True where {@code bad} malformed sequences in {@code len} bytes are few enough to read the text anyway. */
  public static boolean fewBad(int bad, long len) {
    return bad <= FEW_BAD && bad * 100L <= Math.max(len, 100);
  }

  /** The charset a byte-order mark names (UTF-32 before UTF-16: FF FE 00 00 is UTF-32LE), or null. */
  public static java.nio.charset.Charset bomCharset(byte[] b) {
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return java.nio.charset.Charset.forName("UTF-32BE");
    }
    if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return java.nio.charset.Charset.forName("UTF-32LE");
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** Length in bytes of the byte-order mark of {@code cs} (2 for UTF-16, 4 for UTF-32). */
  public static int bomLength(java.nio.charset.Charset cs) {
    return cs.name().startsWith("UTF-32") ? 4 : 2;
  }

  /** Decoded text, or the error that says why the bytes are not an article's text. */
  public record Decoded(String text, ArticleError error) {
  }

  public static Decoded decode(byte[] bytes, String origin, long maxBytes) {
    if (bytes.length > maxBytes) {
      return fail(ErrorCodes.TOO_LARGE, origin + " is " + bytes.length + " bytes, over the limit of " + maxBytes
          + " bytes for one article; split it, or raise the limit with --max-bytes");
    }
    java.nio.charset.Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bomLength(bom);
      try {
        String text = bom.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
            .toString();
        return text.isBlank() ? fail(ErrorCodes.EMPTY, origin + " is empty: there is no text to analyse")
            : new Decoded(text, null);
      } catch (CharacterCodingException e) {
        return fail(ErrorCodes.INVALID_UTF8, origin + " starts with a " + bom.name() + " byte-order mark but is not"
            + " valid " + bom.name() + "; convert it to UTF-8, e.g. iconv -f " + bom.name() + " -t UTF-8");
      }
    }
    Optional<String> binary = binaryKind(bytes);
    if (binary.isPresent()) {
      return fail(ErrorCodes.BINARY, origin + " is not text (" + binary.get() + "); give sitrep UTF-8 text, JSONL,"
          + " HTML, RSS/Atom or WARC");
    }
    Lenient l = utf8(bytes, 0, bytes.length);
    String text = l.text();
    if (l.bad() > 0) {
      if (!fewBad(l.bad(), bytes.length)) {
        return fail(ErrorCodes.INVALID_UTF8, origin + " is not valid UTF-8 (" + l.bad() + " malformed byte sequences,"
            + " the first at byte " + l.firstBad() + "); convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8");
      }
      warn(origin + " has " + l.bad() + " malformed UTF-8 byte sequence" + (l.bad() == 1 ? "" : "s")
          + " (the first at byte " + l.firstBad() + "), each read as U+FFFD; the rest is analysed");
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return fail(ErrorCodes.EMPTY, origin + " is empty: there is no text to analyse");
    }
    return new Decoded(text, null);
  }

  private static Decoded fail(String code, String message) {
    return new Decoded(null, new ArticleError(code, message));
  }

  /** A name for the kind of binary content, where the bytes look binary. */
  static Optional<String> binaryKind(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return Optional.of("a PNG image");
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("a JPEG image");
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return Optional.of("a PDF document");
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return Optional.of("a ZIP archive");
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return Optional.of("gzip-compressed data");
    }
    for (int i = 0; i < b.length; i++) {
      if (b[i] == 0) {
        return Optional.of("it contains NUL bytes, the first at byte " + i);
      }
    }
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return n > 0 && control * 100 > n * 2 ? Optional.of(control + " control bytes in the first " + n) : Optional.empty();
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
