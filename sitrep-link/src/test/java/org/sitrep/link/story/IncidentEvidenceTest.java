package org.sitrep.link.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sitrep.link.LinkSettings;

/**
 * Evidence-complete linkage ({@link IncidentEvidence}): a report similar to two incidents cannot join them into
 * one, and an undated report still joins the one incident it is compatible with. Invented reports: shellings of a
 * market in the town of Harrow on 2031-03-03 and again on 2031-03-10, and the launches of the Aster phone in 2028
 * and 2031.
 */
class IncidentEvidenceTest {
  private static final LocalDate MAR3 = LocalDate.of(2031, 3, 3);
  private static final LocalDate MAR10 = LocalDate.of(2031, 3, 10);
  /** What every report of either shelling says (the same town, market, kind of attack). */
  private static final Map<String, Integer> SHELLING = Map.of("harrow", 4, "market", 3, "shell", 3, "mortar", 2,
      "stall", 2, "killed", 2, "civilian", 1);

  private static Map<String, Integer> terms(Map<String, Integer> base, String... extra) {
    Map<String, Integer> t = new HashMap<>(base);
    for (String e : extra) {
      t.merge(e, 1, Integer::sum);
    }
    return t;
  }

  private static ArticleFeatures report(String id, LocalDate date, LocalDate eventDay, String... extra) {
    return new ArticleFeatures(id, "outlet-" + id, date, terms(SHELLING, extra), Map.of("n:harrow", 2),
        null, null, eventDay == null ? null : new TreeSet<>(List.of("ASSAULT|" + eventDay + "|harrow")));
  }

  /** Three reports of each shelling (a week apart), and one undated report with no date or event of its own. */
  private static List<ArticleFeatures> twoShellings() {
    return List.of(
        report("a1", MAR3, MAR3, "first"), report("a2", MAR3, MAR3, "sunday"),
        report("a3", MAR3.plusDays(1), MAR3, "toll"),
        report("b1", MAR10, MAR10, "again"), report("b2", MAR10, MAR10, "second"),
        report("b3", MAR10.plusDays(1), MAR10, "toll"),
        report("u", null, null));
  }

  private static List<List<String>> incidents(LinkSettings s, List<ArticleFeatures> articles) {
    IncidentIndex ix = new IncidentIndex(s);
    ix.add(articles);
    return ix.incidents();
  }

  private static List<String> incidentOf(List<List<String>> incidents, String doc) {
    return incidents.stream().filter(i -> i.contains(doc)).findFirst().orElseThrow();
  }

  @Test
  void undatedReport_similarToTwoShellings_doesNotBridgeThem() {
    List<List<String>> got = incidents(LinkSettings.defaults(), twoShellings());
    List<String> first = incidentOf(got, "a1");
    List<String> second = incidentOf(got, "b1");
    assertTrue(first.containsAll(List.of("a1", "a2", "a3")), got.toString());
    assertTrue(second.containsAll(List.of("b1", "b2", "b3")), got.toString());
    assertFalse(first.contains("b1"), "the two shellings stay two incidents: " + got);
    assertTrue(first.contains("u") || second.contains("u"), "the undated report joins one of them: " + got);
  }

  @Test
  void withoutTheRule_theUndatedReportBridgesTheShellings() {
    // the same pairs clustered by centroid linkage alone: this is the case the rule is for
    IncidentIndex ix = new IncidentIndex(LinkSettings.defaults());
    ix.add(twoShellings());
    List<IndexedArticle> all = new ArrayList<>();
    twoShellings().forEach(f -> all.add(article(ix, f.docId())));
    List<List<IndexedArticle>> singles = new ArrayList<>();
    all.forEach(i -> singles.add(List.of(i)));
    double t = LinkSettings.defaults().threshold();
    List<List<IndexedArticle>> plain = Linkage.cluster(singles, false, t, null);
    List<List<IndexedArticle>> ruled = Linkage.cluster(singles, false, t, new IncidentEvidence(LinkSettings.defaults()));
    assertEquals(1, plain.size(), "centroid linkage alone joins all seven reports: " + ids(plain));
    assertEquals(2, ruled.size(), "evidence-complete linkage keeps two incidents: " + ids(ruled));
  }

  @Test
  void undatedReport_joinsTheOneCompatibleIncident() {
    List<ArticleFeatures> one = twoShellings().stream().filter(f -> !f.docId().startsWith("b")).toList();
    List<List<String>> got = incidents(LinkSettings.defaults(), one);
    assertEquals(List.of(List.of("a1", "a2", "a3", "u")), got);
  }

  @Test
  void undatedReport_namingOnlyAnotherYear_joinsThatLaunchNotTheDatedOne() {
    LocalDate launch = LocalDate.of(2031, 6, 11);
    Map<String, Integer> aster = Map.of("aster", 4, "phone", 3, "launch", 2, "keynote", 2, "camera", 2, "price", 1);
    Map<String, Integer> keys = Map.of("n:aster", 2, "n:velo", 1);
    List<ArticleFeatures> arts = List.of(
        new ArticleFeatures("n1", "s1", launch, terms(aster, "fold"), keys, null, yearSet(2031), null),
        new ArticleFeatures("n2", "s2", launch, terms(aster, "fold", "screen"), keys, null, yearSet(2031), null),
        // the older launch: undated reports that name 2028 only
        new ArticleFeatures("o1", "s3", null, terms(aster, "slim"), keys, null, yearSet(2028), null),
        new ArticleFeatures("o2", "s4", null, terms(aster, "slim", "battery"), keys, null, yearSet(2028), null),
        // an undated report naming no year, as close to both
        new ArticleFeatures("u", "s5", null, terms(aster, "fold", "slim"), keys, null, null, null));
    List<List<String>> got = incidents(LinkSettings.defaults(), arts);
    assertFalse(incidentOf(got, "n1").contains("o1"), "the 2028 reports are not of the 2031 launch: " + got);
    assertEquals(incidentOf(got, "n1"), incidentOf(got, "n2"));
    assertEquals(incidentOf(got, "o1"), incidentOf(got, "o2"));
  }

  @Test
  void dateInferredFromTheText_isNoFirmerThanNamedYears() {
    Map<String, Integer> quake = Map.of("quake", 4, "papua", 3, "magnitude", 2, "tremor", 2, "tsunami", 1);
    Map<String, Integer> keys = Map.of("n:papua", 2);
    // undated reports of a quake that name 2034, and one whose only date is an older quake's, named in its text
    List<ArticleFeatures> arts = new ArrayList<>(List.of(
        new ArticleFeatures("q1", "s1", null, terms(quake, "aftershock"), keys, null, yearSet(2034), null),
        new ArticleFeatures("q2", "s2", null, terms(quake, "aftershock", "runway"), keys, null, yearSet(2034),
            null)));
    LocalDate older = LocalDate.of(2027, 10, 10);
    ArticleFeatures inferred = new ArticleFeatures("q3", "s3", older, terms(quake, "runway"), keys, null,
        yearSet(2027), null, true);
    ArticleFeatures firm = new ArticleFeatures("q3", "s3", older, terms(quake, "runway"), keys, null,
        yearSet(2027), null, false);
    List<ArticleFeatures> withInferred = new ArrayList<>(arts);
    withInferred.add(inferred);
    List<ArticleFeatures> withFirm = new ArrayList<>(arts);
    withFirm.add(firm);
    assertEquals(List.of(List.of("q1", "q2", "q3")), incidents(LinkSettings.defaults(), withInferred));
    assertFalse(incidentOf(incidents(LinkSettings.defaults(), withFirm), "q1").contains("q3"),
        "a source's 2027 date against reports that name only 2034: another quake");
  }

  @Test
  void eventsOfOnePlace_areApartOnlyBeyondTheGraceDays() {
    IncidentIndex ix = new IncidentIndex(LinkSettings.defaults());
    ix.add(List.of(report("x", MAR3, MAR3), report("y", MAR3.plusDays(2), MAR3.plusDays(2)),
        report("z", MAR10, MAR10)));
    IncidentEvidence rule = new IncidentEvidence(LinkSettings.defaults());
    assertFalse(rule.apart(article(ix, "x"), article(ix, "y")), "a clash told two days later, or a day read off");
    assertTrue(rule.apart(article(ix, "x"), article(ix, "z")), "the same kind of attack a week later");
    assertTrue(rule.conflict(article(ix, "x"), article(ix, "y")), "two days apart still discounts the pair");
    IncidentEvidence off = new IncidentEvidence(LinkSettings.defaults().withConflictFactor(1));
    assertFalse(off.apart(article(ix, "x"), article(ix, "z")), "no conflict rule, no constraint from events");
  }

  @Test
  void anyArrivalOrder_givesTheSameIncidents() {
    List<List<String>> batch = incidents(LinkSettings.defaults(), twoShellings());
    for (int seed = 1; seed <= 5; seed++) {
      List<ArticleFeatures> order = new ArrayList<>(twoShellings());
      Collections.shuffle(order, new Random(seed));
      IncidentIndex ix = new IncidentIndex(LinkSettings.defaults());
      for (int i = 0; i < order.size(); i += 2) {
        ix.add(order.subList(i, Math.min(order.size(), i + 2)));
      }
      assertEquals(batch, ix.incidents(), "arrival order " + seed);
    }
  }

  private static TreeSet<Integer> yearSet(int... years) {
    TreeSet<Integer> out = new TreeSet<>();
    for (int y : years) {
      out.add(y);
    }
    return out;
  }

  private static IndexedArticle article(IncidentIndex ix, String doc) {
    IndexedArticle i = ix.article(doc);
    if (i == null) {
      throw new AssertionError("no article " + doc);
    }
    return i;
  }

  private static List<List<String>> ids(List<List<IndexedArticle>> groups) {
    return groups.stream().map(g -> g.stream().map(i -> i.docId).toList()).toList();
  }
}
