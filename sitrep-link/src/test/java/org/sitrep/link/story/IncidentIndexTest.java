package org.sitrep.link.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sitrep.link.LinkSettings;

class IncidentIndexTest {
  private static final Map<String, Integer> LAUNCH = Map.of("aster", 4, "van", 3, "lindau", 2, "norvik", 2,
      "electric", 2, "range", 1);
  private static final Map<String, Integer> RETOLD = Map.of("aster", 4, "van", 3, "lindau", 2, "norvik", 2,
      "electric", 2, "price", 1);

  private static ArticleFeatures dated() {
    return new ArticleFeatures("a", "s1", LocalDate.of(2031, 6, 11), LAUNCH, Map.of());
  }

  private static double[] similarity(LinkSettings s, ArticleFeatures undated) {
    IncidentIndex ix = new IncidentIndex(s);
    ix.add(List.of(dated(), undated));
    return ix.similarity(List.of("a"), List.of("b"));
  }

  @Test
  void undatedReport_closeToADatedOne_countsInFull() {
    ArticleFeatures b = new ArticleFeatures("b", "s2", null, RETOLD, Map.of());
    double full = similarity(LinkSettings.defaults(), b)[0];
    double halved = similarity(LinkSettings.defaults().withUndatedMatch(1), b)[0];
    assertTrue(full > 0.5, "a retelling of the same report: " + full);
    assertEquals(full / 2, halved, 1e-9, "without the rule an undated report counts half");
  }

  @Test
  void undatedReport_namingAnotherDay_staysDiscounted() {
    // it names March 2 (of some year): another time than June 11, however close the words
    ArticleFeatures b = new ArticleFeatures("b", "s2", null, RETOLD, Map.of(),
        new TreeSet<>(List.of(ArticleFeatures.monthDay(LocalDate.of(2031, 3, 2)))), null, null);
    double withRule = similarity(LinkSettings.defaults(), b)[0];
    double without = similarity(LinkSettings.defaults().withUndatedMatch(1), b)[0];
    assertEquals(without, withRule, 1e-9);
  }

  private static double undatedPair(ArticleFeatures a, ArticleFeatures b) {
    IncidentIndex ix = new IncidentIndex(LinkSettings.defaults());
    ix.add(List.of(a, b));
    return ix.similarity(List.of("a"), List.of("b"))[0];
  }

  private static ArticleFeatures undated(String id, Map<String, Integer> terms, Integer day, Integer... years) {
    return new ArticleFeatures(id, "s-" + id, null, terms, Map.of(),
        day == null ? null : new TreeSet<>(List.of(day)), new TreeSet<>(List.of(years)), null);
  }

  @Test
  void twoUndatedReports_namingYearsFarApart_areDiscounted() {
    double near = undatedPair(undated("a", LAUNCH, null, 2031), undated("b", RETOLD, null, 2030));
    double far = undatedPair(undated("a", LAUNCH, null, 2031), undated("b", RETOLD, null, 2027));
    double f = LinkSettings.defaults().undatedFactor();
    assertTrue(near > 0, "same words, years within one of each other: " + near);
    assertEquals(near * f * f, far, 1e-6, "2031 and 2027: two times, counted at the square of the undated factor");
  }

  @Test
  void twoUndatedReports_namingOneDay_countInFullWhateverTheirYears() {
    int june11 = ArticleFeatures.monthDay(LocalDate.of(2031, 6, 11));
    int june12 = ArticleFeatures.monthDay(LocalDate.of(2027, 6, 12));
    double near = undatedPair(undated("a", LAUNCH, null, 2031), undated("b", RETOLD, null, 2030));
    double sameDay = undatedPair(undated("a", LAUNCH, june11, 2031), undated("b", RETOLD, june12, 2027));
    assertEquals(near, sameDay, 1e-6, "a day in common (within the grace days) outweighs the years they name");
  }

  @Test
  void aDayInCommon_isReadAcrossTheNewYear() {
    int dec31 = ArticleFeatures.monthDay(LocalDate.of(2030, 12, 31));
    int jan2 = ArticleFeatures.monthDay(LocalDate.of(2031, 1, 2));
    int mar9 = ArticleFeatures.monthDay(LocalDate.of(2031, 3, 9));
    double near = undatedPair(undated("a", LAUNCH, null, 2031), undated("b", RETOLD, null, 2030));
    assertEquals(near, undatedPair(undated("a", LAUNCH, dec31, 2031), undated("b", RETOLD, jan2, 2027)), 1e-6,
        "December 31 and January 2 are two days apart");
    assertTrue(undatedPair(undated("a", LAUNCH, dec31, 2031), undated("b", RETOLD, mar9, 2027)) < near,
        "December 31 and March 9 are not");
  }
}
