package org.sitrep.formats;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.data.CalendarNames;
import org.sitrep.core.io.Dates;

/**
 * Publication dates as web pages and feeds write them: ISO 8601 ({@code 2020-02-05T10:00:00+03:00}, the
 * form of {@code article:published_time} and JSON-LD), RFC 822/1123 ({@code Wed, 5 Feb 2020 10:00:00 GMT},
 * RSS {@code pubDate}), and the usual English forms ({@code February 5, 2020}, {@code 5 Feb. 2020},
 * {@code 2020/02/05}). The date is kept as the page wrote it, in its own time zone: a story published at
 * 23:30 in Damascus is dated by Damascus, not by UTC.
 */
public final class WebDates {
  private static final Pattern ISO_LOOSE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:$|[T\\s].*)");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T.*)?");
  private static final Pattern MONTH_FIRST =
      Pattern.compile("(?:[A-Za-z]+,?\\s+)?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b.*");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(?:[A-Za-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b.*");
  private static final List<String> MONTHS = CalendarNames.monthPrefixes();
  private static final List<String> FULL_MONTHS = CalendarNames.months();
  private static final Map<String, Integer> MONTH_WORDS = CalendarNames.monthWords();
  private static final DateTimeFormatter RFC_1123 = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("[EEE, ]d MMM yyyy").toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.SMART);

  private WebDates() {
  }

  /** {@code YYYY-MM-DD} (or {@code YYYY-MM}) for a date as a page or feed writes it; null where it is not one. */
  public static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    if (s.isEmpty()) {
      return null;
    }
    String iso = Dates.normalize(s);
    if (iso != null) {
      return iso;
    }
    Matcher m = ISO_LOOSE.matcher(s);
    if (m.matches()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(s);
    if (m.matches()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = MONTH_FIRST.matcher(s);
    if (m.matches()) {
      int month = month(m.group(1));
      return month < 0 ? null : date(m.group(3), Integer.toString(month), m.group(2));
    }
    m = DAY_FIRST.matcher(s);
    if (m.matches()) {
      int month = month(m.group(2));
      return month < 0 ? null : date(m.group(3), Integer.toString(month), m.group(1));
    }
    try {
      // RFC 822 / 1123 with an unusual day or zone name: the date part is what we need
      String head = s.replaceFirst("\\s+\\d{1,2}:\\d{2}.*$", "");
      return LocalDate.parse(head, RFC_1123).toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.length() < 3) {
      return -1;
    }
    int i = MONTHS.indexOf(n.substring(0, 3));
    if (i < 0) {
      return -1;
    }
    // "Mayor 5 2020" is not a date: the name must be the month's abbreviation or a prefix of its full name
    return FULL_MONTHS.get(i).startsWith(n) || MONTH_WORDS.getOrDefault(n, 0) == i + 1 ? i + 1 : -1;
  }

  private static String date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
