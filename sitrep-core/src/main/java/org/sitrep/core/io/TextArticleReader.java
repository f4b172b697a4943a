package org.sitrep.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.doc.Article;
import org.sitrep.core.model.ErrorCodes;

/**
 * Plain-text articles in the seeds' format: optional header lines before the body, in either order,
 * <ul>
 *   <li>{@code " date 2020-02-03"} (the word date and an ISO date or {@code YYYY-MM}); the body may
 *       continue on the same line after the date;</li>
 *   <li>a short first line without final punctuation followed by a blank line (the outlet, such as
 *       {@code Duvar English/Reuters}).</li>
 * </ul>
 * The text keeps everything after the headers unchanged (line ends, quote marks, non-breaking spaces),
 * so that offsets index into what the user gave. A leading byte-order mark is dropped.
 */
public final class TextArticleReader implements ArticleReader {
  private static final Pattern DATE_LINE =
      Pattern.compile("^[ \\t]*date[ \\t]+(\\d{4}-\\d{2}(?:-\\d{2})?)(?:[ \\t]+|[ \\t]*(?:\\r?\\n|$))");
  private static final int OUTLET_MAX_CHARS = 60;
  private static final int OUTLET_MAX_WORDS = 6;

  @Override
  public boolean accepts(String fileName) {
    return true;
  }

  @Override
  public int priority() {
    return Integer.MIN_VALUE;
  }

  @Override
  public void read(InputSource source, ReadOptions options, Consumer<InputItem> sink) throws IOException {
    String id = source.baseId();
    if (source.size() > options.maxArticleBytes()) {
      sink.accept(InputItem.error(id, source.name(), ErrorCodes.TOO_LARGE, source.name() + " is " + source.size()
          + " bytes, over the limit of " + options.maxArticleBytes() + " bytes for one article; split it, or raise"
          + " the limit with --max-bytes"));
      return;
    }
    byte[] bytes;
    try (InputStream in = source.open()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxArticleBytes() + 1));
    }
    sink.accept(parse(bytes, id, source.name(), options));
  }

  /** One article from the bytes of a text file, or the error that says why not. */
  public static InputItem parse(byte[] bytes, String id, String origin, ReadOptions options) {
    TextChecks.Decoded d = TextChecks.decode(bytes, origin, options.maxArticleBytes());
    if (d.error() != null) {
      return new InputItem(id, origin, null, d.error());
    }
    return parse(d.text(), id, origin, options);
  }

  public static InputItem parse(String raw, String id, String origin, ReadOptions options) {
    String text = raw;
    String date = null;
    String outlet = null;
    for (int pass = 0; pass < 2; pass++) {
      Matcher m = DATE_LINE.matcher(text);
      if (date == null && m.find()) {
        date = m.group(1);
        text = text.substring(m.end());
        continue;
      }
      if (outlet == null) {
        String[] split = outletLine(text);
        if (split != null) {
          outlet = split[0];
          text = split[1];
        }
      }
    }
    String published = Dates.normalize(date);
    if (date != null && published == null) {
      return InputItem.error(id, origin, ErrorCodes.BAD_DATE, origin + " has a date line '" + date
          + "' that is not a calendar date; write it as YYYY-MM-DD");
    }
    if (published == null) {
      published = options.defaultDate();
    }
    if (text.isBlank()) {
      return InputItem.error(id, origin, ErrorCodes.EMPTY, origin + " has header lines but no article text");
    }
    return InputItem.of(new Article(id, text, outlet, null, null, published, null, origin));
  }

  /** {outlet, rest} where the text starts with an outlet line followed by a blank line; else null. */
  private static String[] outletLine(String text) {
    int nl = text.indexOf('\n');
    if (nl < 0) {
      return null;
    }
    String line = text.substring(0, nl).strip();
    String rest = text.substring(nl + 1);
    if (line.isEmpty() || line.length() > OUTLET_MAX_CHARS || line.split("\\s+").length > OUTLET_MAX_WORDS) {
      return null;
    }
    char last = line.charAt(line.length() - 1);
    if (".!?:;,\"'\u201D\u2019)".indexOf(last) >= 0) {
      return null;
    }
    int i = 0;
    while (i < rest.length() && (rest.charAt(i) == '\r' || rest.charAt(i) == ' ' || rest.charAt(i) == '\t')) {
      i++;
    }
    if (i >= rest.length() || rest.charAt(i) != '\n') {
      return null; // an outlet line is followed by a blank line
    }
    int start = i + 1;
    while (start < rest.length() && Character.isWhitespace(rest.charAt(start))) {
      start++;
    }
    return new String[] {line, rest.substring(start)};
  }
}
