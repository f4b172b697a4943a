package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import org.sitrep.core.json.Json;
import org.sitrep.store.InvalidInput;

/**
 * Request bodies read with the size limit enforced while reading (a chunked body has no Content-Length to
 * check first), and parsed as exactly one JSON value: a second value (a JSONL body) or trailing garbage is
 * refused, never silently dropped.
 */
final class RequestBody {
  private static final ObjectReader STRICT = Json.mapper().reader()
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private RequestBody() {
  }

  /** The body's bytes, at most {@code max}; more is a 413, whatever Content-Length said. */
  static byte[] read(Context ctx, long max) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      throw tooLarge(declared + " bytes", max);
    }
    int cap = (int) Math.min(Integer.MAX_VALUE - 8, max);
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] b = in.readNBytes(cap + 1);
      if (b.length > cap) {
        throw tooLarge("more than " + cap + " bytes", max);
      }
      return b;
    }
  }

  private static Guard.Refused tooLarge(String size, long max) {
    return new Guard.Refused(413, "request body of " + size + " is too large: the limit is " + max
        + " bytes (sitrep serve --max-body)");
  }

  /** One JSON value, whole: anything after it (a second JSONL line, garbage) is a 400. */
  static JsonNode json(byte[] body, String expected) {
    if (body.length == 0) {
      throw new InvalidInput("body", "the body is empty; post " + expected);
    }
    try {
      JsonNode n = STRICT.readTree(body);
      if (n == null || n.isMissingNode()) {
        throw new InvalidInput("body", "the body is empty; post " + expected);
      }
      return n;
    } catch (JsonProcessingException e) {
      String what = e.getMessage() != null && e.getMessage().startsWith("Trailing token")
          ? "the body holds more than one JSON value (JSONL or trailing text): post one article per request"
          : "the body is not JSON (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ")";
      throw new InvalidInput("body", what + "; post " + expected);
    } catch (IOException e) {
      throw new InvalidInput("body", "the body could not be read; post " + expected);
    }
  }
}
