package org.sitrep.link.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.link.LinkSettings;

/**
 * Whether reports can be of one incident as far as their time tells: the rule behind <b>time-complete
 * linkage</b> (docs/stories.md). Two reports are of <i>another time</i> when
 * <ul>
 *   <li>both are dated and more than {@code windowDays} apart (their incident similarity is 0), or</li>
 *   <li>one is dated and the other, undated, names years and none within a year of that date, and no day within
 *   the grace days of it (the 2009 keynote is not the 2012 one).</li>
 * </ul>
 * Dated means dated by the source or a dateline ({@link IndexedArticle#firmDate}): a date inferred from the text
 * (the latest one it names: an earlier quake's, a summit to come) is no firmer than the years the text names, so
 * such a report counts as undated here. Two undated reports never are (the years a text names are weak evidence on their own: "since 2004", a
 * "1920x1200" screen read as years). An incident is a group of reports no two of which are of another time: a
 * report joins a group, and two groups merge, only when every pair across them is compatible (complete link on
 * the time evidence, whatever the similarities), so an undated report similar to two incidents a week or years
 * apart cannot bridge them. Stateless.
 */
final class IncidentTime {
  private final LinkSettings s;

  IncidentTime(LinkSettings settings) {
    this.s = settings;
  }

  /** Whether two reports are of another time (above); symmetric. */
  boolean apart(IndexedArticle a, IndexedArticle b) {
    if (a.firmDate != null && b.firmDate != null) {
      return Math.abs(ChronoUnit.DAYS.between(a.firmDate, b.firmDate)) > s.windowDays();
    }
    if (a.firmDate == null && b.firmDate == null) {
      return false;
    }
    return a.firmDate == null ? anotherTime(a, b.firmDate) : anotherTime(b, a.firmDate);
  }

  /**
   * Whether an undated report is about another time than {@code date}: it names years, none within a year of the
   * date, and no day within the grace days of it (in any year).
   */
  boolean anotherTime(IndexedArticle undated, LocalDate date) {
    if (undated.years.length == 0 || namesDayNear(undated, date)) {
      return false;
    }
    for (int y : undated.years) {
      if (Math.abs(y - date.getYear()) <= 1) {
        return false;
      }
    }
    return true;
  }

  /** Whether an undated article names a day within the grace days of {@code date} (in any year). */
  boolean namesDayNear(IndexedArticle undated, LocalDate date) {
    for (int d = -s.graceDays(); d <= s.graceDays(); d++) {
      if (Arrays.binarySearch(undated.days, ArticleFeatures.monthDay(date.plusDays(d))) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The time evidence of a group of reports, enough to tell whether another group is compatible with all of it:
   * one report per distinct date, and the undated reports that name years (the others are compatible with
   * anything). Grows as groups merge; not thread-safe (one clustering's).
   */
  final class Evidence {
    private final List<IndexedArticle> dated = new ArrayList<>(1);
    private final List<IndexedArticle> named = new ArrayList<>(0);

    Evidence(List<IndexedArticle> members) {
      members.forEach(this::add);
    }

    private void add(IndexedArticle i) {
      if (i.firmDate != null) {
        for (IndexedArticle d : dated) {
          if (d.firmDate.equals(i.firmDate)) {
            return;
          }
        }
        dated.add(i);
      } else if (i.years.length > 0) {
        named.add(i);
      }
    }

    /** Whether no report of this group is of another time than any report of {@code o}. */
    boolean compatible(Evidence o) {
      for (IndexedArticle a : dated) {
        for (IndexedArticle b : o.dated) {
          if (apart(a, b)) {
            return false;
          }
        }
        for (IndexedArticle b : o.named) {
          if (anotherTime(b, a.firmDate)) {
            return false;
          }
        }
      }
      for (IndexedArticle a : named) {
        for (IndexedArticle b : o.dated) {
          if (anotherTime(a, b.firmDate)) {
            return false;
          }
        }
      }
      return true;
    }

    /** Takes in the evidence of a group merged into this one. */
    void absorb(Evidence o) {
      o.dated.forEach(this::add);
      named.addAll(o.named);
    }
  }
}
