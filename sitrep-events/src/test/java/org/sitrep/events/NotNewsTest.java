package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.Coded.current;
import static org.sitrep.events.Coded.currentWith;
import static org.sitrep.events.Coded.noneCurrent;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Issue 14 (branch evvol5): mentions that are not a happening of the news ({@link NotNews}): a risk, a rule in
 * force, context told "earlier this month", testimony to a court, what was not done, a saying that describes a
 * thing, a standing dependence, an activity going on for a while, a happening recalled by its anniversary. Each
 * on CoreNLP parses of sentences written for these tests, with a control that stays news.
 */
class NotNewsTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void aRiskIsNoHappening() {
    String text = "Farmers left the valley because of the ongoing threat of Peruvian attacks.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(noneCurrent(evs, "attacks") && noneCurrent(evs, "threat"), () -> text + ": " + evs);
    // a threat a party made stays news
    String made = "Peru's threat of sanctions angered the Chilean government on Monday.";
    List<EventRecord> threat = EventCoderTest.events(made);
    assertTrue(currentWith(threat, "THREATEN", "threat"), () -> made + ": " + threat);
  }

  @Test
  void aPossibleHappeningIsNoHappening() {
    for (String text : List.of("A potential ceasefire between Peru and Chile could change the region.",
        "Students in Lima protested on Monday against a possible attack on Chile by Peru.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      assertTrue(noneCurrent(evs, "ceasefire") && noneCurrent(evs, "attack"), () -> text + ": " + evs);
    }
    // the same happening without the adjective stays news
    String held = "Students in Lima protested on Monday against the attack on Chile by Peru.";
    List<EventRecord> evs = EventCoderTest.events(held);
    assertTrue(evs.stream().anyMatch(e -> e.trigger().text().equals("attack") && current(e)), () -> held + ": " + evs);
  }

  @Test
  void repeatedHappeningsAreATally() {
    String text = "The Chilean envoy said that Peru's repeated calls for talks with Chile have gone unanswered.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(noneCurrent(evs, "calls"), () -> text + ": " + evs);
    // one call stays news
    String one = "The Chilean envoy said that Peru's call for talks with Chile on Monday has gone unanswered.";
    List<EventRecord> call = EventCoderTest.events(one);
    assertTrue(call.stream().anyMatch(e -> e.trigger().text().equals("call") && current(e)), () -> one + ": " + call);
  }

  @Test
  void aRuleBrokenOrKeptIsNoHappening() {
    String text = "Such shipments would violate the Chilean arms embargo on Peru.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(noneCurrent(evs, "embargo"), () -> text + ": " + evs);
    String imposed = "Chile imposed an arms embargo on Peru on Monday.";
    List<EventRecord> act = EventCoderTest.events(imposed);
    assertTrue(act.stream().anyMatch(e -> e.event().equals("SANCTION") && current(e)), () -> imposed + ": " + act);
  }

  @Test
  void aHappeningOfAnEarlierMonthIsContext() {
    for (String text : List.of("Earlier this month, Peruvian troops shelled a Chilean border post.",
        "Earlier in March, Peruvian troops shelled a Chilean border post.")) {
      List<EventRecord> evs = EventCoderTest.events(text, "2021-03-20");
      assertTrue(noneCurrent(evs, "shelled"), () -> text + ": " + evs);
    }
    // a day earlier is the news's time
    String day = "A day earlier, Peruvian troops shelled a Chilean border post.";
    List<EventRecord> evs = EventCoderTest.events(day, "2021-03-20");
    assertTrue(currentWith(evs, "ASSAULT", "shelled"), () -> day + ": " + evs);
  }

  @Test
  void tellingACourtIsTestimonyNotAConsultation() {
    String text = "The Chilean prosecutor told the court that the Peruvian defendant had lied.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(evs.stream().noneMatch(e -> e.event().equals("CONSULT")), () -> text + ": " + evs);
    String party = "The Chilean president told the Peruvian president that the border would stay open.";
    List<EventRecord> told = EventCoderTest.events(party);
    assertTrue(told.stream().anyMatch(e -> e.event().equals("CONSULT")), () -> party + ": " + told);
  }

  @Test
  void briefingACouncilIsAStatementNotAConsultation() {
    for (String text : List.of(
        "The Chilean envoy told the Security Council that Peruvian troops had crossed the border.",
        "The Chilean minister told parliament that the border would stay open.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      assertTrue(evs.stream().noneMatch(e -> e.event().equals("CONSULT")), () -> text + ": " + evs);
    }
    // told a party, it stays a consultation
    String party = "The Chilean envoy told the Peruvian foreign minister that the border would stay open.";
    List<EventRecord> told = EventCoderTest.events(party);
    assertTrue(told.stream().anyMatch(e -> e.event().equals("CONSULT")), () -> party + ": " + told);
  }

  /** Branch evvol8: plural people of the public (`public_sectors`) told something are an audience. */
  @Test
  void tellingThePublicIsNoConsultation() {
    for (String text : List.of(
        "The Peruvian gunmen told passengers that the train would not move again.",
        "“Stay in your seats,” the Peruvian gunmen told the passengers.",
        "The Chilean mayor told residents that the water was safe.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      assertTrue(evs.stream().noneMatch(e -> e.event().equals("CONSULT")), () -> text + ": " + evs);
    }
    // told a party, it stays a consultation
    String party = "The Chilean mayor told the Peruvian ambassador that the water was safe.";
    List<EventRecord> told = EventCoderTest.events(party);
    assertTrue(told.stream().anyMatch(e -> e.event().equals("CONSULT")), () -> party + ": " + told);
  }

  /** Branch evvol8: an answer told with a coded means is that means, one happening, not two. */
  @Test
  void anAnswerByItsMeansIsTheMeans() {
    for (String text : List.of(
        "Chile retaliated by imposing new tariffs on Peruvian copper.",
        "Chile hit back with sanctions on Peruvian banks.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      assertTrue(evs.stream().noneMatch(e -> e.event().equals("ASSAULT") && current(e)), () -> text + ": " + evs);
      assertTrue(evs.stream().anyMatch(e -> e.event().equals("SANCTION") && current(e)), () -> text + ": " + evs);
    }
    // without a coded means, the answer is the event
    String bare = "Chile retaliated on Tuesday.";
    List<EventRecord> alone = EventCoderTest.events(bare);
    assertTrue(currentWith(alone, "ASSAULT", "retaliated"), () -> bare + ": " + alone);
    // a threatened answer is the threat, whatever its means
    String threat = "Chile has hinted that it could retaliate with tariffs on Peruvian copper.";
    List<EventRecord> hinted = EventCoderTest.events(threat);
    assertTrue(hinted.stream().anyMatch(e -> e.trigger().text().equals("retaliate") && current(e)),
        () -> threat + ": " + hinted);
  }

  /** Branch evvol8: the subject of a verb of perceiving (`perceiving`) is no party of what it perceives. */
  @Test
  void aWitnessIsNoParty() {
    for (String text : List.of(
        "Chilean farmers witnessed an attack on the border post.",
        "Chilean villagers heard heavy shelling near the border.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      assertTrue(evs.stream().noneMatch(e -> e.actor().stream().anyMatch(a -> "CHL".equals(a.country()))),
          () -> text + ": " + evs);
    }
    // the subject of a verb of doing is the party
    String done = "Chilean troops launched an attack on the border post.";
    List<EventRecord> launched = EventCoderTest.events(done);
    assertTrue(launched.stream().anyMatch(e -> e.event().equals("ASSAULT")
        && e.actor().stream().anyMatch(a -> "CHL".equals(a.country()))), () -> done + ": " + launched);
  }

  /** Branch evvol8: a verb of agreement reporting a quotation shares a view; it is no agreement to act. */
  @Test
  void concurringWithAQuotationIsNoAgreement() {
    String text = "“The danger has not passed yet,” agreed the Chilean envoy.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(evs.stream().noneMatch(e -> e.event().equals("AGREE") && current(e)), () -> text + ": " + evs);
    // an agreement to act stays one
    String act = "The Chilean envoy agreed to resume talks with Peru.";
    List<EventRecord> agreed = EventCoderTest.events(act);
    assertTrue(agreed.stream().anyMatch(e -> e.event().equals("AGREE") && current(e)), () -> act + ": " + agreed);
  }

  /** Branch evvol8: sharing needs a partner, and the press is none ("shared with reporters" is a statement). */
  @Test
  void sharingWithThePressOrNoOneIsNoCooperation() {
    for (String text : List.of(
        "The Chilean minister shared a video of the Peruvian envoy.",
        "The Chilean minister shared the Peruvian report with reporters.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      assertTrue(evs.stream().noneMatch(e -> e.event().equals("COOPERATE")), () -> text + ": " + evs);
    }
    // shared with a party, it is cooperation
    String party = "Chile shared intelligence with Peru about the smugglers.";
    List<EventRecord> shared = EventCoderTest.events(party);
    assertTrue(shared.stream().anyMatch(e -> e.event().equals("COOPERATE")), () -> party + ": " + shared);
  }

  /** Branch evvol8: an event noun a verb of describing takes (`describing_verbs`) is described, not told. */
  @Test
  void whatIsDescribedIsNoHappening() {
    String text = "Analysts called the two states an alliance, describing their growing cooperation against Peru.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(evs.stream().anyMatch(e -> e.trigger().text().equals("cooperation")) && noneCurrent(evs, "cooperation"),
        () -> text + ": " + evs);
    // the same noun as what was done stays news
    String done = "Chile and Bolivia expanded their military cooperation against Peru.";
    List<EventRecord> expanded = EventCoderTest.events(done);
    assertTrue(expanded.stream().anyMatch(e -> e.trigger().text().equals("cooperation") && current(e)),
        () -> done + ": " + expanded);
  }

  @Test
  void whatWasNotDoneIsNoHappening() {
    String text = "Chile demanded a full withdrawal of Peruvian troops before granting any aid to Peru.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(noneCurrent(evs, "aid") && noneCurrent(evs, "granting"), () -> text + ": " + evs);
    String after = "Chile demanded a full withdrawal of Peruvian troops after granting aid to Peru.";
    List<EventRecord> done = EventCoderTest.events(after);
    assertTrue(currentWith(done, "AID", "aid"), () -> after + ": " + done);
  }

  @Test
  void aSayingThatDescribesAThingIsNoHappening() {
    String text = "The Chilean and Peruvian ministers met at a summit requested by Argentina.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(noneCurrent(evs, "requested"), () -> text + ": " + evs);
    // dated, it is news: "a proposal made on Monday"
    String dated = "The Chilean and Peruvian ministers met at a summit requested by Argentina on Monday.";
    List<EventRecord> news = EventCoderTest.events(dated);
    assertTrue(currentWith(news, "REQUEST", "requested"), () -> dated + ": " + news);
  }

  @Test
  void aStandingDependenceIsNoHappening() {
    String text = "The Peruvian government met the envoys on Monday. Peru relies heavily on Chilean aid.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(noneCurrent(evs, "aid"), () -> text + ": " + evs);
    String past = "The Peruvian government met the envoys on Monday. Peru relied on Chilean aid during the flood.";
    List<EventRecord> then = EventCoderTest.events(past);
    assertTrue(currentWith(then, "AID", "aid"), () -> past + ": " + then);
  }

  @Test
  void anActivityGoingOnForAWhileIsBackground() {
    String text = "Chile closed its border with Peru on Monday. "
        + "The rebels have been fighting the Peruvian army for years, accusing the government of abuses.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(noneCurrent(evs, "fighting") && noneCurrent(evs, "accusing"), () -> text + ": " + evs);
    // the news lead in the perfect progressive is the day's news
    String lead = "Peruvian rebels have been attacking Chilean border posts.";
    List<EventRecord> news = EventCoderTest.events(lead);
    assertTrue(currentWith(news, "ASSAULT", "attacking"), () -> lead + ": " + news);
  }

  @Test
  void aHappeningRecalledByItsAnniversaryIsPast() {
    String text = "Chile marked the tenth anniversary of the Peruvian attacks on its border posts.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(noneCurrent(evs, "attacks"), () -> text + ": " + evs);
    String news = "Chile reported the tenth day of Peruvian attacks on its border posts.";
    List<EventRecord> now = EventCoderTest.events(news);
    assertTrue(currentWith(now, "ASSAULT", "attacks"), () -> news + ": " + now);
  }

  @Test
  void anAimReachesItsDestinationAndItsBareInfinitive() {
    for (String text : List.of("The envoy urged the Peruvian president to return to talks with Chile.",
        "Chile sent an envoy to Lima in an effort to make Peru release the fishermen.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      assertTrue(noneCurrent(evs, "talks") && noneCurrent(evs, "release"), () -> text + ": " + evs);
    }
    // talks held, and a release made, are news
    String held = "The Peruvian president returned to talks with Chile on Monday.";
    List<EventRecord> evs = EventCoderTest.events(held);
    assertTrue(currentWith(evs, "CONSULT", "talks"), () -> held + ": " + evs);
  }

  @Test
  void aConjunctSharesTheModalOfItsFirstVerb() {
    String text = "Peru could either recall its ambassador or expel the Chilean diplomats.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(noneCurrent(evs, "expel"), () -> text + ": " + evs);
    // with a subject of its own, the conjunct is told as it stands
    String own = "Peru could recall its ambassador, and Chile expelled the Peruvian diplomats on Monday.";
    List<EventRecord> done = EventCoderTest.events(own);
    assertTrue(done.stream().anyMatch(e -> e.trigger().text().equals("expelled") && current(e)),
        () -> own + ": " + done);
  }

  @Test
  void theTopicOfADisputeIsNoHappening() {
    String text = "The Chilean and Peruvian leaders disagreed over Chilean aid to Peru.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(noneCurrent(evs, "aid"), () -> text + ": " + evs);
    String given = "Chile gave aid to Peru over the weekend.";
    List<EventRecord> aid = EventCoderTest.events(given);
    assertTrue(aid.stream().anyMatch(e -> e.event().equals("AID") && current(e)), () -> given + ": " + aid);
  }

  @Test
  void anAbsenceIsNoRefusal() {
    String text = "The Peruvian president's term expired with no agreement with Chile on the border.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(evs.stream().noneMatch(e -> e.event().equals("REJECT")), () -> text + ": " + evs);
    String refused = "Peru refused to accept the agreement with Chile.";
    List<EventRecord> rej = EventCoderTest.events(refused);
    assertTrue(rej.stream().anyMatch(e -> e.event().equals("REJECT")), () -> refused + ": " + rej);
  }

  @Test
  void aPleaIsNoRequest() {
    String text = "The two Peruvian officers have pleaded not guilty.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(evs.stream().noneMatch(e -> e.event().equals("REQUEST")), () -> text + ": " + evs);
    String help = "The Peruvian president pleaded with Chile for help on Monday.";
    List<EventRecord> asked = EventCoderTest.events(help);
    assertTrue(asked.stream().anyMatch(e -> e.event().equals("REQUEST")), () -> help + ": " + asked);
  }

  @Test
  void aPresentParticipleDescribingAThingIsNoHappening() {
    String text = "Chilean voters are divided over opposition figures supporting the former Peruvian president.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(noneCurrent(evs, "supporting"), () -> text + ": " + evs);
    String act = "Opposition figures are supporting the former Peruvian president.";
    List<EventRecord> now = EventCoderTest.events(act);
    assertTrue(currentWith(now, "SUPPORT", "supporting"), () -> act + ": " + now);
  }

  @Test
  void sinceMakesTheCopulasPredicateHistorical() {
    String text = "Since 2015, the town has been a center of the Chilean mobilization against Peru.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(noneCurrent(evs, "mobilization"), () -> text + ": " + evs);
    String today = "The town is a center of the Chilean mobilization against Peru on Monday.";
    List<EventRecord> now = EventCoderTest.events(today);
    assertTrue(now.stream().anyMatch(e -> e.trigger().text().equals("mobilization") && current(e)),
        () -> today + ": " + now);
  }

  @Test
  void aConcernsClauseIsFearedWhateverTheTaggerMakesOfItsVerb() {
    // "grants" may be tagged a plural noun; with a subject of its own it is the feared clause's verb
    String text = "There are also concerns that the temporary Peruvian constitution grants vast powers to the president.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(noneCurrent(evs, "grants"), () -> text + ": " + evs);
  }

  @Test
  void aPerfectWithASinceClauseIsACourseOfThings() {
    String text = "The Peruvian rebels have intensified attacks on Chilean border posts since the talks collapsed.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(noneCurrent(evs, "attacks"), () -> text + ": " + evs);
    // a causal "since" with the simple past leaves the happening news
    String causal = "Since the talks collapsed, Peruvian rebels attacked Chilean border posts on Monday.";
    List<EventRecord> now = EventCoderTest.events(causal);
    assertTrue(currentWith(now, "ASSAULT", "attacked"), () -> causal + ": " + now);
  }

  @Test
  void weeksOfAnActivityAreATally() {
    String text = "After months of talks with Chile, Peru deported the Chilean workers on Monday.";
    List<EventRecord> evs = EventCoderTest.events(text);
    assertTrue(evs.stream().anyMatch(e -> e.trigger().text().equals("talks")) && noneCurrent(evs, "talks"),
        () -> text + ": " + evs);
    // hours of talks on the news's day are the day's happening
    String hours = "After eight hours of talks with Chile on Monday, Peru agreed to a ceasefire.";
    List<EventRecord> talks = EventCoderTest.events(hours);
    assertTrue(currentWith(talks, "CONSULT", "talks"), () -> hours + ": " + talks);
  }
}
