package org.sitrep.link.disagree;

import java.util.Locale;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.CountRecord;
import org.sitrep.core.model.NumberValue;
import org.sitrep.core.model.Period;

/**
 * One reported figure as a claim: its kind, interval ({@code at least 30} is [30, inf); {@code about N} is
 * N +/- 10% unless the number gives bounds), the population it counts ({@code who}: sector or head word),
 * its time basis (period), who claims it, and where it comes from.
 */
public record Claim(String kind, double low, double high, String text, String who, Period period, String speaker,
                    String mention, String source, String docId, NumberValue number) {

  static Claim of(CountRecord c, String mention, String source, String docId) {
    NumberValue n = c.number();
    if (n == null) {
      return null;
    }
    double lo;
    double hi;
    String q = n.qualifier() == null ? "exact" : n.qualifier();
    Long v = n.value();
    lo = n.low() != null ? n.low() : v != null ? v : Double.NaN;
    hi = n.high() != null ? n.high() : v != null ? v : Double.NaN;
    if (Double.isNaN(lo) && Double.isNaN(hi)) {
      return null;
    }
    if (Double.isNaN(lo)) {
      lo = 0;
    }
    switch (q) {
      case "at_least" -> hi = Double.POSITIVE_INFINITY;
      case "at_most" -> lo = n.low() != null ? n.low() : 0;
      case "about" -> {
        if (n.low() == null && v != null) {
          lo = Math.floor(v * 0.9);
        }
        if (n.high() == null && v != null) {
          hi = Math.ceil(v * 1.1);
        }
      }
      case "vague" -> {
        if (n.high() == null) {
          hi = Double.isNaN(hi) || hi <= lo ? lo * 10 - 1 : hi;
        }
      }
      default -> {
        if (Double.isNaN(hi)) {
          hi = lo;
        }
      }
    }
    if (Double.isNaN(hi)) {
      hi = Double.POSITIVE_INFINITY;
    }
    return new Claim(c.kind(), lo, hi, text(c), who(c.who()), c.period(),
        c.attribution() == null ? null : c.attribution().speaker(), mention, source, docId, n);
  }

  /** The figure as written, with the population where the number's text does not already say it. */
  static String text(CountRecord c) {
    String t = c.number().text() == null ? String.valueOf(c.number().value()) : c.number().text();
    if (c.who() != null && c.who().text() != null && !t.toLowerCase(Locale.ROOT)
        .contains(c.who().text().toLowerCase(Locale.ROOT))) {
      t = t + " " + c.who().text();
    }
    return t;
  }

  /** The population counted: the sector where known, else the last word of the text; null for "people". */
  static String who(ActorRecord w) {
    if (w == null) {
      return null;
    }
    if (w.sector() != null && !w.sector().isBlank()) {
      return w.sector().toUpperCase(Locale.ROOT);
    }
    if (w.text() == null) {
      return null;
    }
    String[] words = w.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", " ").strip().split("\\s+");
    String head = words[words.length - 1];
    return switch (head) {
      case "", "people", "persons", "person", "others", "individuals", "lives" -> null;
      default -> head.endsWith("s") && head.length() > 3 ? head.substring(0, head.length() - 1) : head;
    };
  }

  /** The midpoint used to compare totals, or the low bound for open intervals. */
  double point() {
    return Double.isInfinite(high) ? low : (low + high) / 2;
  }

  boolean overlaps(Claim o) {
    return low <= o.high && o.low <= high;
  }

  boolean sameBasis(Claim o) {
    return java.util.Objects.equals(norm(period), norm(o.period));
  }

  private static Period norm(Period p) {
    return p == null || (p.start() == null && p.end() == null) ? null : p;
  }
}
