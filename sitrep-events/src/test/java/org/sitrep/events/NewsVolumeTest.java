package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.Evidence;
import org.sitrep.core.model.TextSpan;

/**
 * Issue 14, events per article: which mentions are the article's news and which are not (what a quotation says,
 * ...), on records built by hand and on CoreNLP parses of sentences written for these tests.
 */
class NewsVolumeTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  private static EventMerger.Coded mention(String type, String actor, String recipient, int sentence, boolean quoted) {
    EventRecord e = new EventRecord("d#e" + sentence, type, null, null, "190", 4, -9.0,
        List.of(new ActorRecord(actor, null, actor, null, null)),
        List.of(new ActorRecord(recipient, null, recipient, null, null)), null, null, null, null, "occurred", null,
        new Evidence(sentence * 10, sentence * 10 + 9, "s" + sentence), new TextSpan(sentence * 10, sentence * 10 + 3,
        "hit"));
    return new EventMerger.Coded(e, sentence, "none", false, quoted, null);
  }

  private static boolean current(EventRecord e) {
    return !Boolean.TRUE.equals(e.background());
  }

  @Test
  void aHappeningOnlyAQuotationTellsIsBackground() {
    List<EventRecord> out = EventMerger.merge("d", "2021-03-10", List.of(
        mention("ASSAULT", "SYR", "TUR", 0, false),
        mention("CONSULT", "USA", "CHN", 1, true)));
    assertEquals(2, out.size());
    assertTrue(current(out.get(0)));
    assertEquals(Boolean.TRUE, out.get(1).background(), "a quotation's happening is what someone said");
    assertEquals(0.0, out.get(1).salience());
  }

  @Test
  void aQuotedMentionJoinsTheHappeningTheArticleReports() {
    // reported first, then quoted
    List<EventRecord> out = EventMerger.merge("d", "2021-03-10", List.of(
        mention("ASSAULT", "SYR", "TUR", 0, false),
        mention("ASSAULT", "SYR", "TUR", 1, true)));
    assertEquals(1, out.size());
    assertNull(out.get(0).background());
    assertEquals(2, out.get(0).mentions().size());
    // quoted first (a quotation in the lead), then reported: one happening, news again
    out = EventMerger.merge("d", "2021-03-10", List.of(
        mention("ASSAULT", "SYR", "TUR", 0, true),
        mention("ASSAULT", "SYR", "TUR", 1, false)));
    assertEquals(1, out.size());
    assertNull(out.get(0).background());
    assertNotEquals(0.0, out.get(0).salience());
    // two quoted mentions of one happening stay what was said
    out = EventMerger.merge("d", "2021-03-10", List.of(
        mention("ASSAULT", "SYR", "TUR", 0, true),
        mention("ASSAULT", "SYR", "TUR", 1, true)));
    assertEquals(1, out.size());
    assertEquals(Boolean.TRUE, out.get(0).background());
  }

  @Test
  void anEventInsideDirectSpeechIsNotTheNews() {
    List<EventRecord> evs = EventCoderTest.events("Chilean troops shelled a Bolivian border post on Monday. "
        + "\u201cWe will never forget how Peru invaded our villages and expelled our farmers,\u201d the Bolivian "
        + "defense minister told reporters in La Paz.");
    EventRecord shelling = EventCoderTest.first(evs, "ASSAULT").orElseThrow(() -> new AssertionError(evs));
    assertTrue(current(shelling), () -> evs.toString());
    List<EventRecord> quoted = evs.stream().filter(e -> e.trigger().start() > evs.get(0).evidence().end()
        && e.trigger().start() < evs.get(0).evidence().end() + 80).toList();
    assertTrue(!quoted.isEmpty(), () -> "expected the quotation's events to be coded: " + evs);
    for (EventRecord e : quoted) {
      assertEquals(Boolean.TRUE, e.background(), () -> e + " is inside the quotation");
    }
  }

  @Test
  void anInfinitiveOfAimIsNoHappening() {
    List<EventRecord> evs = EventCoderTest.events("Norwegian engineers worked for a week to repair the Chilean "
        + "power line, and the Danish government plans to urge Chile to hold new talks.");
    for (EventRecord e : evs) {
      if (e.event().equals("AID") || e.event().equals("REQUEST")) {
        assertEquals("hypothetical", e.status(), () -> e + ": an aim, not a happening");
      }
    }
    assertTrue(evs.stream().anyMatch(e -> e.event().equals("REQUEST")), () -> "expected the request coded: " + evs);
    // an implicative verb: the infinitive happened
    List<EventRecord> done = EventCoderTest.events("Peruvian police managed to arrest the Bolivian smugglers.");
    EventRecord arrest = EventCoderTest.first(done, "COERCE").orElseThrow(() -> new AssertionError(done));
    assertEquals("occurred", arrest.status());
  }

  @Test
  void aDayOrAPredicateIsNoAddresseeOfACall() {
    // "on" naming a day, and "called X unbearable" (a judgement of X), are no request
    List<EventRecord> judged = EventCoderTest.events("On Tuesday, the Chilean president called the Peruvian "
        + "fishing quotas unfair.");
    assertTrue(EventCoderTest.first(judged, "REQUEST").isEmpty(), () -> judged.toString());
    // a call on a party stays a request
    List<EventRecord> asked = EventCoderTest.events("On Tuesday, Chile called on Peru to lift the fishing quotas.");
    assertTrue(EventCoderTest.first(asked, "REQUEST").isPresent(), () -> asked.toString());
  }

  @Test
  void aHappeningThatMustGoOnIsNoDemandOnAParty() {
    List<EventRecord> talks = EventCoderTest.events("Chile said negotiations with Peru must continue.");
    assertTrue(EventCoderTest.first(talks, "REQUEST").isEmpty(), () -> talks.toString());
    // the request to a party ("Norway said Russia must release ...") is EventCoderTest's
  }

  @Test
  void aFearedEventHasNotHappened() {
    List<EventRecord> evs = EventCoderTest.events("Norway fears retaliation from Russia over the fishing ban.");
    EventRecord e = EventCoderTest.first(evs, "ASSAULT").orElseThrow(() -> new AssertionError(evs));
    assertEquals("hypothetical", e.status());
  }

  @Test
  void whatANounOfConcernIntroducesIsFearedNotAsserted() {
    List<EventRecord> evs = EventCoderTest.events("There are fears that the militia attacked the village on Monday.");
    EventRecord e = EventCoderTest.first(evs, "ASSAULT").orElseThrow(() -> new AssertionError(evs));
    assertEquals("hypothetical", e.status(), "the clause of a noun of fear is not the article's assertion");
    // a relative clause on the noun is no complement: the concern raised is no feared happening, and the
    // rejection that governs it is told as having happened
    List<EventRecord> raised = EventCoderTest.events("The concerns that he raised on Monday were dismissed by the "
        + "government.");
    EventRecord dismissed = EventCoderTest.first(raised, "REJECT").orElseThrow(() -> new AssertionError(raised));
    assertEquals("occurred", dismissed.status());
    // a fear or a hope of a future act is no threat or pledge the article reports
    for (String text : List.of("There are fears that the army will attack the rebel camp.",
        "The minister voiced hope that the rebels would release the hostages.")) {
      List<EventRecord> hoped = EventCoderTest.events(text);
      assertTrue(!hoped.isEmpty(), () -> text + ": expected the feared or hoped-for event coded");
      for (EventRecord h : hoped) {
        assertEquals("hypothetical", h.status(), () -> text + ": " + h);
      }
    }
    // without the noun of fear the same clause is asserted
    List<EventRecord> told = EventCoderTest.events("The militia attacked the village on Monday.");
    assertEquals("occurred", EventCoderTest.first(told, "ASSAULT").orElseThrow().status());
  }

  @Test
  void aSupportParticipleDescribingAParticipantIsBackground() {
    // hung on the noun ("acl") or garden-pathed with the noun as its subject: who the soldiers are, not news
    for (String text : List.of("Government soldiers backed by foreign troops retook the town on Monday.",
        "Troops backed by militias shelled the village on Monday, officials said.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      EventRecord backing = EventCoderTest.first(evs, "SUPPORT").orElseThrow(() -> new AssertionError(evs));
      assertEquals(Boolean.TRUE, backing.background(), () -> text + ": " + evs);
      assertTrue(evs.stream().anyMatch(e -> !e.event().equals("SUPPORT") && e.background() == null),
          () -> text + ": the sentence's own happening stays news: " + evs);
    }
    // a passive with its auxiliary, and an active verb of support, are happenings
    for (String text : List.of("The rebels were backed by foreign powers on Monday.",
        "The United States backed the rebels on Monday.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      EventRecord backing = EventCoderTest.first(evs, "SUPPORT").orElseThrow(() -> new AssertionError(evs));
      assertNull(backing.background(), () -> text + ": " + evs);
    }
  }

  @Test
  void aHappeningInAnEmbeddedQuestionIsNotAsserted() {
    for (String text : List.of("It was not clear whether the army would attack the rebel camp.",
        "Officials would not say whether the government will impose sanctions on the rebels.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      assertTrue(!evs.isEmpty(), () -> text + ": expected the questioned event coded");
      for (EventRecord e : evs) {
        assertEquals("hypothetical", e.status(), () -> text + ": " + e);
      }
    }
    // the concessive "whether or not" clause does not make its main clause a question
    List<EventRecord> evs = EventCoderTest.events("The army will attack the camp whether or not the talks succeed.");
    assertTrue(evs.stream().noneMatch(e -> e.status().equals("hypothetical") && e.trigger().text().equals("attack")),
        () -> evs.toString());
  }

  @Test
  void anEventNounAStateVerbPlacesUnderIsAStandingCondition() {
    List<EventRecord> evs = EventCoderTest.events("Many rebel leaders remain under international sanctions.");
    EventRecord e = EventCoderTest.first(evs, "SANCTION").orElseThrow(() -> new AssertionError(evs));
    assertEquals(Boolean.TRUE, e.background(), "a standing condition, not a happening");
    // a state verb with a preposition of time or place leaves the event noun a happening
    List<EventRecord> after = EventCoderTest.events("The rebels stayed in the town after the attack on Monday.");
    EventRecord attack = EventCoderTest.first(after, "ASSAULT").orElseThrow(() -> new AssertionError(after));
    assertNull(attack.background(), () -> after.toString());
    // the act of imposing stays news
    List<EventRecord> imposed = EventCoderTest.events("The government imposed sanctions on the rebel leaders on Monday.");
    assertNull(EventCoderTest.first(imposed, "SANCTION").orElseThrow().background());
  }

  @Test
  void aNamingIsNoCall() {
    // "call" with a predicate completing its object names or judges it: no request, no consultation
    for (String text : List.of("Demonstrators celebrated what they called a major victory for the opposition on Monday.",
        "The opposition leader called the vote a farce on Monday.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      assertTrue(evs.stream().noneMatch(e -> e.trigger().text().equals("called")), () -> text + ": " + evs);
    }
    // a call for something, and a call to someone, stay acts
    List<EventRecord> asked = EventCoderTest.events("The opposition leader called for new elections on Monday.");
    assertTrue(EventCoderTest.first(asked, "REQUEST").isPresent(), () -> asked.toString());
    List<EventRecord> phoned = EventCoderTest.events("The Chilean president called the Peruvian president on Monday.");
    assertTrue(EventCoderTest.first(phoned, "CONSULT").isPresent(), () -> phoned.toString());
  }

  @Test
  void theSettingOfASayingIsNoHappeningOfItsOwn() {
    // where a statement was made (a news frame) is background: "said at a news conference", "during a visit, told"
    for (String text : List.of(
        "The Chilean foreign minister said at a news conference in Lima on Monday that Peru must withdraw its troops.",
        "During a visit to Lima on Monday, the Chilean foreign minister told reporters that Peru must withdraw its troops.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      assertTrue(evs.stream().filter(e -> e.event().equals("CONSULT")).noneMatch(NewsVolumeTest::current),
          () -> text + ": " + evs);
    }
    // a meeting that is itself what the sentence reports stays news
    String met = "The Chilean foreign minister met his Peruvian counterpart at a conference in Lima on Monday.";
    List<EventRecord> evs = EventCoderTest.events(met);
    assertTrue(evs.stream().filter(e -> e.event().equals("CONSULT")).anyMatch(NewsVolumeTest::current),
        () -> met + ": " + evs);
  }

  @Test
  void aHabitOrATallyOverMonthsIsNoHappening() {
    for (String text : List.of(
        "Chilean troops shelled Peruvian border posts daily.",
        "In the last 15 months, Chilean troops have shelled Peruvian border posts.")) {
      List<EventRecord> evs = EventCoderTest.events(text, "2021-03-10");
      assertTrue(evs.stream().filter(e -> e.event().equals("ASSAULT")).noneMatch(NewsVolumeTest::current),
          () -> text + ": " + evs);
    }
    // one shelling on a day is news
    String once = "Chilean troops shelled a Peruvian border post on Monday.";
    List<EventRecord> evs = EventCoderTest.events(once, "2021-03-10");
    assertTrue(evs.stream().filter(e -> e.event().equals("ASSAULT")).anyMatch(NewsVolumeTest::current),
        () -> once + ": " + evs);
  }
}
