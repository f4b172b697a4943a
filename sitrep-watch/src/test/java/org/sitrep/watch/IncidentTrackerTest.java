package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.watch.WatchConfig.Rule;
import org.sitrep.watch.WatchConfig.Trigger;

/** Incidents keep their keys as reports arrive; rules turn changes into alerts. Fake records, the real linker. */
class IncidentTrackerTest {
  static final IncidentLinker LINKER = IncidentLinker.standard();
  static final Rule ALL_NEW = new Rule("all", Trigger.NEW_INCIDENT, Set.of(), Set.of(), Map.of());
  static final Rule BIG = new Rule("big", Trigger.NEW_INCIDENT, Set.of("ASSAULT"), Set.of("SYR"), Map.of("dead", 10L));
  static final Rule TOLLS = new Rule("tolls", Trigger.REVISED_TOLL, Set.of(), Set.of(), Map.of());
  static final Rule DISPUTES = new Rule("disputes", Trigger.DISAGREEMENT, Set.of(), Set.of(), Map.of());
  static final List<Rule> RULES = List.of(ALL_NEW, BIG, TOLLS, DISPUTES);

  /** The desk's step over a window: link, track, apply rules. */
  static AlertRules.Outcome step(Map<String, ArticleRecord> window, Set<String> fresh, Map<String, Incident> before) {
    IncidentTracker.Result r = IncidentTracker.update(LINKER.link(List.copyOf(window.values())), window, fresh, before);
    return AlertRules.apply(RULES, r, window);
  }

  static Map<String, ArticleRecord> window(ArticleRecord... rs) {
    Map<String, ArticleRecord> m = new LinkedHashMap<>();
    for (ArticleRecord r : rs) {
      m.put(r.docId(), r);
    }
    return m;
  }

  static final ArticleRecord A = FakeNews.record("a1", "Wire A", "2020-02-03", FakeNews.text("ASSAULT", "SYR", "TUR", "Saraqib", 8));
  static final ArticleRecord B = FakeNews.record("b1", "Daily B", "2020-02-03", FakeNews.text("ASSAULT", "SYR", "TUR", "Saraqib", 12));
  static final ArticleRecord C = FakeNews.record("c1", "Radio C", "2020-02-03", FakeNews.text("ASSAULT", "RUS", "UKR", "Kharkiv", 3));

  @Test
  void update_newReportOfSameIncident_revisesTollKeepsKeyAndMatchesSizeRule() {
    AlertRules.Outcome first = step(window(A, C), Set.of("a1", "c1"), Map.of());
    assertEquals(2, first.incidents().size());
    assertEquals(Set.of("a1#e1", "c1#e1"), first.incidents().keySet());
    assertEquals(List.of("new_incident", "new_incident"), first.alerts().stream().map(Alert::kind).toList());
    assertTrue(first.alerts().stream().allMatch(a -> a.rule().equals("all")), "8 and 3 dead: under the size rule");

    AlertRules.Outcome second = step(window(A, C, B), Set.of("b1"), first.incidents());
    Incident inc = second.incidents().get("a1#e1");
    assertEquals(List.of("a1#e1", "b1#e1"), inc.mentions().stream().sorted().toList(), "one incident, two reports");
    assertEquals(new Incident.Toll(8, 12, "Daily B"), inc.tolls().get("dead"));
    Alert toll = second.alerts().stream().filter(a -> a.kind().equals("revised_toll")).findFirst().orElseThrow();
    assertEquals("size.dead", toll.field());
    assertEquals("8", toll.before());
    assertEquals("8-12", toll.after());
    assertEquals(List.of("b1"), toll.reportedBy());
    assertEquals(List.of("Daily B", "Wire A"), toll.sources().stream().map(Alert.Source::source).sorted().toList());
    assertTrue(second.alerts().stream().anyMatch(a -> a.rule().equals("big") && a.incident().equals("a1#e1")),
        "12 dead now in one source: the size rule fires: " + second.alerts());
    assertTrue(second.alerts().stream().anyMatch(a -> a.kind().equals("disagreement") && a.field().equals("size.dead")),
        second.alerts().toString());
    assertFalse(second.alerts().stream().anyMatch(a -> a.incident().equals("c1#e1")), "c1 got nothing new");
    assertEquals(List.of("all", "big"), second.incidents().get("a1#e1").fired());
  }

  @Test
  void update_sameWindowAgain_raisesNothing() {
    AlertRules.Outcome first = step(window(A, B, C), Set.of("a1", "b1", "c1"), Map.of());
    AlertRules.Outcome again = step(window(A, B, C), Set.of(), first.incidents());
    assertEquals(List.of(), again.alerts());
    assertEquals(first.incidents(), again.incidents());
  }

  @Test
  void update_sameChangeFoundTwice_givesSameAlertIds() {
    AlertRules.Outcome first = step(window(A, C), Set.of("a1", "c1"), Map.of());
    List<String> once = step(window(A, C, B), Set.of("b1"), first.incidents()).alerts().stream().map(Alert::id).toList();
    List<String> twice = step(window(A, C, B), Set.of("b1"), first.incidents()).alerts().stream().map(Alert::id).toList();
    assertEquals(once, twice);
  }

  @Test
  void watches_filtersByTypeCountryAndSize() {
    Incident syr = new Incident("k", "s1", "t", "ASSAULT", "2020-02-03", "Saraqib", List.of("SYR", "TUR"),
        List.of("Wire A"), List.of("a#e1"), List.of("a"), Map.of("dead", new Incident.Toll(8, 12, "B")), Map.of(),
        List.of());
    assertTrue(AlertRules.watches(BIG, syr));
    assertFalse(AlertRules.watches(new Rule("x", Trigger.NEW_INCIDENT, Set.of("PROTEST"), Set.of(), Map.of()), syr));
    assertFalse(AlertRules.watches(new Rule("x", Trigger.NEW_INCIDENT, Set.of(), Set.of("UKR"), Map.of()), syr));
    assertFalse(AlertRules.watches(new Rule("x", Trigger.NEW_INCIDENT, Set.of(), Set.of(), Map.of("dead", 13L)), syr));
    assertFalse(AlertRules.watches(new Rule("x", Trigger.NEW_INCIDENT, Set.of(), Set.of(), Map.of("injured", 1L)), syr));
  }
}
