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
}
