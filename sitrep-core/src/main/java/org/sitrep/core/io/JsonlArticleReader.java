package org.sitrep.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import org.sitrep.core.doc.Article;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ErrorCodes;

/**
 * JSONL: one article per line, {@code {"id", "text"}} required, {@code "date"}, {@code "source"},
 * {@code "url"}, {@code "title"}, {@code "language"} optional. A line that is not JSON, lacks
 * {@code text}, or is not valid UTF-8 gives an error item for that line; the other lines are read.
 */
public final class JsonlArticleReader implements ArticleReader {
  @Override
  public boolean accepts(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }

  @Override
  public int priority() {
    return 0;
  }

  @Override
  public void read(InputSource source, ReadOptions options, Consumer<InputItem> sink) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (InputStream in = source.open();
         BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        sink.accept(parseLine(line, n, source.baseId(), source.name(), options));
      }
    }
  }

  /** One article from one JSONL line (1-based {@code lineNo}), or the error that says why not. */
  public static InputItem parseLine(String line, int lineNo, String baseId, String name, ReadOptions options) {
    String origin = name + ":" + lineNo;
    String fallbackId = baseId + "#" + lineNo;
    if (line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    if (line.indexOf('\uFFFD') >= 0) {
      return InputItem.error(fallbackId, origin, ErrorCodes.INVALID_UTF8, origin
          + " is not valid UTF-8; convert the file, e.g. iconv -f WINDOWS-1252 -t UTF-8");
    }
    if (line.length() > options.maxArticleBytes()) {
      return InputItem.error(fallbackId, origin, ErrorCodes.TOO_LARGE, origin + " is " + line.length()
          + " characters, over the limit of " + options.maxArticleBytes() + " for one article");
    }
    JsonNode node;
    try {
      node = Json.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      return InputItem.error(fallbackId, origin, ErrorCodes.MALFORMED_JSON, origin + " is not a JSON object: "
          + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return InputItem.error(fallbackId, origin, ErrorCodes.MALFORMED_JSON, origin
          + " is not a JSON object; each line must be {\"id\": ..., \"text\": ...}");
    }
    String id = str(node, "id");
    if (id == null || id.isBlank()) {
      id = fallbackId;
    }
    String text = str(node, "text");
    if (text == null) {
      return InputItem.error(id, origin, ErrorCodes.MISSING_TEXT, origin + " (id " + id
          + ") has no \"text\" string; each line must be {\"id\": ..., \"text\": ...}");
    }
    if (text.isBlank()) {
      return InputItem.error(id, origin, ErrorCodes.EMPTY, origin + " (id " + id + ") has an empty \"text\"");
    }
    String rawDate = str(node, "date");
    String date = Dates.normalize(rawDate);
    if (rawDate != null && !rawDate.isBlank() && date == null) {
      return InputItem.error(id, origin, ErrorCodes.BAD_DATE, origin + " (id " + id + ") has a \"date\" '" + rawDate
          + "' that is not an ISO date; write it as YYYY-MM-DD");
    }
    if (date == null) {
      date = options.defaultDate();
    }
    return InputItem.of(new Article(id, text, str(node, "source"), str(node, "url"), str(node, "title"), date,
        str(node, "language"), origin));
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.isTextual() ? v.textValue() : v.toString();
  }
}
