package org.sitrep.core.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.sitrep.core.model.ArticleError;
import org.sitrep.core.model.ErrorCodes;

/** Checks shared by the readers: size, binary content, strict UTF-8, emptiness. */
public final class TextChecks {
  private TextChecks() {
  }

  /** Decoded text, or the error that says why the bytes are not an article's text. */
  public record Decoded(String text, ArticleError error) {
  }

  public static Decoded decode(byte[] bytes, String origin, long maxBytes) {
    if (bytes.length > maxBytes) {
      return fail(ErrorCodes.TOO_LARGE, origin + " is " + bytes.length + " bytes, over the limit of " + maxBytes
          + " bytes for one article; split it, or raise the limit with --max-bytes");
    }
    Optional<String> binary = binaryKind(bytes);
    if (binary.isPresent()) {
      return fail(ErrorCodes.BINARY, origin + " is not text (" + binary.get() + "); give sitrep UTF-8 text, JSONL,"
          + " HTML, RSS/Atom or WARC");
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    String text;
    try {
      CharBuffer out = dec.decode(in);
      text = out.toString();
    } catch (MalformedInputException e) {
      return fail(ErrorCodes.INVALID_UTF8, origin + " is not valid UTF-8 (bad byte at offset " + in.position()
          + "); convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8");
    } catch (CharacterCodingException e) {
      return fail(ErrorCodes.INVALID_UTF8, origin + " is not valid UTF-8: " + e.getMessage());
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
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return Optional.of("it contains NUL bytes");
      }
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
