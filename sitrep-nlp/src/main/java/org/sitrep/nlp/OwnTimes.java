package org.sitrep.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.data.CalendarNames;
import org.sitrep.core.data.DataTable;

/**
 * sitrep's own tagger for the commonest news time expressions, giving the TIMEX3 type, value and range SUTime
 * (CoreNLP 4.5, as {@link SutimePool} configures it) gives them, so that SUTime, the costliest part of NER, reads
 * only the cue windows this tagger does not fully account for. The patterns:
 * <ul>
 *   <li>a weekday ("Tuesday"), resolved against the article's date as SUTime does: to the past after or before a
 *       past-tense verb or "have", to the future beside "will", "would", "going to", ..., else to the closest;</li>
 *   <li>a month and day ("Feb. 5", "September 17"), the year resolved the same way; with a year
 *       ("February 29, 2012"); a month and year ("December 2024");</li>
 *   <li>a month alone ("in March"), resolved the same way;</li>
 *   <li>a year alone ("in 2009");</li>
 *   <li>"today", "yesterday", "tomorrow"; "last", "this", "next" with "week", "month", "year", also after
 *       "earlier" or "later" ("later this month", "earlier today");</li>
 *   <li>the vague references SUTime gives a fixed value ("now", "currently", "recently", "future");</li>
 *   <li>durations ({@link OwnDurations}): "30 hours", "three years", "a 30-day truce", "45 years old", "for weeks",
 *       "several hours", "recent months", "a few days";</li>
 *   <li>modified dates ({@link OwnModifiers}): "the beginning of January", "the end of 2024", "the end of the
 *       year".</li>
 * </ul>
 * The words are data ({@code own-time-words.tsv}); the words that SUTime may join to an expression beside them
 * ("late Tuesday", "the end of 2009", "Friday to Sunday") are data too ({@code own-time-blockers.tsv}).
 *
 * <p>A window is this tagger's only when every time cue in it ({@link TemporalCues#isCue}) lies inside one of its
 * expressions, no blocker or number stands beside one, no two stand within {@value #MIN_GAP} tokens of each other
 * (SUTime's tense rules and ranges read that far) and no weekday comes twice (SUTime tags a weekday's shared value,
 * so two of them resolve alike). Otherwise the whole window is SUTime's: a pattern this tagger cannot match with
 * SUTime's value is left to SUTime. A cue in a reading that is no time ("may" as a modal; {@link CueReadings}) is
 * accounted for as no expression. Stateless and thread-safe.
 */
final class OwnTimes {
  /** Two expressions closer than this (tokens between them) leave the window to SUTime. */
  static final int MIN_GAP = 4;

  /**
   * One expression: tokens [start, end) of the sentence, TIMEX3 type, value, range and modifier (EARLY, MID, LATE;
   * or null) as SUTime writes them.
   */
  record Found(int start, int end, String type, String value, String range, String modifier) {
    Found(int start, int end, String type, String value, String range) {
      this(start, end, type, value, range, null);
    }
  }

  private record Word(String kind, String value) {
  }

  private static final Map<String, Word> WORDS = new HashMap<>();
  /** The modals SUTime's tense rules read as a future cue (own-time-words.tsv, kind future_cue). */
  static final Set<String> MODALS = new HashSet<>();
  /** Words that leave their window to SUTime, as written in lower case ("p.m."; own-time-words.tsv, sutime_cue). */
  static final Set<String> SUTIME_CUES = new HashSet<>();

  static {
    // month and weekday names from sitrep's one calendar table (sitrep-core), the rest from own-time-words.tsv
    CalendarNames.monthWords().forEach((name, n) -> WORDS.put(name, new Word("month", Integer.toString(n))));
    CalendarNames.weekdays().forEach((name, n) -> WORDS.put(name, new Word("weekday", Integer.toString(n))));
    for (DataTable.Row r : DataTable.load(OwnTimes.class, "own-time-words.tsv").rows()) {
      String w = r.get(0).toLowerCase(Locale.ROOT);
      switch (r.get(1)) {
        case "future_cue" -> MODALS.add(w);
        case "sutime_cue" -> SUTIME_CUES.add(w);
        case "duration", "number", "not_time", "vague_count", "modifier" -> {
          // OwnDurations' words
        }
        default -> WORDS.put(w, new Word(r.get(1), r.get(2)));
      }
    }
  }

  private static final Pattern YEAR = Pattern.compile("[12]\\d{3}");
  private static final Pattern DAY = Pattern.compile("[0-3]?\\d");
  private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,.]*");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Set<String> YEAR_NER = Set.of("O", "DATE", "NUMBER");

  private OwnTimes() {
  }

  /**
   * The expressions of tokens [start, end) of a sentence ({@code words}, their POS {@code tags} and CoreNLP's NER
   * {@code ner} before SUTime), resolved against {@code docDate} (ISO date or null), when this tagger accounts for
   * every time cue there; empty when the window is SUTime's.
   */
  static Optional<List<Found>> read(List<String> words, List<String> tags, List<String> ner, int start, int end,
                                    String docDate) {
    return read(words, tags, ner, start, end, docDate, null);
  }

  /**
   * {@link #read}, and when the window is SUTime's, why ({@code why}, when not null, gets a short reason: the cue
   * no pattern accounts for, the pattern that cannot give SUTime's value, the blocker, ...; for counting).
   */
  static Optional<List<Found>> read(List<String> words, List<String> tags, List<String> ner, int start, int end,
                                    String docDate, StringBuilder why) {
    LocalDate ref = null;
    if (docDate != null) {
      if (!ISO_DATE.matcher(docDate).matches()) {
        return Optional.empty();
      }
      try {
        ref = LocalDate.parse(docDate);
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    List<Found> found = new ArrayList<>();
    Set<String> weekdays = new HashSet<>();
    int i = start;
    while (i < end) {
      if (CueReadings.notTime(words, tags, i, start, end)) {
        i++; // "may" as a modal, "fall" as a verb: no time
        continue;
      }
      Found f = match(words, tags, ner, i, start, end, ref);
      if (f == null) {
        if (TemporalCues.isCue(words.get(i)) || SUTIME_CUES.contains(words.get(i).toLowerCase(Locale.ROOT))) {
          note(why, "cue " + words.get(i));
          return Optional.empty(); // a cue none of our patterns accounts for
        }
        i++;
        continue;
      }
      if (f == NONE) {
        note(why, "no value " + words.get(i));
        return Optional.empty(); // a pattern that matched but whose value we cannot give as SUTime would
      }
      Found last = found.isEmpty() ? null : found.get(found.size() - 1);
      if (last != null && f.start() - last.end() < minGap(words, last, f)) {
        note(why, "gap");
        return Optional.empty();
      }
      String blocker = TimeBlockers.blocker(words, tags, f, start, end);
      if (blocker != null) {
        note(why, "blocked " + blocker);
        return Optional.empty();
      }
      Word w = WORDS.get(key(words.get(f.start())));
      if (w != null && w.kind().equals("weekday") && !weekdays.add(w.value())) {
        note(why, "weekday twice");
        return Optional.empty();
      }
      found.add(f);
      i = f.end();
    }
    return Optional.of(List.copyOf(found));
  }

  /**
   * The fewest tokens between two expressions of a window that leaves both to this tagger: {@value #MIN_GAP}, but 2
   * between two whose value no tense cue moves (durations, "dawn"): SUTime's rules join two expressions across at
   * most one token ("Friday to Sunday", "three days before Monday"), only its tense rules read farther.
   */
  private static int minGap(List<String> words, Found a, Found b) {
    return fixed(words, a) && fixed(words, b) ? 2 : MIN_GAP;
  }

  private static boolean fixed(List<String> words, Found f) {
    Word w = WORDS.get(key(words.get(f.start())));
    return f.type().equals("DURATION") || w != null && w.kind().equals("part_of_day");
  }

  private static void note(StringBuilder why, String reason) {
    if (why != null) {
      why.append(reason);
    }
  }

  /** A match that must leave the window to SUTime. */
  static final Found NONE = new Found(-1, -1, "", "", "");

  static Found match(List<String> words, List<String> tags, List<String> ner, int i, int start, int end,
                     LocalDate ref) {
    Found span = OwnDurations.match(words, tags, i, start, end);
    if (span == null) {
      span = OwnModifiers.match(words, tags, ner, i, start, end, ref);
    }
    if (span != null) {
      return span;
    }
    String w = words.get(i);
    Word word = WORDS.get(key(w));
    if (word == null) {
      if (YEAR.matcher(w).matches()) {
        String n = ner.get(i);
        if (n != null && !YEAR_NER.contains(n) || beforePlural(words, tags, i + 1, end)) {
          return NONE;
        }
        return year(i, i + 1, Integer.parseInt(w));
      }
      return null;
    }
    switch (word.kind()) {
      case "weekday" -> {
        if (!Character.isUpperCase(w.charAt(0))) {
          return NONE;
        }
        return weekday(words, tags, i, start, end, Integer.parseInt(word.value()), ref);
      }
      case "month" -> {
        if (!Character.isUpperCase(w.charAt(0))) {
          return NONE;
        }
        return month(words, tags, i, start, end, Integer.parseInt(word.value()), ref);
      }
      case "day" -> {
        int shift = Integer.parseInt(word.value());
        if (ref != null) {
          String d = ref.plusDays(shift).toString();
          return new Found(i, i + 1, "DATE", d, "(" + d + "," + d + ",P1D)");
        }
        String v = shift == 0 ? "THIS P1D" : "OFFSET P" + shift + "D";
        return new Found(i, i + 1, "DATE", v, "(" + v + "," + v + ",)");
      }
      case "ref", "ref_the" -> {
        String v = word.value();
        String range = switch (v) {
          case "PAST_REF" -> "(UNKNOWN,PRESENT_REF,)";
          case "FUTURE_REF" -> "(PRESENT_REF,UNKNOWN,)";
          default -> "(PRESENT_REF,PRESENT_REF,)";
        };
        int s = i;
        if (word.kind().equals("ref_the")) {
          // "the near future": SUTime takes "the" and "near" into the span
          Word before = s > start ? WORDS.get(key(words.get(s - 1))) : null;
          s -= before != null && before.kind().equals("ref_prefix") ? 1 : 0;
          s -= s > start && key(words.get(s - 1)).equals("the") ? 1 : 0;
        }
        return new Found(s, i + 1, "DATE", v, range);
      }
      case "part_of_day" -> {
        // "dawn": the article's day with SUTime's modifier, whatever the tense; dropped without a date
        if (ref == null || !Character.isLowerCase(w.charAt(0))) {
          return NONE;
        }
        String d = ref.toString();
        return new Found(i, i + 1, "DATE", d, "(" + d + "," + d + ",P1D)", word.value());
      }
      case "ref_prefix" -> {
        return null; // "near": a word of "the near future", checked there
      }
      case "shift" -> {
        Word unit = i + 1 < end ? WORDS.get(key(words.get(i + 1))) : null;
        if (unit == null || !unit.kind().equals("unit")) {
          return null; // "last" alone is no cue; a cue after it is checked on its own
        }
        int shift = Integer.parseInt(word.value());
        if (ref == null && TimeResolution.tense(words, tags, i, i + 2, start, end) != 0
            || ref != null && unit.value().equals("W") && weekLeavesYear(ref, shift)) {
          return NONE; // SUTime leaves "last week" unresolved ("PREV P1W") across a year's end, tense cue or not
        }
        return shifted(i, shift, unit.value(), ref);
      }
      case "shift_prefix" -> {
        return prefixed(words, tags, ner, i, start, end, ref);
      }
      default -> {
        return NONE; // a unit alone ("week") is SUTime's
      }
    }
  }

  /**
   * "earlier this week", "later this month", "later next week", "earlier today": SUTime gives the expression after
   * "earlier" or "later" its value unchanged and takes the word into the span (english.sutime.txt,
   * temporal-composite-6c). Measured against SUTime: the same in past and future frames; as without the word, a
   * week in another week-based year than the article's calendar year ("earlier this week" on 2025-12-30: SUTime's
   * 2025-W01) and, beside a tense cue, an article without a date are SUTime's. Null when no such expression follows.
   */
  private static Found prefixed(List<String> words, List<String> tags, List<String> ner, int i, int start, int end,
                                LocalDate ref) {
    Word next = i + 1 < end ? WORDS.get(key(words.get(i + 1))) : null;
    boolean today = next != null && next.kind().equals("day") && next.value().equals("0");
    if (next == null || !today && !next.kind().equals("shift")) {
      return null;
    }
    Found f = match(words, tags, ner, i + 1, start, end, ref);
    if (f == null || f == NONE) {
      return f;
    }
    if (ref == null && TimeResolution.tense(words, tags, i, f.end(), start, end) != 0) {
      return NONE;
    }
    return new Found(i, f.end(), f.type(), f.value(), f.range());
  }

  static Found year(int s, int e, int y) {
    return new Found(s, e, "DATE", String.valueOf(y), "(" + y + "-01-01," + y + "-12-31,P1Y)");
  }

  /**
   * Whether the week {@code shift} weeks from {@code ref}, or {@code ref}'s own week, belongs to another week-based
   * year than {@code ref}'s calendar year. Beside a tense cue ("they met last week", "will meet next week") SUTime
   * resolves "last/this/next week|month|year" to the same value as without one (measured against SUTime on every
   * day of 2024-2025 in past and future frames), except a week across a year's end, which it leaves unresolved
   * ("PREV P1W" on 2024-01-01 and 2025-01-02) or gives another year ("this week" on 2025-12-30: 2025-W01), with a
   * tense cue or without one: such windows stay SUTime's.
   */
  static boolean weekLeavesYear(LocalDate ref, int shift) {
    int y = ref.getYear();
    return ref.get(IsoFields.WEEK_BASED_YEAR) != y || ref.plusWeeks(shift).get(IsoFields.WEEK_BASED_YEAR) != y;
  }

  /** "last week", "this month", "next year". */
  static Found shifted(int i, int shift, String unit, LocalDate ref) {
    String p = "P1" + unit;
    if (ref == null) {
      String v = shift == 0 ? "THIS " + p : "THIS " + p + " OFFSET P" + shift + unit;
      return new Found(i, i + 2, "DATE", v, "(" + v + "," + v + ",)");
    }
    switch (unit) {
      case "W" -> {
        LocalDate d = ref.plusWeeks(shift);
        LocalDate mon = d.with(DayOfWeek.MONDAY);
        String v = String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
            d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new Found(i, i + 2, "DATE", v, "(" + mon + "," + mon.plusDays(6) + ",P1W)");
      }
      case "M" -> {
        YearMonth m = YearMonth.from(ref).plusMonths(shift);
        return new Found(i, i + 2, "DATE", m.toString(), "(" + m.atDay(1) + "," + m.atEndOfMonth() + ",P1M)");
      }
      case "Y" -> {
        Found y = year(i, i + 2, ref.getYear() + shift);
        return y;
      }
      default -> {
        return NONE;
      }
    }
  }

  private static Found weekday(List<String> words, List<String> tags, int i, int start, int end, int dow,
                               LocalDate ref) {
    int tense = TimeResolution.tense(words, tags, i, i + 1, start, end);
    if (ref == null) {
      if (tense != 0 || dow == 7) {
        return NONE; // without a date SUTime drops a weekday beside a tense cue, and Sunday always
      }
      String v = "XXXX-WXX-" + dow;
      return new Found(i, i + 1, "DATE", v, "(" + v + "," + v + ",P1D)");
    }
    LocalDate d = TimeResolution.resolve(ref.with(DayOfWeek.of(dow)), ref, ChronoUnit.WEEKS, tense);
    if (d == null) {
      return NONE;
    }
    String r = d + "-WXX-" + dow;
    return new Found(i, i + 1, "DATE", d.toString(), "(" + r + "," + r + ",P1D)");
  }

  /** "Feb. 5", "February 29, 2012", "December 2024", or a month alone ({@link #monthAlone}). */
  private static Found month(List<String> words, List<String> tags, int i, int start, int end, int month,
                             LocalDate ref) {
    String next = i + 1 < end ? words.get(i + 1) : "";
    if (YEAR.matcher(next).matches()) {
      YearMonth m = YearMonth.of(Integer.parseInt(next), month);
      return new Found(i, i + 2, "DATE", m.toString(), "(" + m.atDay(1) + "," + m.atEndOfMonth() + ",P1M)");
    }
    if (!DAY.matcher(next).matches()) {
      return monthAlone(words, tags, i, start, end, month, ref, i);
    }
    int day = Integer.parseInt(next);
    if (day < 1 || day > 31) {
      return NONE;
    }
    int y = i + 3 < end && words.get(i + 2).equals(",") ? i + 3 : -1;
    if (y > 0 && YEAR.matcher(words.get(y)).matches()) {
      LocalDate d = TimeResolution.date(Integer.parseInt(words.get(y)), month, day);
      return d == null ? NONE : new Found(i, y + 1, "DATE", d.toString(), "(" + d + "," + d + ",P1D)");
    }
    if (i + 2 < end && words.get(i + 2).equals(",")) {
      return NONE; // "Feb. 5, ..." without a year after the comma: SUTime's rules for what follows differ
    }
    int tense = TimeResolution.tense(words, tags, i, i + 2, start, end);
    if (ref == null) {
      if (TimeResolution.date(2000, month, day) == null || tense != 0) {
        return NONE;
      }
      String v = String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
      return new Found(i, i + 2, "DATE", v, "(" + v + "," + v + ",P1D)");
    }
    LocalDate here = TimeResolution.date(ref.getYear(), month, day);
    if (here == null || TimeResolution.date(ref.getYear() - 1, month, day) == null
        || TimeResolution.date(ref.getYear() + 1, month, day) == null) {
      return NONE;
    }
    LocalDate d = TimeResolution.resolve(here, ref, ChronoUnit.YEARS, tense);
    return d == null ? NONE : new Found(i, i + 2, "DATE", d.toString(), "(" + d + "," + d + ",P1D)");
  }

  /**
   * A month named alone ("in March", "since May", "the deal signed in February"), resolved as SUTime resolves it
   * (measured against SUTime on every third day of 2024-2025, each month, in a neutral, a past and a future frame):
   * to the year whose first of that month is closest to the article's date; after a past-tense cue to the latest
   * whose first is on or before it, after a future cue to the earliest whose first is on or after it. As with a
   * weekday, a tense cue whose direction gives another year than the closest, a near tie (within a day), a month
   * that is not a proper noun ("may") and a month followed by a comma and a number ("March, 2024") leave the window
   * to SUTime; so does an article without a date. {@code from} is the first token of the expression (before {@code i}
   * when a modifier stands before the month).
   */
  static Found monthAlone(List<String> words, List<String> tags, int i, int start, int end, int month,
                          LocalDate ref, int from) {
    String tag = tags.get(i);
    if (ref == null || tag == null || !tag.equals("NNP")
        || i + 2 < end && words.get(i + 1).equals(",") && number(words, tags, i + 2)) {
      return NONE;
    }
    int y = ref.getYear();
    LocalDate here = LocalDate.of(y, month, 1);
    LocalDate before = here.minusYears(1);
    LocalDate after = here.plusYears(1);
    long dh = Math.abs(ChronoUnit.DAYS.between(ref, here));
    long db = Math.abs(ChronoUnit.DAYS.between(ref, before));
    long da = Math.abs(ChronoUnit.DAYS.between(ref, after));
    LocalDate best = dh <= db && dh <= da ? here : db <= da ? before : after;
    long bestD = Math.abs(ChronoUnit.DAYS.between(ref, best));
    for (LocalDate other : new LocalDate[] {before, here, after}) {
      if (!other.equals(best) && Math.abs(ChronoUnit.DAYS.between(ref, other)) - bestD <= 1) {
        return NONE;
      }
    }
    // a modifier before it ("the end of March", from token {@code from}) is one expression with it to SUTime's tense
    // rules: the tense cues beside either
    int tense = TimeResolution.tense(words, tags, i, i + 1, start, end)
        | TimeResolution.tense(words, tags, from, i + 1, start, end);
    if ((tense & TimeResolution.PAST) != 0 && !best.equals(here.isAfter(ref) ? before : here)) {
      return NONE;
    }
    if ((tense & TimeResolution.FUTURE) != 0 && !best.equals(here.isBefore(ref) ? after : here)) {
      return NONE;
    }
    YearMonth m = YearMonth.from(best);
    return new Found(i, i + 1, "DATE", m.toString(), "(" + m.atDay(1) + "," + m.atEndOfMonth() + ",P1M)");
  }

  /**
   * Whether a plural noun follows from token {@code k}, after an adverb and adjectives ("2016 shipments", "1600
   * civilians", "2016 very large shipments"): SUTime's rules make a number or a four-digit year there no time.
   */
  private static boolean beforePlural(List<String> words, List<String> tags, int k, int end) {
    if (k < end && "RB".equals(tags.get(k))) {
      k++;
    }
    while (k < end && "JJ".equals(tags.get(k))) {
      k++;
    }
    return k < end && "NNS".equals(tags.get(k)) && !TemporalCues.isCue(words.get(k));
  }

  static boolean number(List<String> words, List<String> tags, int k) {
    String t = tags.get(k);
    return NUMBER.matcher(words.get(k)).matches() || t != null && t.equals("CD");
  }

  /** The ISO 8601 letter of {@code word} as the unit of "last/this/next" ("week": W), or null. */
  static String unit(String word) {
    Word w = WORDS.get(key(word));
    return w != null && w.kind().equals("unit") ? w.value() : null;
  }

  /** Lower case, a final full stop dropped ("Feb." is "feb"). */
  static String key(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return l.endsWith(".") && l.length() > 2 ? l.substring(0, l.length() - 1) : l;
  }
}
