package org.sitrep.claims.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.claims.text.DocIndex;
import org.sitrep.core.data.CalendarNames;
import org.sitrep.core.doc.CharSpan;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.model.Period;
import org.sitrep.core.model.TimeRecord;

/**
 * Corrects and completes SUTime's reading of one time expression in news text: periods ("over the last
 * week", "since the beginning of December"), START/END modifiers, relative expressions against an
 * inferred or year-less publication date, decades, quarters, UTC times, and SUTime's false friends
 * ("a fall in sales", "once more", "a great day"). Stateless.
 */
final class TimeNormalizer {
  static final Map<String, Integer> UNIT_DAYS = Map.of("day", 1, "week", 7, "month", 30, "year", 365);
  private static final Map<String, String> UNIT_CODE = Map.of("day", "D", "week", "W", "month", "M", "year", "Y",
      "decade", "10Y", "century", "100Y", "hour", "H", "minute", "M");
  private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("twelve", 12), Map.entry("several", -1), Map.entry("few", -1), Map.entry("couple", 2));
  private static final Pattern PAST_N = Pattern.compile(
      "(?:the )?(past|last|previous|next|coming) (?:(\\d+|[a-z]+) )?(day|week|month|year|decade|century|hour)s?");
  private static final Pattern EDGE = Pattern.compile(
      "(?:the )?(end|beginning|start|middle) of (?:the |this |next |last )?(.+)");
  private static final Pattern QUARTER = Pattern.compile(
      "(?:the )?(first|second|third|fourth|final|last) quarter(?: of (\\d{4}))?");
  private static final Pattern DECADE = Pattern.compile("(?:the )?(?:early |late |mid-?)?'?(\\d\\d)?(\\d)0s");
  private static final Pattern MONTH_OF = Pattern.compile("(?:the )?month of ([a-z]+)");
  private static final Pattern AGO = Pattern.compile("(\\d+|[a-z]+) (day|week|month|year)s? ago");
  private static final List<String> MONTHS = CalendarNames.months();
  private static final Pattern DAY_DEICTIC = Pattern.compile("^\\w+ (yesterday|today|tomorrow)$");
  private static final Pattern EXTRA_WORD = Pattern.compile("recent|quarter|'?\\d0s|(decade|year|month|week|day)s-long");
  private static final Pattern UNIT_PLURAL = Pattern.compile("(day|week|month|year)s");
  private static final List<String> SEASONS_NEED_CONTEXT = List.of("fall");
  private static final Pattern WEEK_OF = Pattern.compile("(?:the )?(first|last) week of ([a-z]+)");
  private static final Pattern N_UNITS = Pattern.compile("P X([DWMY])".replace(" ", ""));

  private TimeNormalizer() {
  }

  /** The record for {@code t}, or null where it is not a time expression at all. */
  static TimeRecord normalize(DocIndex ix, TimeExpression t, RefDate ref, boolean nlpHadDate) {
    String text = t.text();
    String low = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    String type = t.type();
    String value = t.value();
    String mod = t.modifier();
    int start = t.span().start();
    int end = t.span().end();
    String prev = word(ix, t.tokens().start() - 1);
    String prev2 = word(ix, t.tokens().start() - 2);
    String next = word(ix, t.tokens().end());

    // ---- false friends
    if (low.equals("once") || low.equals("the") || low.equals("an") || low.equals("a")) {
      return null;
    }
    if (SEASONS_NEED_CONTEXT.contains(low) && !seasonContext(prev, prev2, next)) {
      return null; // "a fall in retail sales", "its biggest fall since"
    }
    if (type.equals("DURATION") && low.matches("(day|week|month|year)") && t.tokens().start() > 0) {
      String p = ix.pos(t.tokens().start() - 1);
      if (p.startsWith("JJ") || p.startsWith("NN") || p.equals("CD")) {
        return null; // "a great day", "the 2008 model year"
      }
    }
    // ---- "day yesterday": the deictic word alone
    Matcher deictic = DAY_DEICTIC.matcher(low);
    if (deictic.matches() && t.tokens().size() == 2) {
      var last = ix.token(t.tokens().end() - 1);
      start = last.span().start();
      low = deictic.group(1);
      text = last.text();
      type = "DATE";
      value = null;
    }
    // ---- UTC clock times: "0800 UTC", "14:58 UTC" (+0000 written Z)
    if (low.matches("\\d{4}") && next != null && next.matches("utc|gmt") && ref != null) {
      var utc = ix.token(t.tokens().end());
      end = utc.span().end();
      text = ix.text().substring(start, end);
      type = "TIME";
      value = ref.today() + "T" + low.substring(0, 2) + ":" + low.substring(2) + "Z";
    }
    if (value != null && value.matches(".*T\\d\\d:\\d\\d[+-]0000")) {
      value = value.substring(0, value.length() - 5) + "Z";
    }

    Period period = null;
    Matcher m;
    if ((m = DECADE.matcher(low)).matches()) {
      String century = m.group(1) != null ? m.group(1) : "19";
      type = "DATE";
      value = century + m.group(2);
    } else if ((m = QUARTER.matcher(low)).matches() && ref != null) {
      int q = switch (m.group(1)) {
        case "first" -> 1;
        case "second" -> 2;
        case "third" -> 3;
        default -> 4;
      };
      String year;
      if (m.group(2) != null) {
        year = m.group(2);
      } else {
        int refQ = ref.date().get(IsoFields.QUARTER_OF_YEAR);
        year = ref.year(q > refQ ? ref.date().minusYears(1) : ref.date());
      }
      type = "DATE";
      value = year + "-Q" + q;
    } else if (low.matches("\\w+-long")) {
      type = "DURATION";
      value = "PX" + Character.toUpperCase(low.charAt(0) == 'd' && low.startsWith("decade") ? 'Y' : low.charAt(0));
    } else if (low.matches("recent (day|week|month|year)s") || low.equals("recent")) {
      type = "DATE";
      value = "PAST_REF";
      period = ref == null ? null : new Period(null, ref.today());
    } else if ((m = MONTH_OF.matcher(low)).matches() && MONTHS.contains(m.group(1)) && ref != null) {
      type = "DATE";
      value = ref.monthBefore(MONTHS.indexOf(m.group(1)) + 1);
    } else if ((m = WEEK_OF.matcher(low)).matches() && MONTHS.contains(m.group(2)) && ref != null
        && ref.yearKnown()) {
      String mv = ref.monthBefore(MONTHS.indexOf(m.group(2)) + 1);
      LocalDate first = LocalDate.parse(mv + "-01");
      LocalDate probe = m.group(1).equals("first") ? first.plusDays(3) : first.plusMonths(1).minusDays(4);
      type = "DATE";
      value = ref.week(probe);
    } else if (type.equals("DURATION") && value != null && N_UNITS.matcher(value).matches()
        && t.tokens().start() >= 2 && ix.pos(t.tokens().start() - 2).equals("CD")
        && ix.lower(t.tokens().start() - 1).matches("straight|consecutive|more|long|full|successive")
        && number(ix.lower(t.tokens().start() - 2)) != null && number(ix.lower(t.tokens().start() - 2)) > 0) {
      // "six straight days": SUTime reads only "days"
      var first = ix.token(t.tokens().start() - 2);
      start = first.span().start();
      text = ix.text().substring(start, end);
      value = "P" + number(ix.lower(t.tokens().start() - 2)) + value.substring(2);
    } else if ((m = PAST_N.matcher(low)).matches() && ref != null) {
      String dir = m.group(1);
      String unit = m.group(3);
      Integer n = m.group(2) == null ? Integer.valueOf(1) : number(m.group(2));
      boolean over = prev != null && prev.matches("over|during|in|within|throughout");
      boolean past = !dir.equals("next") && !dir.equals("coming");
      boolean duration = m.group(2) != null || dir.equals("past") || over || unit.equals("decade")
          || unit.equals("century");
      if (duration) {
        type = "DURATION";
        value = n == null || n < 0 ? "PX" + UNIT_CODE.get(unit).replace("10", "").replace("100", "")
            : "P" + scaled(n, unit);
        if (unit.equals("hour") && n != null && n > 0) {
          value = "PT" + n + "H";
        }
        if (n != null && n > 0 && UNIT_DAYS.containsKey(unit)) {
          LocalDate other = shift(ref.date(), unit, past ? -n : n);
          period = past ? new Period(ref.day(other), ref.today()) : new Period(ref.today(), ref.day(other));
        }
      } else if (past) {
        type = "DATE";
        value = unitValue(ref, shift(ref.date(), unit, -1), unit);
      }
    } else if ((m = EDGE.matcher(low)).matches() && ref != null) {
      String edge = m.group(1);
      mod = edge.equals("end") ? "END" : edge.equals("middle") ? "MID" : "START";
      String what = m.group(2);
      String v = unitOrMonth(ref, what, low.contains("next ") ? 1 : low.contains("last ") ? -1 : 0);
      if (v != null) {
        type = "DATE";
        value = v;
      }
    } else if ((m = AGO.matcher(low)).matches() && ref != null && (!nlpHadDate || value == null)) {
      Integer n = number(m.group(1));
      if (n != null && n > 0) {
        type = "DATE";
        value = ref.day(shift(ref.date(), m.group(2), -n));
      }
    } else if (ref != null && (!nlpHadDate || unresolved(value))) {
      String v = deictic(ref, low);
      if (v != null) {
        value = v;
      }
    }
    if (value == null) {
      value = t.value();
    }
    value = pastWeekday(ix, t, ref, low, value);
    if (value != null && value.contains("INTERSECT")) {
      value = value.substring(value.lastIndexOf(' ') + 1); // "THIS P1M INTERSECT XXXX-02" -> XXXX-02
    }
    if (ref != null && value != null && !ref.yearKnown() && value.matches("\\d{4}-\\d\\d-\\d\\d")
        && !nlpHadDate && !low.matches(".*\\d{4}.*")) {
      value = "XXXX" + value.substring(4);
    }
    // "since the beginning of December": a period from there to the publication date
    if (period == null && ref != null && "since".equals(prev) && value != null) {
      String s = startOf(value, ref);
      if (s != null) {
        period = new Period(s, ref.today());
      }
    }
    if (mod == null && low.startsWith("early ")) {
      mod = "START";
    } else if (mod == null && low.startsWith("late ")) {
      mod = "END";
    }
    return new TimeRecord(text, start, end, type, value, mod, period);
  }

  private static boolean seasonContext(String prev, String prev2, String next) {
    if (next != null && next.matches("\\d{4}|of")) {
      return true;
    }
    if (prev == null) {
      return false;
    }
    if (prev.matches("in|this|last|next|early|late|during|since|until|by|that|mid")) {
      return true;
    }
    return prev.equals("the") && prev2 != null && prev2.matches("in|during|since|until|by|through");
  }

  private static boolean unresolved(String value) {
    return value == null || value.matches(".*(THIS|OFFSET|PREV|NEXT|WXX).*") || value.startsWith("XXXX");
  }

  /**
   * A weekday that SUTime put after the reference date although the verb it modifies is in the past: "X
   * signed the declaration Thursday that will serve as ..." or "the United States said Tuesday that it would
   * resume ...". SUTime takes its tense cue from the whole sentence (the "will" of a complement clause); the
   * tense that counts is the one of the verb the weekday attaches to (its head in the dependency parse): a
   * past-tense verb (VBD, or a participle with "have"/"had") without a future auxiliary dates the most recent
   * such weekday on or before the reference date.
   */
  static String pastWeekday(DocIndex ix, TimeExpression t, RefDate ref, String low, String value) {
    if (ref == null || value == null || !ref.yearKnown() || !value.matches("\\d{4}-\\d\\d-\\d\\d")) {
      return value;
    }
    String s = low.replaceFirst("^on ", "");
    DayOfWeek dow = null;
    for (DayOfWeek d : DayOfWeek.values()) {
      if (s.equals(d.name().toLowerCase(Locale.ROOT))) {
        dow = d;
      }
    }
    if (dow == null || !LocalDate.parse(value).isAfter(ref.date())) {
      return value;
    }
    var arc = ix.head(t.tokens().end() - 1);
    if (arc == null) {
      return value;
    }
    int verb = arc.governor();
    String pos = ix.pos(verb);
    boolean past = pos.equals("VBD");
    boolean future = false;
    for (int aux : ix.children(verb, "aux")) {
      String w = ix.lower(aux);
      past |= pos.equals("VBN") && (w.equals("have") || w.equals("has") || w.equals("had"));
      future |= w.equals("will") || w.equals("'ll") || w.equals("shall") || w.equals("would");
    }
    return past && !future ? ref.weekdayBefore(dow) : value;
  }

  /** today, yesterday, this week, last month, weekdays, month names: against the reference date. */
  static String deictic(RefDate ref, String low) {
    LocalDate d = ref.date();
    String s = low.replaceFirst("^(on|in|by) ", "");
    switch (s) {
      case "today", "tonight", "this morning", "this afternoon", "this evening", "earlier today", "later today":
        return ref.day(d);
      case "yesterday":
        return ref.day(d.minusDays(1));
      case "tomorrow":
        return ref.day(d.plusDays(1));
      case "this week":
        return ref.week(d);
      case "last week":
        return ref.week(d.minusWeeks(1));
      case "next week":
        return ref.week(d.plusWeeks(1));
      case "this month":
        return ref.month(d);
      case "last month":
        return ref.month(d.minusMonths(1));
      case "next month":
        return ref.month(d.plusMonths(1));
      case "this year":
        return ref.year(d);
      case "last year":
        return ref.yearKnown() ? Integer.toString(d.getYear() - 1) : null;
      case "next year":
        return ref.yearKnown() ? Integer.toString(d.getYear() + 1) : null;
      default:
        break;
    }
    for (DayOfWeek dow : DayOfWeek.values()) {
      String name = dow.name().toLowerCase(Locale.ROOT);
      if (s.equals(name) || s.equals("last " + name) || s.startsWith(name + " ")) {
        return ref.weekdayBefore(dow);
      }
    }
    int mi = MONTHS.indexOf(s);
    if (mi >= 0) {
      return ref.monthBefore(mi + 1);
    }
    return null;
  }

  private static String unitOrMonth(RefDate ref, String what, int offset) {
    String w = what.replaceFirst("^(the|this|next|last) ", "");
    LocalDate d = ref.date();
    if (UNIT_DAYS.containsKey(w)) {
      return unitValue(ref, shift(d, w, offset), w);
    }
    int mi = MONTHS.indexOf(w.split(" ")[0]);
    if (mi >= 0) {
      Matcher y = Pattern.compile(".* (\\d{4})$").matcher(w);
      if (y.matches()) {
        return y.group(1) + String.format("-%02d", mi + 1);
      }
      return ref.monthBefore(mi + 1);
    }
    if (w.matches("\\d{4}")) {
      return w;
    }
    return null;
  }

  private static String unitValue(RefDate ref, LocalDate d, String unit) {
    return switch (unit) {
      case "day" -> ref.day(d);
      case "week" -> ref.week(d);
      case "month" -> ref.month(d);
      default -> ref.year(d);
    };
  }

  static LocalDate shift(LocalDate d, String unit, int n) {
    return switch (unit) {
      case "day" -> d.plusDays(n);
      case "week" -> d.plusWeeks(n);
      case "month" -> d.plusMonths(n);
      case "year" -> d.plusYears(n);
      case "decade" -> d.plusYears(10L * n);
      default -> d;
    };
  }

  private static String scaled(int n, String unit) {
    return switch (unit) {
      case "decade" -> (10 * n) + "Y";
      case "century" -> (100 * n) + "Y";
      default -> n + UNIT_CODE.get(unit);
    };
  }

  /** The first day a TIMEX3 value covers, in the reference date's year convention; null where unknown. */
  static String startOf(String value, RefDate ref) {
    if (value.matches("(\\d{4}|XXXX)-\\d\\d-\\d\\d")) {
      return value;
    }
    if (value.matches("(\\d{4}|XXXX)-\\d\\d")) {
      return value + "-01";
    }
    if (value.matches("\\d{4}")) {
      return value + "-01-01";
    }
    Matcher w = Pattern.compile("(\\d{4})-W(\\d\\d)").matcher(value);
    if (w.matches()) {
      LocalDate d = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      return d.toString();
    }
    return null;
  }

  static Integer number(String w) {
    if (w.matches("\\d+")) {
      return Integer.parseInt(w);
    }
    return SMALL.get(w);
  }

  private static String word(DocIndex ix, int tok) {
    if (tok < 0 || tok >= ix.size()) {
      return null;
    }
    return ix.lower(tok);
  }

  /** Spans that SUTime leaves out: "recent" before a noun, "the fourth quarter". Sorted, non-overlapping with {@code taken}. */
  static List<TimeExpression> extra(DocIndex ix, List<CharSpan> taken) {
    List<TimeExpression> out = new ArrayList<>();
    for (int i = 0; i < ix.size(); i++) {
      String w = ix.lower(i);
      if (!EXTRA_WORD.matcher(w).matches()) {
        continue;
      }
      int endTok = -1;
      if (w.equals("recent") && ix.pos(i).startsWith("JJ") && i + 1 < ix.size()
          && !UNIT_PLURAL.matcher(ix.lower(i + 1)).matches() && (i == 0 || !ix.lower(i - 1).matches("most|more|less|least"))) {
        endTok = i + 1;
      } else if (w.matches("'?\\d0s|(decade|year|month|week|day)s-long")) {
        endTok = i + 1;
      } else if (w.equals("quarter") && i >= 2 && ix.lower(i - 2).equals("the")
          && ix.lower(i - 1).matches("first|second|third|fourth|final|last")) {
        i -= 2;
        endTok = i + 3;
      }
      if (endTok < 0) {
        continue;
      }
      CharSpan cs = new CharSpan(ix.token(i).span().start(), ix.token(endTok - 1).span().end());
      int fi = i;
      if (taken.stream().noneMatch(c -> c.overlaps(cs))) {
        String ty = cs.of(ix.text()).endsWith("-long") ? "DURATION" : "DATE";
        out.add(new TimeExpression(new org.sitrep.core.doc.TokenSpan(fi, endTok), cs, cs.of(ix.text()), ty, null,
            null, null));
      }
      i = endTok - 1;
    }
    return out;
  }
}
