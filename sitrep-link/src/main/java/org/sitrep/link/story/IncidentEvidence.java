package org.sitrep.link.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.link.LinkSettings;

/**
 * Whether reports can be of one incident as far as their time and events tell: the rule behind <b>evidence-complete
 * linkage</b> (docs/stories.md). Two reports are <i>of different incidents</i> when
 * <ul>
 *   <li>both are dated and more than {@code windowDays} apart (their incident similarity is 0);</li>
 *   <li>one is dated and the other, undated, names years and none within a year of that date, and no day within
 *   the grace days of it (the 2009 keynote is not the 2012 one); or</li>
 *   <li>their events conflict beyond the grace days ({@link #conflict}: a type in common, no event of that type at
 *   the same place within {@code graceDays} days; the shelling in Dorn on Mar 3 and the shelling in Dorn on Mar
 *   10), where the settings discount conflicting pairs at all ({@code conflictFactor} below 1). Events a day or
 *   two apart only discount the pair's similarity (a clash told on consecutive days, a date read a day off).</li>
 * </ul>
 * Dated means dated by the source or a dateline ({@link IndexedArticle#firmDate}): a date inferred from the text
 * (the latest one it names: an earlier quake's, a summit to come) is no firmer than the years the text names, so
 * such a report counts as undated here. Two undated reports without conflicting events never are (the years a
 * text names are weak evidence on their own: "since 2004", a "1920x1200" screen read as years).
 *
 * <p>An incident is a group of reports no two of which are of different incidents: two groups merge, and a report
 * left alone joins a group, only when every pair across them is compatible (complete link on this evidence,
 * whatever the similarities). So a report similar to two incidents, an undated one above all, cannot bridge them
 * into one, while it still joins the one it is compatible with. Stateless.
 */
final class IncidentEvidence {
  private final LinkSettings s;

  IncidentEvidence(LinkSettings settings) {
    this.s = settings;
  }

  /** Whether two reports are of different incidents (above); symmetric. */
  boolean apart(IndexedArticle a, IndexedArticle b) {
    return apartInTime(a, b) || s.conflictFactor() < 1 && conflict(a, b, s.graceDays());
  }

  private boolean apartInTime(IndexedArticle a, IndexedArticle b) {
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

  /**
   * Whether two reports tell of different happenings: they report events of a type in common, and no event of
   * one matches an event of the other (same type and place, days within the tolerance). Reports whose events
   * say nothing of day or place never conflict.
   */
  boolean conflict(IndexedArticle a, IndexedArticle b) {
    return conflict(a, b, s.dateToleranceDays());
  }

  /** {@link #conflict} with events of one type and place matching within {@code toleranceDays}. */
  boolean conflict(IndexedArticle a, IndexedArticle b, int toleranceDays) {
    if (a.events.length == 0 || b.events.length == 0) {
      return false;
    }
    boolean sharedType = false;
    for (int i = 0; i < a.events.length; i++) {
      String[] x = a.events[i];
      for (int j = 0; j < b.events.length; j++) {
        String[] y = b.events[j];
        if (!x[0].equals(y[0])) {
          continue;
        }
        sharedType = true;
        if (x[2].equals(y[2]) && Math.abs(a.eventDays[i] - b.eventDays[j]) <= toleranceDays) {
          return false;
        }
      }
    }
    return sharedType;
  }

  /**
   * Whether two undated reports are about different times: both name years, none of one within a year of one of
   * the other's, and they name no day in common (within the grace days, in any year).
   */
  boolean yearsApart(IndexedArticle a, IndexedArticle b) {
    if (a.years.length == 0 || b.years.length == 0 || namesDayInCommon(a, b)) {
      return false;
    }
    for (int x : a.years) {
      for (int y : b.years) {
        if (Math.abs(x - y) <= 1) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether two undated reports name a day within the grace days of each other (in any year). */
  boolean namesDayInCommon(IndexedArticle a, IndexedArticle b) {
    for (int x : a.days) {
      for (int y : b.days) {
        int d = Math.abs(dayOfLeapYear(x) - dayOfLeapYear(y));
        if (Math.min(d, 366 - d) <= s.graceDays()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The day of a leap year of a {@link ArticleFeatures#monthDay}. */
  private static int dayOfLeapYear(int monthDay) {
    return LocalDate.of(2000, (monthDay - 1) / 31, (monthDay - 1) % 31 + 1).getDayOfYear();
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
   * The evidence of a group of reports, enough to tell whether another group is compatible with all of it: one
   * report per distinct firm date, the undated reports that name years, and the reports with event signatures (the
   * others are compatible with anything). Grows as groups merge; not thread-safe (one clustering's).
   */
  final class Members {
    private final List<IndexedArticle> dated = new ArrayList<>(1);
    private final List<IndexedArticle> named = new ArrayList<>(0);
    private final List<IndexedArticle> evented = new ArrayList<>(0);

    Members(List<IndexedArticle> members) {
      members.forEach(this::add);
    }

    private void add(IndexedArticle i) {
      if (i.events.length > 0) {
        evented.add(i);
      }
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

    /** Whether no report of this group is of another incident than any report of {@code o}. */
    boolean compatible(Members o) {
      for (IndexedArticle a : dated) {
        for (IndexedArticle b : o.dated) {
          if (apartInTime(a, b)) {
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
      if (s.conflictFactor() < 1) {
        for (IndexedArticle a : evented) {
          for (IndexedArticle b : o.evented) {
            if (conflict(a, b, s.graceDays())) {
              return false;
            }
          }
        }
      }
      return true;
    }

    /** Takes in the evidence of a group merged into this one. */
    void absorb(Members o) {
      for (IndexedArticle d : o.dated) {
        add(d);
      }
      named.addAll(o.named);
      evented.addAll(o.evented);
    }
  }
}
