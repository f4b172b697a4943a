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
}
