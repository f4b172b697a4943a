package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.TimeRecord;

/** When each event happened (EventDating and its use by the coder), on sentences written for these tests. */
class EventDatingTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  private static Document run(String text, String date) {
    return EventCoderTest.run(text, date);
  }

  private static List<EventRecord> events(String text) {
    return EventCoderTest.events(text);
  }

  private static List<EventRecord> events(String text, String published) {
    return EventCoderTest.events(text, published);
  }

  private static java.util.Optional<EventRecord> first(List<EventRecord> events, String category) {
    return EventCoderTest.first(events, category);
  }

  @Test
  void dating_theSpeechVerbsDateIsTheStatementsNotTheEvents() {
    List<EventRecord> evs = events("The Peruvian ministry said on Thursday that Chilean troops shelled a border post.",
        "2021-03-13");
    EventRecord e = first(evs, "ASSAULT").orElseThrow();
    assertNull(e.date(), evs::toString);
    assertEquals("statement_only", e.dateBasis());
  }

  @Test
  void dating_noTimeExpressionMeansNoDateNotThePublicationDate() {
    EventRecord e = first(events("Chilean troops shelled a Peruvian border post."), "ASSAULT").orElseThrow();
    assertNull(e.date());
    assertEquals("none", e.dateBasis());
  }

  @Test
  void dating_eventsAreDatedFromTheArticlesCorrectedTimeRecords() {
    Document d = run("Chilean troops attacked a Peruvian border post on Tuesday.", "2021-03-10");
    assertEquals("2021-03-09", first(d.get(Layers.EVENTS), "ASSAULT").orElseThrow().date());
    // the times stage (claims.times) corrects what the NLP layer resolved; events follow its records
    TimeExpression tuesday = d.list(Layers.TIMEX).stream().filter(x -> x.text().equals("Tuesday")).findFirst()
        .orElseThrow();
    Document corrected = d.with(Layers.TIMES, List.of(new TimeRecord("Tuesday", tuesday.span().start(),
        tuesday.span().end(), "DATE", "2021-03-02", null, null)));
    List<EventRecord> recoded = new EventStage().apply(corrected).get(Layers.EVENTS);
    assertEquals("2021-03-02", first(recoded, "ASSAULT").orElseThrow().date());
  }

  @Test
  void dating_aSentenceWithoutADateTakesTheOneDayOfTheSentenceBefore() {
    List<EventRecord> evs = events("Chilean troops shelled a Peruvian border post on Monday. The Peruvian government "
        + "accused Chile of violating the ceasefire.");
    EventRecord e = first(evs, "ACCUSE").orElseThrow();
    assertEquals("2021-03-08", e.date(), evs::toString);
    assertEquals("previous_sentence", e.dateBasis());
    // two days before: no single time of the narrative
    evs = events("Chilean troops shelled a Peruvian border post on Monday and again on Tuesday. The Peruvian "
        + "government accused Chile of violating the ceasefire.");
    assertNull(first(evs, "ACCUSE").orElseThrow().date(), evs::toString);
    // a month sets no day
    evs = events("Chilean troops shelled a Peruvian border post in February. The Peruvian government accused Chile of "
        + "violating the ceasefire.");
    assertNull(first(evs, "ACCUSE").orElseThrow().date(), evs::toString);
  }

  @Test
  void dating_aStatementOfIntentIsDatedByItsSaying() {
    List<EventRecord> evs = events("The Japanese government said on March 9, 2021 that it would send emergency aid "
        + "to Nepal.");
    EventRecord e = first(evs, "AGREE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals("2021-03-09", e.date(), evs::toString);
    assertTrue(first(evs, "PROTEST").isEmpty(), "the month March is no protest march: " + evs);
  }

  @Test
  void dating_aPartOfTheDayWithNoDayNamedDatesNothing() {
    List<EventRecord> evs = events("At night, Chilean troops shelled a Peruvian border post.");
    assertNull(first(evs, "ASSAULT").orElseThrow().date(), evs::toString);
    evs = events("On Monday night, Chilean troops shelled a Peruvian border post.");
    assertEquals("2021-03-08", first(evs, "ASSAULT").orElseThrow().date(), evs::toString);
  }

  @Test
  void dating_anEventInARelativeClauseTakesNoDateFromTheSentenceBefore() {
    List<EventRecord> evs = events("Chilean troops reached the border post on Monday. Peruvian "
        + "soldiers killed three gunmen who attacked a bus near the post.");
    EventRecord attack = evs.stream().filter(e -> e.trigger().text().equals("attacked")).findFirst().orElseThrow();
    assertNull(attack.date(), evs::toString);
    EventRecord killing = evs.stream().filter(e -> e.trigger().text().equals("killed")).findFirst().orElseThrow();
    assertEquals("2021-03-08", killing.date(), evs::toString);
  }

  @Test
  void dating_aTimeCountedFromAnotherHappeningDatesNothing() {
    // the tagger reads "the next day" and "days later" from the article's day; they count from the story's last one
    List<EventRecord> evs = events("Rebels attacked a police station on Monday. The next day, soldiers killed 12 rebels in the hills.",
        "2025-03-12");
    EventRecord killing = evs.stream().filter(e -> e.trigger().text().equals("killed")).findFirst().orElseThrow();
    assertNull(killing.date(), evs::toString);
    EventRecord attack = evs.stream().filter(e -> e.trigger().text().equals("attacked")).findFirst().orElseThrow();
    assertEquals("2025-03-10", attack.date(), evs::toString);
    evs = events("Gunmen seized a bus near the border on March 2. Days later, soldiers freed the hostages.", "2025-03-12");
    EventRecord freed = evs.stream().filter(e -> e.trigger().text().equals("freed")).findFirst().orElseThrow();
    assertNull(freed.date(), evs::toString);
  }

  @ParameterizedTest
  @CsvSource({"Days later,true", "a week earlier,true", "two days after,true", "the next day,true",
      "the following morning,true", "next week,false", "earlier this month,false", "Tuesday,false", "last year,false"})
  void dating_anchorRelativeExpressions(String text, boolean relative) {
    assertEquals(relative, EventDating.anchorRelative(text), text);
  }

  @Test
  void dating_aDayModifyingAnotherNounDatesThatNounsHappening() {
    // "Tuesday's hostage-taking" dates the hostage-taking, not the rejection
    List<EventRecord> evs = events("The Taliban rejected the allegation that Tuesday's hostage-taking of a train was "
        + "planned from Afghan soil.", "2025-03-13");
    EventRecord rejection = first(evs, "REJECT").orElseThrow();
    assertNull(rejection.date(), evs::toString);
    // ... but the event noun that is the verb's own happening dates it: "Tuesday's attack killed 12 soldiers"
    evs = events("Tuesday's attack killed 12 soldiers near the border.", "2025-03-13");
    EventRecord killing = first(evs, "ASSAULT").orElseThrow();
    assertEquals("2025-03-11", killing.date(), evs::toString);
  }

  @Test
  void dating_aThreatToldInThePastTakesTheDayOfTheSentenceBefore() {
    List<EventRecord> evs = events("The American envoy issued a statement on Tuesday. The statement threatened "
        + "sanctions against the Somali government.", "2021-04-14");
    EventRecord threat = first(evs, "THREATEN").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals("2021-04-13", threat.date(), evs::toString);
    assertEquals("previous_sentence", threat.dateBasis());
    // a threat foreseen has not been made on any day
    List<EventRecord> later = events("The Somali army attacked rebel camps on Tuesday. Analysts think the rebels will "
        + "increase threats against the government.", "2021-04-14");
    assertNull(first(later, "THREATEN").orElseThrow(() -> new AssertionError(later.toString())).date(),
        later::toString);
  }

  @Test
  void dating_theDayOfTheOccasionAnEventTookPlaceAtIsItsDay() {
    List<EventRecord> evs = events("The Russian ambassador dismissed the accusations at Friday's meeting.",
        "2024-06-28");
    assertEquals("2024-06-28", first(evs, "REJECT").orElseThrow().date(), evs::toString);
    evs = events("Chilean troops shelled a Peruvian border post during Thursday's offensive.", "2024-06-28");
    assertEquals("2024-06-27", first(evs, "ASSAULT").orElseThrow().date(), evs::toString);
    // "after" orders two happenings: the attack's day is not the shelling's
    evs = events("After Tuesday's attack, Chilean troops shelled a Peruvian border post.", "2024-06-28");
    assertNull(first(evs, "ASSAULT").orElseThrow().date(), evs::toString);
  }

  @Test
  void dating_aVerbalEventToldInThePastByADatedSayingIsNotDatedByIt() {
    // the offer was made before the prosecutor told of it, on a day the text does not give
    List<EventRecord> evs = events("The Peruvian prosecutor said on Tuesday that Chile accused Peru of violating the "
        + "ceasefire.");
    EventRecord accusation = first(evs, "ACCUSE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertNull(accusation.date(), evs::toString);
    assertEquals("statement_only", accusation.dateBasis());
    // a stance told in the present is held when it is told
    List<EventRecord> now = events("The Peruvian prosecutor said on Tuesday that Chile accuses Peru of violating the "
        + "ceasefire.");
    assertEquals("2021-03-09", first(now, "ACCUSE").orElseThrow().date(), now::toString);
  }

  @Test
  void dating_aDefiniteReferenceWithItsOwnDayDatesTheOneHappeningItCanBe() {
    List<EventRecord> evs = events("Rebels stormed a hotel in the capital, killing nine Kenyan guests. The militant "
        + "group claimed responsibility for the hotel attack on Tuesday.", "2025-03-12");
    EventRecord attack = first(evs, "ASSAULT").orElseThrow();
    assertEquals("2025-03-11", attack.date(), evs::toString);
    assertEquals("same_event", attack.dateBasis());
    assertTrue(attack.mentions().stream().anyMatch(m -> m.trigger().text().equals("attack")), evs::toString);
    // an indefinite one introduces another happening
    evs = events("Rebels stormed a hotel in the capital, killing nine Kenyan guests. Officials said an attack on "
        + "Tuesday killed two more.", "2025-03-12");
    assertNull(first(evs, "ASSAULT").orElseThrow().date(), evs::toString);
    // two happenings it could name: it dates neither
    List<EventRecord> two = events("Somali rebels stormed a hotel in Nairobi, killing nine Kenyan guests. Kenyan "
        + "troops shelled rebel camps in Somalia. Officials gave no details of Tuesday's attack.", "2025-03-12");
    assertTrue(two.stream().filter(e -> e.event().equals("ASSAULT")).allMatch(e -> e.date() == null), two::toString);
    // ordered before the reported one ("in response to"): another happening
    evs = events("In response to Tuesday's attack, Chilean troops shelled a Peruvian border post.", "2024-06-28");
    assertNull(first(evs, "ASSAULT").orElseThrow().date(), evs::toString);
  }

  @Test
  void dating_aSentenceWithATimeOfItsOwnOrAnIntentTakesNoDayFromTheSentenceBefore() {
    // "recently" is a time of its own, though no day: not the narrative's Monday
    List<EventRecord> evs = events("Chilean troops shelled a Peruvian border post on Monday. Peru recently accused "
        + "Chile of violating the ceasefire.");
    EventRecord accusation = first(evs, "ACCUSE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertNull(accusation.date(), evs::toString);
    // an intent (future aid, coded AGREE) is dated only by a saying of it
    List<EventRecord> intent = events("Chilean troops shelled a Peruvian border post on Monday. Argentina will send "
        + "emergency aid to Peru.");
    EventRecord agree = first(intent, "AGREE").orElseThrow(() -> new AssertionError(intent.toString()));
    assertNull(agree.date(), intent::toString);
    // the same sentences without either still take the day before's
    List<EventRecord> plain = events("Chilean troops shelled a Peruvian border post on Monday. Peru accused Chile of "
        + "violating the ceasefire.");
    assertEquals("2021-03-08", first(plain, "ACCUSE").orElseThrow().date(), plain::toString);
  }

  @Test
  void dating_aParticipleOfDoingOnAnEventNounTellsWhenItWasDone() {
    List<EventRecord> evs = events("Peru answered a Chilean proposal made on Monday to end the border dispute.");
    assertEquals("2021-03-08", first(evs, "AGREE").orElseThrow(() -> new AssertionError(evs.toString())).date(),
        evs::toString);
    // a participle telling of another happening dates that one, not the proposal
    List<EventRecord> other = events("Peru answered a Chilean proposal rejected on Monday by the Bolivian government.");
    assertNull(first(other, "AGREE").orElseThrow(() -> new AssertionError(other.toString())).date(), other::toString);
    assertEquals("2021-03-08", first(other, "REJECT").orElseThrow().date(), other::toString);
  }

  @Test
  void dating_theNewsLeadsPresentPerfectHappenedOnTheArticlesDay() {
    // the lead (the body's first sentence) tells the day's news: a "hot news" perfect is the report's day
    List<EventRecord> evs = events("The Chilean government has rejected Peru's demand for talks on the border "
        + "dispute. Peru accused Chile of shelling a border post.", "2021-03-13");
    EventRecord rejection = first(evs, "REJECT").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals("2021-03-13", rejection.date(), evs::toString);
    assertEquals("news_lead", rejection.dateBasis());
    assertNull(rejection.dateText(), "no time expression dates it: " + evs);
    // a day modifying another noun is that noun's happening's, not the lead's
    List<EventRecord> other = events("The Chilean government has rejected the allegation that Tuesday's attack on a "
        + "border post was planned in Chile.", "2021-03-13");
    EventRecord denial = first(other, "REJECT").orElseThrow(() -> new AssertionError(other.toString()));
    assertEquals("2021-03-13", denial.date(), other::toString);
    assertEquals("news_lead", denial.dateBasis());
    // the second sentence is no lead: what it tells in the past keeps no date
    assertNull(first(evs, "ACCUSE").orElseThrow(() -> new AssertionError(evs.toString())).date(), evs::toString);
    // the same happening told in the present perfect after the lead is dated by nothing
    List<EventRecord> later = events("Peru accused Chile of shelling a border post. The Chilean government has "
        + "rejected Peru's demand for talks on the border dispute.", "2021-03-13");
    assertNull(first(later, "REJECT").orElseThrow(() -> new AssertionError(later.toString())).date(),
        later::toString);
    // a past perfect tells what came before the news, on a day not given
    List<EventRecord> before = events("The Chilean government had rejected Peru's demand for talks on the border "
        + "dispute.", "2021-03-13");
    assertNull(first(before, "REJECT").orElseThrow(() -> new AssertionError(before.toString())).date(),
        before::toString);
  }

  @Test
  void dating_aPastHappeningToldByAPresentSayingInTheLeadIsTheArticlesDay() {
    List<EventRecord> evs = events("Peruvian forces say they killed six gunmen who attacked a border post.",
        "2021-03-13");
    EventRecord killing = evs.stream().filter(e -> e.trigger().text().equals("killed")).findFirst()
        .orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals("2021-03-13", killing.date(), evs::toString);
    assertEquals("news_lead", killing.dateBasis());
    // the relative clause tells what the gunmen did before: not dated
    EventRecord attack = evs.stream().filter(e -> e.trigger().text().equals("attacked")).findFirst()
        .orElseThrow(() -> new AssertionError(evs.toString()));
    assertNull(attack.date(), evs::toString);
    // a saying in the past was on a day the text does not give
    List<EventRecord> said = events("Peruvian forces said they killed six gunmen near the border.", "2021-03-13");
    assertNull(first(said, "ASSAULT").orElseThrow(() -> new AssertionError(said.toString())).date(),
        said::toString);
    // a day stated in the lead dates it, not the convention
    List<EventRecord> stated = events("Peruvian forces say they killed six gunmen near the border on Tuesday.",
        "2021-03-13");
    EventRecord dated = first(stated, "ASSAULT").orElseThrow(() -> new AssertionError(stated.toString()));
    assertEquals("Tuesday", dated.dateText(), stated::toString);
    assertEquals("stated", dated.dateBasis());
  }

  @Test
  void dating_aDatedReferenceNamingWhatWasAttackedDatesTheHappeningAimedAtIt() {
    // two attacks are told, so "the attack" alone could be either; "the hotel attack" is the one on a hotel
    List<EventRecord> evs = events("Somali troops killed six rebels near the border. Rebels attacked a hotel in "
        + "Mogadishu where elders were meeting. The rebel group claimed responsibility for the hotel attack on "
        + "Tuesday.", "2025-03-12");
    EventRecord attack = evs.stream().filter(e -> e.trigger().text().equals("attacked")).findFirst()
        .orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals("2025-03-11", attack.date(), evs::toString);
    assertEquals("same_event", attack.dateBasis());
    assertTrue(attack.mentions().stream().anyMatch(m -> m.trigger().text().equals("attack")), evs::toString);
    EventRecord killing = evs.stream().filter(e -> e.trigger().text().equals("killed")).findFirst().orElseThrow();
    assertNull(killing.date(), evs::toString);
    // a reference naming nothing that was attacked cannot tell the two apart
    List<EventRecord> bare = events("Somali troops killed six rebels near the border. Rebels attacked a hotel in "
        + "Mogadishu where elders were meeting. The rebel group claimed responsibility for Tuesday's attack.",
        "2025-03-12");
    assertTrue(bare.stream().filter(e -> e.event().equals("ASSAULT")).allMatch(e -> e.date() == null),
        bare::toString);
  }

  @Test
  void dating_aRelativeClauseOfPlaceInThePastTakesTheDayOfTheHappeningWhosePlaceItIs() {
    List<EventRecord> evs = events("Thousands of farmers marched on March 3 in the Peruvian border town, "
        + "where police arrested 40 protesters.", "2021-03-10");
    EventRecord e = evs.stream().filter(x -> x.trigger().text().equals("arrested")).findFirst()
        .orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals("2021-03-03", e.date(), evs::toString);
    assertEquals("stated", e.dateBasis());
  }

  @Test
  void dating_aRelativeClauseOfPlaceInThePresentPerfectIsAStandingStateNotTheDay() {
    List<EventRecord> evs = events("Thousands of farmers marched on March 3 in the Peruvian border town, "
        + "where police have arrested hundreds of protesters.", "2021-03-10");
    EventRecord e = evs.stream().filter(x -> x.trigger().text().equals("arrested")).findFirst()
        .orElseThrow(() -> new AssertionError(evs.toString()));
    assertNull(e.date(), evs::toString);
  }

  @Test
  void dating_aDefiniteReferenceNamesTheOneHappeningOfItsKindToldBefore() {
    List<EventRecord> evs = events("The Peruvian journalist Ana Flores has been in pretrial detention since February 27. "
        + "She thanked her supporters after her release. Flores's arrest drew international condemnation.");
    EventRecord arrest = evs.stream().filter(e -> e.event().equals("COERCE") && e.trigger().text().equals("arrest"))
        .findFirst().orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals("2021-02-27", arrest.date(), evs::toString);
    assertEquals("same_event", arrest.dateBasis());
    // told before by an indefinite mention of its own, it is no reference to the detention
    List<EventRecord> two = events("The Peruvian journalist Ana Flores has been in pretrial detention since "
        + "February 27. Police arrested her brother in Lima. Flores's arrest drew international condemnation.");
    assertTrue(two.stream().filter(e -> e.trigger().text().equals("arrest")).allMatch(e -> e.date() == null),
        two::toString);
  }

  @Test
  void dating_aDefiniteReferenceTakesNoDayFromASentenceBeforeThatDoesNotTellItsKind() {
    // "the arrest" names a happening already known, not the moment of the sentence before
    List<EventRecord> evs = events("The Peruvian journalist Ana Flores thanked her supporters on Tuesday. "
        + "Flores's arrest drew international condemnation.");
    EventRecord arrest = evs.stream().filter(e -> e.trigger().text().equals("arrest")).findFirst()
        .orElseThrow(() -> new AssertionError(evs.toString()));
    assertNull(arrest.date(), evs::toString);
    // the sentence before tells a happening of its kind: its antecedent, whose day it shares
    List<EventRecord> attack = events("Chilean rebels attacked a Peruvian border post on Tuesday. Two Peruvian "
        + "soldiers were wounded in the attack.");
    assertTrue(attack.stream().filter(e -> e.event().equals("ASSAULT")).allMatch(e -> "2021-03-09".equals(e.date())),
        attack::toString);
  }

  @Test
  void dating_aHappeningCountedFromAnotherByDaysTakesThatDayPlusTheSpan() {
    // under a dated saying: the span counts the happening, not the saying ("said on Thursday ... a day after")
    List<EventRecord> evs = events("Security officials said on Thursday that soldiers rescued 40 hostages and killed "
        + "12 gunmen, a day after the attack on the border post on Tuesday.", "2021-03-11");
    EventRecord killing = evs.stream().filter(e -> e.trigger().text().equals("killed")).findFirst().orElseThrow();
    assertEquals("2021-03-10", killing.date(), evs::toString);
    assertEquals("anchored", killing.dateBasis());
    EventRecord rescue = evs.stream().filter(e -> e.trigger().text().equals("rescued")).findFirst().orElseThrow();
    assertEquals("2021-03-10", rescue.date(), "coordinated with the counted clause");
    // the happening counted from keeps its own day; the one counted is not the sentence's only day
    evs = events("Peruvian police arrested six suspects a day after gunmen attacked a bus on Tuesday.", "2021-03-11");
    assertEquals("2021-03-10", first(evs, "COERCE").orElseThrow().date(), evs::toString);
    assertEquals("2021-03-09", first(evs, "ASSAULT").orElseThrow().date(), evs::toString);
    // no day stated for the other happening: the saying's day still dates only the saying (in Friday's report; in
    // Thursday's, the lead's saying of the day tells the day's news: NewsDayDatingTest)
    evs = events("Security officials said on Thursday that soldiers killed 12 gunmen, a day after an attack on the "
        + "border post.", "2021-03-12");
    assertNull(first(evs, "ASSAULT").orElseThrow().date(), evs::toString);
    assertEquals("statement_only", first(evs, "ASSAULT").orElseThrow().dateBasis());
  }

  @Test
  void dating_theHappeningCountedFromIsNotDatedByTheCountedDay() {
    // "two days after Tuesday" is tagged as one expression: the shelling's day, not the attack's
    List<EventRecord> evs = events("Chilean troops shelled the border town, two days after Tuesday's attack on a "
        + "Chilean convoy.", "2021-03-12");
    EventRecord shelling = evs.stream().filter(e -> e.trigger().text().equals("shelled")).findFirst().orElseThrow();
    assertEquals("2021-03-11", shelling.date(), evs::toString);
    evs.stream().filter(e -> e.trigger().text().equals("attack"))
        .forEach(e -> assertTrue(e.date() == null || e.date().equals("2021-03-09"), evs::toString));
  }

  @Test
  void dating_aDayAfterTheArticlesIsAPlanNotTheNarrativesTime() {
    List<EventRecord> evs = events("The minister said the new tariffs would take effect on Friday. The Peruvian "
        + "president also demanded that Chile drop its fishing quotas.", "2021-03-10");
    EventRecord demand = first(evs, "REQUEST").orElseThrow(() -> new AssertionError(evs.toString()));
    assertNull(demand.date(), evs::toString);
    // a day before the article's still carries over
    List<EventRecord> past = events("The new tariffs took effect on Monday. The Peruvian president also demanded "
        + "that Chile drop its fishing quotas.", "2021-03-10");
    assertEquals("2021-03-08", first(past, "REQUEST").orElseThrow(() -> new AssertionError(past.toString())).date(),
        past::toString);
  }

  @Test
  void dating_thePastPerfectIsBeforeTheNarrativesDay() {
    String before = "The Peruvian president visited the port city on Monday. ";
    List<EventRecord> evs = events(before + "The army chief had earlier said that rebels collaborated with "
        + "smugglers in Chile.");
    EventRecord e = first(evs, "COOPERATE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertNull(e.date(), evs::toString);
    List<EventRecord> own = events(before + "Chilean troops had shelled a Peruvian border post.");
    assertNull(first(own, "ASSAULT").orElseThrow(() -> new AssertionError(own.toString())).date(), own::toString);
    // told in the simple past, it is the narrative's day
    List<EventRecord> simple = events(before + "The army chief said that rebels collaborated with smugglers in "
        + "Chile.");
    assertEquals("2021-03-08", first(simple, "COOPERATE").orElseThrow(() -> new AssertionError(simple.toString()))
        .date(), simple::toString);
  }
}
