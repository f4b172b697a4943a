package org.sitrep.claims.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.sitrep.claims.attribution.AttributionStage;
import org.sitrep.claims.time.TimeStage;
import org.sitrep.core.data.AgentCodes;
import org.sitrep.core.data.SectorNouns;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Titled;
import org.sitrep.core.model.CountRecord;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.Evidence;
import org.sitrep.core.model.TextSpan;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.NlpSettings;

/** Tolls as local and conflict news write them, on articles written for these tests, after the real NLP stage. */
class TollsTest {
  private static final CoreNlpStage NLP = new CoreNlpStage(NlpSettings.defaults());
  private static final Map<String, Document> DONE = new ConcurrentHashMap<>();

  private static Document run(String title, String text) {
    return DONE.computeIfAbsent(title + "|" + text, k -> {
      Document d = NLP.apply(Titled.document(new Article("t", text, null, null, title, "2023-06-12", "en", "test")));
      for (var s : List.of(new TimeStage(), new AttributionStage(), new CountStage())) {
        d = s.apply(d);
      }
      return d;
    });
  }

  private static List<String> kindsAndValues(Document d) {
    return d.get(Layers.COUNTS).stream().map(c -> c.kind() + " " + c.number().low()).toList();
  }

  @Test
  void theTitleIsReadWithTheBody() {
    Document d = run("3 killed, 7 injured in warehouse shooting",
        "The shooting happened late on Saturday near the river, police said.");
    List<String> got = kindsAndValues(d);
    assertTrue(got.contains("dead 3"), got.toString());
    assertTrue(got.contains("injured 7"), got.toString());
    CountRecord c = d.get(Layers.COUNTS).get(0);
    assertTrue(c.evidence().start() < Titled.bodyStart(d), "the title's count lies in the title");
  }

  @Test
  void shotIsNotDeadUnlessTheSentenceSaysSo() {
    Document d = run(null, "Six people were shot outside a nightclub early Sunday. "
        + "Two men were shot dead at a gas station the same night. "
        + "A teenager was fatally shot on Elm Avenue.");
    List<String> got = kindsAndValues(d);
    assertTrue(got.contains("shot 6"), got.toString());
    assertTrue(got.contains("dead 2"), got.toString());
    assertTrue(got.contains("dead 1"), got.toString());
    assertTrue(!got.contains("dead 6"), got.toString());
  }

  @Test
  void aSingularVictimIsOne() {
    List<String> got = kindsAndValues(run(null, "A nurse was killed when gunmen opened fire on the clinic."));
    assertEquals(List.of("dead 1"), got);
    List<String> agentive = kindsAndValues(run(null, "The blast killed a Canadian geologist and two drivers. "
        + "Rebels captured a transmitter on the hill."));
    assertTrue(agentive.contains("dead 1") && agentive.contains("dead 3"), agentive.toString());
    assertTrue(!agentive.contains("arrested 1"), "a thing captured is no one arrested: " + agentive);
  }

  @Test
  void partsOfATotalTakeItsKind() {
    List<String> got = kindsAndValues(run(null,
        "Officials said 12 people, including nine police officers, lost their lives in the ambush. "
            + "At least 40 militants have been killed, along with 85 soldiers, officials said. "
            + "The governor said six guards and two drivers were among those killed."));
    assertTrue(got.contains("dead 12"), got.toString());
    assertTrue(got.contains("dead 9"), got.toString());
    assertTrue(got.contains("dead 85"), got.toString());
    assertTrue(got.contains("dead 6") && got.contains("dead 2"), got.toString());
  }

  @Test
  void injuriesSustainedAndTollsThatRise() {
    List<String> got = kindsAndValues(run(null, "More than 40 people sustained injuries in the fire. "
        + "The death toll from the collapse rose to 17 on Tuesday. Deaths in the region surged to 45 in May."));
    assertTrue(got.contains("injured 40"), got.toString());
    assertTrue(got.contains("dead 17"), got.toString());
    assertTrue(got.contains("dead 45"), got.toString());
  }

  @Test
  void figuresOfDeathsAndOfThoseAmongTheVictims() {
    List<String> got = kindsAndValues(run(null, "The clashes caused hundreds of deaths. "
        + "Rebels attacked a bus and killed 14 of those on board. "
        + "Four guards and two drivers were among those killed."));
    assertTrue(got.contains("dead 100"), got.toString());
    assertTrue(got.contains("dead 14"), got.toString());
    assertTrue(got.contains("dead 4"), got.toString());
  }

  @Test
  void sectorsAreSitrepsAgentCodes() {
    Document d = run(null, "Two police officers and a journalist were wounded. Five insurgents were killed.");
    for (CountRecord c : d.get(Layers.COUNTS)) {
      if (c.sumOfParts()) {
        continue; // a total of different people names no one sector
      }
      assertNotNull(c.who());
      assertTrue(AgentCodes.isCode(c.who().sector()), c.who().toString());
    }
    List<String> sectors = d.get(Layers.COUNTS).stream().filter(c -> !c.sumOfParts()).map(c -> c.who().sector()).toList();
    assertTrue(sectors.contains("COP") && sectors.contains("JRN") && sectors.contains("REB"), sectors.toString());
    CountRecord deputies = run(null, "Two sheriff's deputies were wounded in the ambush.").get(Layers.COUNTS).get(0);
    assertEquals("COP", deputies.who().sector(), "a people noun's possessive gives the sector: " + deputies.who());
  }

  @Test
  void everyPeopleCodeIsAnAgentCode() {
    CountReading.PEOPLE.forEach((word, code) -> {
      if (!code.equals(SectorNouns.NO_SECTOR)) {
        AgentCodes.require(code, "sector-nouns.tsv people row '" + word + "'");
      }
    });
  }

  @Test
  void conjoinedVictimsAddUpToATotalBesideTheirParts() {
    Document d = run(null, "A man and a woman were shot dead in the parking lot.");
    List<String> got = kindsAndValues(d);
    assertTrue(got.contains("dead 2"), got.toString());
    assertEquals(1, d.get(Layers.COUNTS).stream().filter(CountRecord::sumOfParts).count());
    List<String> parts = kindsAndValues(run(null, "Eight people died, including seven soldiers and a civilian."));
    assertTrue(!parts.contains("dead 8") || parts.stream().filter(x -> x.equals("dead 8")).count() == 1,
        "a stated total is not summed again: " + parts);
  }

  @Test
  void earlierIncidentsAndRunningTotalsAreBackground() {
    Document d = run(null, "Two people were killed in the shooting on Saturday, police said. "
        + "In 2019, a gunman killed 23 people at a store in the same city. "
        + "More than 300 people have been killed in shootings in the state since January 2021.");
    for (CountRecord c : d.get(Layers.COUNTS)) {
      boolean earlier = c.number().low() >= 23;
      assertEquals(earlier, c.background() != null && c.background(), c.toString());
    }
  }

  @Test
  void aCountIsLinkedToTheEventItsClauseMeasures() {
    String text = "The ministry said on Monday that an attack on the market killed 12 people.";
    Document d = NLP.apply(Document.of(new Article("l", text, null, null, null, "2023-06-12", "en", "test")));
    int said = text.indexOf("said");
    int attack = text.indexOf("attack");
    d = d.with(Layers.EVENTS, List.of(event("l#e1", "ACCUSE", text, said, "said"),
        event("l#e2", "ASSAULT", text, attack, "attack")));
    d = new CountStage().apply(new TimeStage().apply(d));
    assertEquals("l#e2", d.get(Layers.COUNTS).get(0).event(), "the attack, not the statement about it");
  }

  private static EventRecord event(String id, String type, String text, int at, String word) {
    return new EventRecord(id, type, null, null, null, null, null, null, null, null, null, null, null, "occurred",
        null, new Evidence(0, text.length(), text), new TextSpan(at, at + word.length(), word));
  }

  @Test
  void twoClaimantsOfOneFigureAreTwoClaims() {
    Document d = run(null, "Police said four people were killed in the blast. "
        + "The rebel group said four people were killed, all of them soldiers. The market reopened on Monday.");
    List<CountRecord> fours = d.get(Layers.COUNTS).stream().filter(c -> c.number().low() == 4).toList();
    assertEquals(2, fours.size(), fours.toString());
    assertNotNull(fours.get(0).attribution());
    assertNotNull(fours.get(1).attribution());
    assertTrue(fours.get(0).attribution().speakerText().contains("Police"), fours.get(0).attribution().toString());
    assertTrue(fours.get(1).attribution().speakerText().contains("group"), fours.get(1).attribution().toString());
  }

  /** The article's own toll: the largest of its counts of a kind that are not background. */
  private static long ownToll(Document d, String kind) {
    return d.get(Layers.COUNTS).stream().filter(c -> c.kind().equals(kind) && !Boolean.TRUE.equals(c.background()))
        .mapToLong(c -> c.number().low() == null ? 0 : c.number().low()).max().orElse(0);
  }

  @Test
  void aListOfEarlierShootingsDoesNotOutrankTheArticlesOwn() {
    Document d = run("1 killed, 5 injured in shooting at birthday party",
        "One man was killed and five people were injured when gunfire erupted at a birthday party on Saturday night, "
        + "police said. A 17-year-old girl was in critical condition.\n\n"
        + "The shooting was the third in the city this year. On May 14, two people were killed outside a bar on Pine "
        + "Street. In April, a gunman killed four people and wounded nine at a shopping mall.");
    assertEquals(1, ownToll(d, "dead"), d.get(Layers.COUNTS).toString());
    assertEquals(5, ownToll(d, "injured"), d.get(Layers.COUNTS).toString());
    List<String> all = kindsAndValues(d);
    assertTrue(all.contains("dead 4") && all.contains("injured 9"), "earlier incidents are kept, as background: " + all);
  }

  @Test
  void victimsShotWithTheirOutcomeGivenApart() {
    Document d = run("Six people shot near park; one dies",
        "Six people were shot near Lakeview Park on Sunday evening. A 34-year-old man died at the hospital, and the "
        + "other five were listed in stable condition, officers said.");
    List<String> got = kindsAndValues(d);
    assertTrue(got.contains("shot 6"), got.toString());
    assertEquals(1, ownToll(d, "dead"), got.toString());
    assertTrue(!got.contains("dead 6"), "shot is not dead: " + got);
  }

  @Test
  void singularVictimsAndTotalsWithPartsInLocalNews() {
    Document d = run("Woman killed, two sons hurt in drive-by shooting",
        "A woman was killed and her two sons were wounded in a drive-by shooting early Tuesday, authorities said.");
    assertEquals(1, ownToll(d, "dead"), kindsAndValues(d).toString());
    assertEquals(2, ownToll(d, "injured"), kindsAndValues(d).toString());
    Document parts = run(null, "Four people, including a 12-year-old boy, were wounded in the shooting on Friday.");
    assertEquals(4, ownToll(parts, "injured"), kindsAndValues(parts).toString());
  }
}
