package org.sitrep.link.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.model.TimeRecord;

/**
 * Deadlines in a sentence ("unless they withdraw by the end of the month", "within 48 hours", "before
 * March 1"), resolved against the article's date to the days they name. Two deadlines phrased differently
 * in articles of different dates can then be seen to fall on the same day. "The end of a week" is its Friday
 * to Sunday; "the end of a month" its last day.
 */
public final class Deadlines {
  private static final String CUE = "\\b(?:by|before|until|till|no later than|not later than)\\s+";
  private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
      + "|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?";
  private static final Pattern END_OF_UNIT = Pattern.compile(
      CUE + "(?:the\\s+)?end\\s+of\\s+(the|this|next|the\\s+current|the\\s+coming)\\s+(week|month|year)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern END_OF_MONTH_NAME = Pattern.compile(
      CUE + "(?:the\\s+)?end\\s+of\\s+(" + MONTHS + ")(?!\\w)", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY = Pattern.compile(
      CUE + "(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH = Pattern.compile(
      CUE + "(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")(?!\\w)", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKDAY = Pattern.compile(
      CUE + "(?:next\\s+|this\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WITHIN = Pattern.compile(
      "\\bwithin\\s+(?:the\\s+next\\s+)?(\\d+|a|an|one|two|three|four|five|six|seven|ten|fourteen|thirty)\\s+"
          + "(hours?|days?|weeks?|months?)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TOMORROW = Pattern.compile(CUE + "(tomorrow|tonight|midnight)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CUE_AT_END = Pattern.compile(CUE.replace("\\s+", "\\s*") + "(?:the\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("ten", 10), Map.entry("fourteen", 14),
      Map.entry("thirty", 30));

  /** A deadline: the words, where they are in the sentence, and the days they name. */
  public record Deadline(String text, DateSpan days) {
  }

  private Deadlines() {
  }

  /**
   * The first deadline in {@code sentence}, resolved against {@code anchor} (the article's date); null where
   * there is none or no anchor. {@code times} are the article's TIME records whose offsets fall in the
   * sentence (starting at {@code sentenceStart}); a fully resolved date after "by"/"before" is used when
   * no phrase rule applies.
   */
  public static Deadline find(String sentence, LocalDate anchor, List<TimeRecord> times, int sentenceStart) {
    if (sentence == null || anchor == null) {
      return null;
    }
    Matcher m = END_OF_UNIT.matcher(sentence);
    if (m.find()) {
      boolean next = m.group(1).toLowerCase(Locale.ROOT).startsWith("next");
      String unit = m.group(2).toLowerCase(Locale.ROOT);
      DateSpan span = switch (unit) {
        case "week" -> {
          LocalDate sunday = anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusWeeks(next ? 1 : 0);
          yield new DateSpan(sunday.minusDays(2), sunday, true, m.group().strip());
        }
        case "month" -> {
          LocalDate last = YearMonth.from(anchor).plusMonths(next ? 1 : 0).atEndOfMonth();
          yield new DateSpan(last, last, true, m.group().strip());
        }
        default -> {
          LocalDate last = LocalDate.of(anchor.getYear() + (next ? 1 : 0), 12, 31);
          yield new DateSpan(last, last, true, m.group().strip());
        }
      };
      return new Deadline(m.group().strip(), span);
    }
    m = END_OF_MONTH_NAME.matcher(sentence);
    if (m.find()) {
      Month mo = month(m.group(1));
      YearMonth ym = YearMonth.of(anchor.getYear(), mo);
      if (ym.atEndOfMonth().isBefore(anchor)) {
        ym = ym.plusYears(1);
      }
      return new Deadline(m.group().strip(), DateSpan.of(ym.atEndOfMonth()));
    }
    m = MONTH_DAY.matcher(sentence);
    if (m.find()) {
      LocalDate d = nextOccurrence(anchor, month(m.group(1)), Integer.parseInt(m.group(2)));
      if (d != null) {
        return new Deadline(m.group().strip(), DateSpan.of(d));
      }
    }
    m = DAY_MONTH.matcher(sentence);
    if (m.find()) {
      LocalDate d = nextOccurrence(anchor, month(m.group(2)), Integer.parseInt(m.group(1)));
      if (d != null) {
        return new Deadline(m.group().strip(), DateSpan.of(d));
      }
    }
    m = WEEKDAY.matcher(sentence);
    if (m.find()) {
      DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      return new Deadline(m.group().strip(), DateSpan.of(anchor.with(TemporalAdjusters.next(dow))));
    }
    m = TOMORROW.matcher(sentence);
    if (m.find()) {
      boolean tomorrow = m.group(1).equalsIgnoreCase("tomorrow");
      return new Deadline(m.group().strip(), DateSpan.of(tomorrow ? anchor.plusDays(1) : anchor));
    }
    m = WITHIN.matcher(sentence);
    if (m.find()) {
      String n = m.group(1).toLowerCase(Locale.ROOT);
      int k = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : SMALL.getOrDefault(n, 1);
      String unit = m.group(2).toLowerCase(Locale.ROOT);
      LocalDate d = unit.startsWith("hour") ? anchor.plusDays(Math.max(0, (k + 23) / 24))
          : unit.startsWith("day") ? anchor.plusDays(k)
          : unit.startsWith("week") ? anchor.plusWeeks(k) : anchor.plusMonths(k);
      return new Deadline(m.group().strip(), DateSpan.of(d));
    }
    for (TimeRecord t : times == null ? List.<TimeRecord>of() : times) {
      int rel = t.start() - sentenceStart;
      if (rel <= 0 || rel > sentence.length()) {
        continue;
      }
      String before = sentence.substring(Math.max(0, rel - 24), rel);
      DateSpan d = DateSpan.parse(t.value());
      if (d != null && d.isDay() && d.yearKnown() && CUE_AT_END.matcher(before).find()) {
        return new Deadline(t.text(), d);
      }
    }
    return null;
  }

  private static LocalDate nextOccurrence(LocalDate anchor, Month month, int day) {
    for (int y = anchor.getYear(); y <= anchor.getYear() + 1; y++) {
      YearMonth ym = YearMonth.of(y, month);
      if (day < 1 || day > ym.lengthOfMonth()) {
        return null;
      }
      LocalDate d = ym.atDay(day);
      if (!d.isBefore(anchor)) {
        return d;
      }
    }
    return null;
  }

  static Month month(String s) {
    String k = s.toLowerCase(Locale.ROOT).replace(".", "");
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.ROOT).startsWith(k.length() >= 3 ? k.substring(0, 3) : k)) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month name: " + s);
  }
}
