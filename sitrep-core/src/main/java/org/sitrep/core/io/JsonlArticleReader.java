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
    try (InputStream raw = source.open();
         java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw, 1 << 16)) {
      in.mark(4);
      byte[] head = in.readNBytes(4);
      in.reset();
      java.nio.charset.Charset bom = TextChecks.bomCharset(head);
      int n = 0;
      int articles = 0;
      if (bom != null) {
        // UTF-16/32 with a byte-order mark: decoded as such (strictly; a bad unit fails its line)
        in.skipNBytes(TextChecks.bomLength(bom));
        BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, bom.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        String line;
        while ((line = r.readLine()) != null) {
          n++;
          if (!line.isBlank()) {
            articles++;
            sink.accept(parseLine(line, n, source.baseId(), source.name(), options));
          }
        }
      } else {
        long cap = Math.min(Integer.MAX_VALUE - 16L, options.maxArticleBytes() + 1);
        LineReader lines = new LineReader(in, (int) cap);
        while (lines.next()) {
          n++;
          if (lines.blank()) {
            continue;
          }
          articles++;
          sink.accept(parseBytes(lines, n, source.baseId(), source.name(), options));
        }
      }
      if (articles == 0) {
        sink.accept(InputItem.error(source.baseId(), source.name(), ErrorCodes.EMPTY, source.name()
            + " has no article: " + (n == 0 ? "it is empty" : "its " + n + " lines are blank")
            + "; each line of a .jsonl file is one {\"id\": ..., \"text\": ...}"));
      }
    }
  }

  /** One line's bytes: decoded strictly; a few malformed sequences are replaced (with a warning), more fail. */
  private static InputItem parseBytes(LineReader l, int lineNo, String baseId, String name, ReadOptions options) {
    String origin = name + ":" + lineNo;
    if (l.length() > options.maxArticleBytes()) {
      String id = idIn(new String(l.bytes(), 0, Math.min(l.size(), 4096), StandardCharsets.UTF_8), baseId + "#" + lineNo);
      return InputItem.error(id, origin, ErrorCodes.TOO_LARGE, origin + " (id " + id + ") is " + l.length()
          + " bytes, over the limit of " + options.maxArticleBytes() + " bytes for one article; split it, or raise"
          + " the limit with --max-bytes");
    }
    TextChecks.Lenient t = TextChecks.utf8(l.bytes(), 0, l.size());
    if (t.bad() > 0) {
      String id = idIn(t.text(), baseId + "#" + lineNo);
      if (!TextChecks.fewBad(t.bad(), l.size())) {
        return InputItem.error(id, origin, ErrorCodes.INVALID_UTF8, origin + " (id " + id + ") is not valid UTF-8 ("
            + t.bad() + " malformed byte sequences, the first at byte " + t.firstBad() + " of the line); convert the"
            + " file, e.g. iconv -f WINDOWS-1252 -t UTF-8");
      }
      TextChecks.warn(origin + " (id " + id + ") has " + t.bad() + " malformed UTF-8 byte sequence"
          + (t.bad() == 1 ? "" : "s") + " (the first at byte " + t.firstBad() + " of the line), each read as U+FFFD;"
          + " the rest is analysed");
    }
    return parseLine(t.text(), lineNo, baseId, name, options);
  }

  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.){1,200})\"|(-?\\d{1,30}))");

  /** The line's own {@code "id"} where it can be found in a line that does not parse whole, else {@code fallback}. */
  static String idIn(String line, String fallback) {
    try {
      JsonNode node = Json.mapper().readTree(line);
      if (node != null && node.isObject()) {
        String id = str(node, "id");
        return id == null || id.isBlank() ? fallback : id;
      }
    } catch (JsonProcessingException | RuntimeException e) {
      // not JSON as a whole: look for "id" among the first fields
    }
    java.util.regex.Matcher m = ID.matcher(line.length() > 4096 ? line.substring(0, 4096) : line);
    if (m.find()) {
      String id = m.group(1) != null ? m.group(1) : m.group(2);
      return id.isBlank() ? fallback : id;
    }
    return fallback;
  }

  /** One article from one JSONL line (1-based {@code lineNo}), or the error that says why not. */
  public static InputItem parseLine(String line, int lineNo, String baseId, String name, ReadOptions options) {
    String origin = name + ":" + lineNo;
    String fallbackId = baseId + "#" + lineNo;
    if (line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    if (line.length() > options.maxArticleBytes()) {
      String id = idIn(line.substring(0, Math.min(line.length(), 4096)), fallbackId);
      return InputItem.error(id, origin, ErrorCodes.TOO_LARGE, origin + " (id " + id + ") is " + line.length()
          + " characters, over the limit of " + options.maxArticleBytes() + " for one article");
    }
    JsonNode node;
    try {
      node = Json.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      String id = idIn(line, fallbackId);
      return InputItem.error(id, origin, ErrorCodes.MALFORMED_JSON, origin + (id.equals(fallbackId) ? "" : " (id " + id
          + ")") + " is not a JSON object: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return InputItem.error(fallbackId, origin, ErrorCodes.MALFORMED_JSON, origin
          + " is not a JSON object; each line must be {\"id\": ..., \"text\": ...}");
    }
    String id = str(node, "id");
    if (id == null || id.isBlank()) {
      id = fallbackId;
    }
    JsonNode tn = node.get("text");
    if (tn != null && !tn.isNull() && !tn.isTextual()) {
      return InputItem.error(id, origin, ErrorCodes.MISSING_TEXT, origin + " (id " + id + ") has a \"text\" that is "
          + kind(tn) + ", not a string; each line must be {\"id\": ..., \"text\": \"...\"}");
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

  private static String kind(JsonNode n) {
    return n.isNumber() ? "a number" : n.isBoolean() ? "true or false" : n.isArray() ? "a list" : n.isObject()
        ? "an object" : "not text";
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.isTextual() ? v.textValue() : v.toString();
  }
}
