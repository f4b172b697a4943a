package org.sitrep.link.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.sitrep.link.LinkSettings;

/**
 * How similar two indexed articles are, at the incident and the storyline level: their vectors, the days
 * between them, undated reports, and events that tell of different happenings. A function of the two
 * articles' vectors and dates only; stateless.
 */
final class PairSimilarity {
  private final LinkSettings s;
  private final IncidentEvidence evidence;

  PairSimilarity(LinkSettings settings) {
    this.s = settings;
    this.evidence = new IncidentEvidence(settings);
  }

  /** The pair's incident-level and storyline-level similarity in billionths, or null below the floor. */
  int[] edge(IndexedArticle a, IndexedArticle b) {
    if (b.docId.compareTo(a.docId) < 0) {
      IndexedArticle t = a;
      a = b;
      b = t;
    }
    long gap = a.date == null || b.date == null ? 0 : Math.abs(ChronoUnit.DAYS.between(a.date, b.date));
    if (gap > s.storylineWindowDays()) {
      return null;
    }
    double ct = dot(a.vt, a.wt, b.vt, b.wt);
    double base;
    if (a.vk.length == 0 || b.vk.length == 0) {
      base = ct;
    } else {
      double ck = dot(a.vk, a.wk, b.vk, b.wk);
      base = (s.termWeight() * ct + s.keyWeight() * ck) / (s.termWeight() + s.keyWeight());
    }
    if ((a.date == null) != (b.date == null)) {
      base *= undated(a.date == null ? a : b, a.date == null ? b : a, base);
    } else if (a.date == null) {
      base *= bothUndated(a, b);
    }
    double inc = gap > s.windowDays() ? 0 : base * decay(gap, s.decayDays());
    if (evidence.conflict(a, b)) {
      inc *= s.conflictFactor();
    }
    double line = base * decay(gap, s.storylineDecayDays());
    if (line < s.edgeFloor()) {
      return null;
    }
    return new int[] {Math.toIntExact(Math.round(inc * Linkage.SCALE)),
        Math.toIntExact(Math.round(line * Linkage.SCALE))};
  }

  /**
   * How much of the similarity between an undated article and one dated {@code date} counts: all of it where
   * the undated one names a day within the grace days of that date (in any year); {@code undatedFactor} where it
   * names no such day; its square where it also names years and none within a year of that date (it is about
   * another time: the 2009 keynote, not the 2012 one); all of it again where the two are at least
   * {@code undatedMatch} similar and the undated one names neither days nor years against it: one report told
   * again needs no date to match (without this, an undated report of this year's launch goes to undated
   * reports of an older launch that it matches less, as those pairs are not discounted).
   */
  private double undated(IndexedArticle undated, IndexedArticle dated, double similarity) {
    LocalDate date = dated.date;
    if (evidence.namesDayNear(undated, date)) {
      return 1;
    }
    if (evidence.anotherTime(undated, date)) {
      return s.undatedFactor() * s.undatedFactor();
    }
    return similarity >= s.undatedMatch() && undated.days.length == 0 ? 1 : s.undatedFactor();
  }

  /**
   * How much of the similarity between two undated articles counts: the square of {@code undatedFactor} where both
   * name years, none within a year of the other's, and no day in common (the 2009 keynote and the 2012 one, told
   * without dates); all of it otherwise. A discount of every undated pair (as for one undated article against a
   * dated one) was measured and rejected: it split reports of one incident (ecbplus B-cubed F1 0.939 to 0.826).
   */
  private double bothUndated(IndexedArticle a, IndexedArticle b) {
    return evidence.yearsApart(a, b) ? s.undatedFactor() * s.undatedFactor() : 1;
  }

  private double decay(long gap, double days) {
    return gap <= s.graceDays() ? 1 : Math.exp(-(gap - s.graceDays()) / days);
  }

  private static double dot(long[] a, double[] wa, long[] b, double[] wb) {
    double d = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        d += wa[i++] * wb[j++];
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return d;
  }
}
