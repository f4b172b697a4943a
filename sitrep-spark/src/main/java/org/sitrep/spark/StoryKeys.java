package org.sitrep.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.EntityRecord;
import org.sitrep.core.model.PlaceRecord;

/**
 * The key that blocks articles for story linking: a window of publication days, and (by default) the
 * country the article is mostly about. Two reports of one event share both in nearly every case, so linking
 * each group on its own finds the same stories as linking everything together, while no task ever holds more
 * than one group. Windows are aligned to fixed {@code windowDays}-day blocks from 1970-01-01, so the key
 * depends on the article alone.
 */
public record StoryKeys(int windowDays, boolean byCountry) implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The key of articles without a publication date (or a month only). */
  public static final String UNDATED = "undated";

  public StoryKeys {
    if (windowDays < 1) {
      throw new IllegalArgumentException("the story window must be at least 1 day, not " + windowDays);
    }
  }

  /** {@code 2020-01-30/SY}: the window's first day, and the country; {@code undated/-} where there is no day. */
  public String key(ArticleRecord r) {
    String window = window(r.published());
    return byCountry ? window + "/" + country(r) : window;
  }

  /** The first day of the window holding {@code published}, or {@link #UNDATED}. */
  public String window(String published) {
    if (published == null || published.length() < 10) {
      return UNDATED;
    }
    try {
      long day = LocalDate.parse(published.substring(0, 10)).toEpochDay();
      return LocalDate.ofEpochDay(Math.floorDiv(day, windowDays) * windowDays).toString();
    } catch (DateTimeParseException e) {
      return UNDATED;
    }
  }

  /**
   * The country an article is mostly about: the commonest country among its resolved places (ISO alpha-2),
   * else among its entities' actor codes, ties broken by code; {@code -} where it names none.
   */
  static String country(ArticleRecord r) {
    Map<String, Integer> counts = new TreeMap<>();
    for (PlaceRecord p : r.places()) {
      if (p.countryCode() != null && !p.countryCode().isBlank()) {
        counts.merge(p.countryCode(), 1, Integer::sum);
      }
    }
    if (counts.isEmpty()) {
      for (EntityRecord e : r.entities()) {
        if (e.actor() != null && e.actor().country() != null && e.actor().country().length() == 3) {
          counts.merge(Alpha3.toAlpha2(e.actor().country()), 1, Integer::sum);
        }
      }
    }
    String best = "-";
    int bestN = 0;
    for (var e : counts.entrySet()) {
      if (e.getValue() > bestN) {
        best = e.getKey();
        bestN = e.getValue();
      }
    }
    return best;
  }

  /** ISO 3166 alpha-3 to alpha-2 from the JDK's own table; codes it does not know (IGO, UNO) stay as they are. */
  static final class Alpha3 {
    private static final Map<String, String> TO2 = new TreeMap<>();

    static {
      for (String a2 : java.util.Locale.getISOCountries()) {
        TO2.put(new java.util.Locale("", a2).getISO3Country(), a2);
      }
    }

    private Alpha3() {
    }

    static String toAlpha2(String a3) {
      return TO2.getOrDefault(a3, a3);
    }
  }
}
