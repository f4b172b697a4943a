package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.Evidence;
import org.sitrep.core.model.TextSpan;

/** Merging mentions into happenings, background and salience, on records built by hand (no NLP). */
class EventMergerTest {
  private static ActorRecord a(String country) {
    return new ActorRecord(country, null, country, null, null);
  }

  private static EventMerger.Coded mention(String type, List<String> actor, List<String> recipient, String date,
      String status, int sentence) {
    EventRecord e = new EventRecord("d#e" + sentence, type, null, null, "190", 4, -9.0,
        actor.stream().map(EventMergerTest::a).toList(), recipient.stream().map(EventMergerTest::a).toList(), date,
        date, null, null, status, null, new Evidence(sentence * 10, sentence * 10 + 9, "s" + sentence),
        new TextSpan(sentence * 10, sentence * 10 + 3, "hit"));
    return new EventMerger.Coded(e, sentence, date == null ? "none" : "stated");
  }

  /** A party written "KEN/MIL" or "?/REB" (no country). */
  private static ActorRecord party(String side) {
    String[] cs = side.split("/");
    return new ActorRecord(side, null, cs[0].equals("?") ? null : cs[0], cs[1], null);
  }

  private static EventMerger.Coded sided(List<String> actor, List<String> recipient, int sentence) {
    EventRecord e = new EventRecord("d#e" + sentence, "ASSAULT", null, null, "190", 4, -9.0,
        actor.stream().map(EventMergerTest::party).toList(), recipient.stream().map(EventMergerTest::party).toList(),
        null, null, null, null, "occurred", null, new Evidence(sentence * 10, sentence * 10 + 9, "s" + sentence),
        new TextSpan(sentence * 10, sentence * 10 + 3, "hit"));
    return new EventMerger.Coded(e, sentence, "none");
  }

  /** "Soldiers killed the gunmen who stormed a school": the gunmen change sides, so two happenings. */
  @Test
  void aPartyOnTheOtherSideBySectorIsAnotherHappening() {
    assertEquals(2, EventMerger.merge("d", "2021-03-10", List.of(
        sided(List.of("KEN/MIL"), List.of("?/REB"), 0),
        sided(List.of("?/REB"), List.of("?/EDU"), 0))).size());
    assertEquals(2, EventMerger.merge("d", "2021-03-10", List.of(
        sided(List.of("SOM/MIL"), List.of("SOM/REB"), 0),
        sided(List.of("SOM/REB"), List.of(), 1))).size(), "an internal conflict's sides are told by sector");
    // rebels fighting rebels: a party on both sides changes nothing
    assertEquals(1, EventMerger.merge("d", "2021-03-10", List.of(
        sided(List.of("?/REB"), List.of("?/REB"), 0),
        sided(List.of("?/REB"), List.of(), 1))).size());
  }

  @Test
  void mentionsWithCompatibleParticipantsAreOneEvent() {
    List<EventRecord> out = EventMerger.merge("d", "2021-03-10", List.of(
        mention("ASSAULT", List.of("CHL"), List.of("PER"), "2021-03-08", "occurred", 0),
        mention("ASSAULT", List.of(), List.of("PER"), null, "occurred", 2),
        mention("ASSAULT", List.of("CHL", "ARG"), List.of(), null, "occurred", 3)));
    assertEquals(1, out.size());
    EventRecord e = out.get(0);
    assertEquals(3, e.mentions().size());
    assertEquals(List.of("CHL", "ARG"), e.actor().stream().map(ActorRecord::country).toList());
    assertEquals("2021-03-08", e.date());
    assertEquals("d#e1", e.id());
  }

  @Test
  void sidesThatSwapOrDisagreeStayApart() {
    List<EventRecord> out = EventMerger.merge("d", "2021-03-10", List.of(
        mention("ASSAULT", List.of("CHL"), List.of("PER"), null, "occurred", 0),
        mention("ASSAULT", List.of("PER"), List.of("CHL"), null, "occurred", 1),
        mention("ASSAULT", List.of("BOL"), List.of("PER"), null, "occurred", 2),
        mention("ASSAULT", List.of("CHL"), List.of("PER"), "2021-03-08", "occurred", 3),
        mention("ASSAULT", List.of("CHL"), List.of("PER"), "2021-03-09", "occurred", 4)));
    assertEquals(4, out.size(), out::toString); // the first and the dated fourth are one; the fifth's date differs
  }

  /** Somali forces against Somali militants: the same country on both sides of every mention is one conflict. */
  @Test
  void anInternalConflictIsOneEventAcrossItsMentions() {
    List<EventRecord> out = EventMerger.merge("d", "2021-03-10", List.of(
        mention("ASSAULT", List.of("SOM"), List.of("SOM"), null, "occurred", 0),
        mention("ASSAULT", List.of("SOM"), List.of("SOM"), "2021-03-09", "occurred", 1),
        mention("ASSAULT", List.of(), List.of("SOM"), null, "occurred", 2),
        mention("ASSAULT", List.of("SOM"), List.of("SOM", "KEN"), null, "occurred", 3)));
    // the third names only the victims' side: it may be another attack on them; the fourth has Kenyans among
    // the victims: another attack, not the internal conflict
    assertEquals(3, out.size(), out::toString);
    assertEquals(2, out.get(0).mentions().size());
    assertEquals("2021-03-09", out.get(0).date());
  }

  /** "Kenyan gunmen stormed a Kenyan school. ... The gunmen were shooting": one side named, told by sector. */
  @Test
  void aMentionNamingOneSideOfAnInternalConflictJoinsWhereItsSectorMatches() {
    assertEquals(1, EventMerger.merge("d", "2021-03-10", List.of(
        sided(List.of("KEN/REB"), List.of("KEN/EDU"), 0),
        sided(List.of("KEN/REB", "KEN/CVL"), List.of(), 1))).size(), "the gunmen again, no victim named");
    assertEquals(1, EventMerger.merge("d", "2021-03-10", List.of(
        sided(List.of("KEN/REB"), List.of("KEN/EDU"), 0),
        sided(List.of(), List.of("KEN/EDU"), 1))).size(), "the school again, no attacker named");
    // another sector on the named side: perhaps another attack
    assertEquals(2, EventMerger.merge("d", "2021-03-10", List.of(
        sided(List.of("KEN/REB"), List.of("KEN/EDU"), 0),
        sided(List.of("KEN/MIL"), List.of(), 1))).size());
    // the side named is the other side of the happening: the soldiers' answer
    assertEquals(2, EventMerger.merge("d", "2021-03-10", List.of(
        sided(List.of("KEN/MIL"), List.of("KEN/REB"), 0),
        sided(List.of("KEN/REB"), List.of(), 1))).size());
  }

  @Test
  void aCountryOnlyOnTheOtherSideHasSwitchedEvenInAnInternalConflict() {
    List<EventRecord> out = EventMerger.merge("d", "2021-03-10", List.of(
        mention("ASSAULT", List.of(), List.of("SOM"), null, "occurred", 0),
        mention("ASSAULT", List.of("SOM"), List.of(), null, "occurred", 1)));
    assertEquals(2, out.size(), out::toString);
  }

  @Test
  void otherTypesAndStatusesStayApart() {
    List<EventRecord> out = EventMerger.merge("d", "2021-03-10", List.of(
        mention("ASSAULT", List.of("CHL"), List.of("PER"), null, "occurred", 0),
        mention("COERCE", List.of("CHL"), List.of("PER"), null, "occurred", 1),
        mention("ASSAULT", List.of("CHL"), List.of("PER"), null, "threatened", 2),
        mention("ASSAULT", List.of("CHL"), List.of("PER"), null, "negated", 3)));
    assertEquals(4, out.size());
  }

  @Test
  void earlierEventsAreBackgroundAndNeverMerged() {
    List<EventRecord> out = EventMerger.merge("d", "2021-03-10", List.of(
        mention("ASSAULT", List.of("CHL"), List.of("PER"), null, "occurred", 0),
        mention("ASSAULT", List.of("CHL"), List.of("PER"), "2020-11-02", "occurred", 1),
        mention("ASSAULT", List.of("CHL"), List.of("PER"), null, "historical", 2)));
    assertEquals(3, out.size());
    assertNull(out.get(0).background());
    assertEquals(Boolean.TRUE, out.get(1).background());
    assertEquals(Boolean.TRUE, out.get(2).background());
    assertEquals(0.0, out.get(1).salience());
  }

  @Test
  void background_byDateRelativeToTheArticle() {
    EventRecord lastWeek = mention("ASSAULT", List.of(), List.of(), "2021-03-03", "occurred", 0).record();
    EventRecord lastMonth = mention("ASSAULT", List.of(), List.of(), "2021-02", "occurred", 0).record();
    EventRecord thisMonth = mention("ASSAULT", List.of(), List.of(), "2021-03", "occurred", 0).record();
    EventRecord lastYear = mention("ASSAULT", List.of(), List.of(), "2020-06", "occurred", 0).record();
    assertFalse(EventMerger.background(lastWeek, "2021-03-10"));
    assertTrue(EventMerger.background(lastMonth, "2021-03-10")); // "last month, militants ambushed a bus"
    assertFalse(EventMerger.background(thisMonth, "2021-03-10"));
    assertTrue(EventMerger.background(lastYear, "2021-03-10"));
    assertFalse(EventMerger.background(lastYear, null));
  }

  @Test
  void salience_leadAndRepetitionRankFirst() {
    List<EventRecord> out = EventMerger.merge("d", "2021-03-10", List.of(
        mention("ASSAULT", List.of("CHL"), List.of("PER"), null, "occurred", 0),
        mention("CONSULT", List.of("BOL"), List.of("ARG"), null, "occurred", 6),
        mention("ASSAULT", List.of("CHL"), List.of("PER"), null, "occurred", 8)));
    assertEquals(2, out.size());
    assertTrue(out.get(0).salience() > out.get(1).salience(), out::toString);
    assertTrue(out.get(0).salience() <= 1.0 && out.get(1).salience() >= 0.0);
  }

  @Test
  void aMentionDatedOutsideTheNewsWeekIsAnotherHappening() {
    // "the attack" (undated) and "last month, militants attacked ...": two happenings, the second background
    List<EventRecord> out = EventMerger.merge("d", "2021-03-10", List.of(
        mention("ASSAULT", List.of("CHL"), List.of("PER"), null, "occurred", 0),
        mention("ASSAULT", List.of("CHL"), List.of("PER"), "2021-02", "occurred", 1)));
    assertEquals(2, out.size());
    assertNull(out.get(0).date());
    assertEquals(Boolean.TRUE, out.get(1).background());
    // a month of the article's own is not the news's day either, but it is not background
    out = EventMerger.merge("d", "2021-03-20", List.of(
        mention("ASSAULT", List.of("CHL"), List.of("PER"), null, "occurred", 0),
        mention("ASSAULT", List.of("CHL"), List.of("PER"), "2021-03", "occurred", 1)));
    assertEquals(2, out.size());
    assertNull(out.get(1).background());
    // a day of the news's week is the undated mention's happening
    out = EventMerger.merge("d", "2021-03-10", List.of(
        mention("ASSAULT", List.of("CHL"), List.of("PER"), null, "occurred", 0),
        mention("ASSAULT", List.of("CHL"), List.of("PER"), "2021-03-08", "occurred", 1)));
    assertEquals(1, out.size());
    assertEquals("2021-03-08", out.get(0).date());
  }

  /** "Friday's meeting": a dated mention with no party dates the one happening it can be, and is no event alone. */
  @Test
  void aDatedReferenceJoinsTheOneHappeningItCanBeOrNothing() {
    EventMerger.Coded reference = mention("CONSULT", List.of(), List.of(), "2021-03-09", "occurred", 5).asReference();
    List<EventRecord> out = EventMerger.merge("d", "2021-03-10", List.of(
        mention("CONSULT", List.of("CHL"), List.of("PER"), null, "occurred", 0), reference));
    assertEquals(1, out.size());
    assertEquals("2021-03-09", out.get(0).date());
    assertEquals("same_event", out.get(0).dateBasis());
    assertEquals(2, out.get(0).mentions().size());
    // two happenings it could be: it cannot tell which, and dates neither
    out = EventMerger.merge("d", "2021-03-10", List.of(
        mention("CONSULT", List.of("CHL"), List.of("PER"), null, "occurred", 0),
        mention("CONSULT", List.of("BOL"), List.of("ARG"), null, "occurred", 1), reference));
    assertEquals(2, out.size());
    assertTrue(out.stream().allMatch(e -> e.date() == null), out::toString);
    // none: the reference is no event by itself; nor does it join a happening of another day or category
    assertTrue(EventMerger.merge("d", "2021-03-10", List.of(reference)).isEmpty());
    out = EventMerger.merge("d", "2021-03-10", List.of(
        mention("CONSULT", List.of("CHL"), List.of("PER"), "2021-03-08", "occurred", 0),
        mention("ASSAULT", List.of("CHL"), List.of("PER"), null, "occurred", 1), reference));
    assertEquals(List.of("2021-03-08", "none"), out.stream().map(e -> e.date() == null ? "none" : e.date()).toList());
    assertEquals(1, out.get(0).mentions().size());
  }
}
