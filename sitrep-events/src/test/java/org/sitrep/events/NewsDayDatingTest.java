package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.events.Coded.byTrigger;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.model.EventRecord;

/** Dating rules of branch evdate7 (EventDating, MergedDating), on sentences written for these tests. */
class NewsDayDatingTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void dating_theLeadsSayingOnTheArticlesDayDatesTheHappeningItReports() {
    // Saturday's report: the lead's saying of that Saturday tells the day's news
    List<EventRecord> evs = EventCoderTest.events("Peruvian officials said Saturday that soldiers killed six "
        + "Chilean smugglers near the border.", "2021-03-13");
    EventRecord killing = byTrigger(evs, "killed");
    assertEquals("2021-03-13", killing.date(), evs::toString);
    assertEquals("news_lead", killing.dateBasis());
    // the saying of another day dates only the statement
    List<EventRecord> before = EventCoderTest.events("Peruvian officials said Friday that soldiers killed six "
        + "Chilean smugglers near the border.", "2021-03-13");
    assertNull(byTrigger(before, "killed").date(), before::toString);
    assertEquals("statement_only", byTrigger(before, "killed").dateBasis());
    // a happening told in the past perfect was before the day's news
    List<EventRecord> perfect = EventCoderTest.events("Peruvian officials said Saturday that soldiers had killed "
        + "six Chilean smugglers near the border.", "2021-03-13");
    assertNull(byTrigger(perfect, "killed").date(), perfect::toString);
    // not the lead: the saying's day dates the statement only
    List<EventRecord> later = EventCoderTest.events("Peru closed its southern border crossings. Peruvian officials "
        + "said Saturday that soldiers killed six Chilean smugglers near the border.", "2021-03-13");
    assertNull(byTrigger(later, "killed").date(), later::toString);
  }

  @Test
  void dating_aVotesTimeDatesTheMeasureItDecides() {
    List<EventRecord> evs = EventCoderTest.events("The European Union is set to vote on Thursday on new sanctions "
        + "against Russia.", "2021-03-10");
    EventRecord sanction = byTrigger(evs, "sanctions");
    assertEquals("2021-03-11", sanction.date(), evs::toString);
    assertEquals("stated", sanction.dateBasis());
    // a comment on the measure is no decision: its time is the comment's
    List<EventRecord> comment = EventCoderTest.events("The Russian envoy commented on Thursday on new European "
        + "Union sanctions against Russia.", "2021-03-10");
    comment.stream().filter(e -> e.event().equals("SANCTION"))
        .forEach(e -> assertNull(e.date(), comment::toString));
  }

  @Test
  void dating_aPossibilityToldUnderAModalTakesNoDayFromTheSentenceBefore() {
    List<EventRecord> evs = EventCoderTest.events("Peruvian lawmakers debated the copper dispute on Monday. If the "
        + "bill passes, it could see sanctions on Chilean copper.", "2021-03-10");
    evs.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.trigger().text().equals("sanctions")))
        .forEach(e -> assertNull(e.date(), evs::toString));
    // the measure as the subject of the modal verb's small clause ("could see [tariffs as high as 30%]")
    List<EventRecord> small = EventCoderTest.events("Peruvian lawmakers debated the copper dispute on Monday. If "
        + "the bill passes, it could see tariffs on Chilean copper as high as 30%.", "2021-03-10");
    small.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.trigger().text().equals("tariffs")))
        .forEach(e -> assertNull(e.date(), small::toString));
    // the same happening told as done takes the narrative's day
    List<EventRecord> done = EventCoderTest.events("Peruvian lawmakers debated the copper dispute on Monday. Peru "
        + "imposed sanctions on Chilean copper.", "2021-03-10");
    assertEquals("2021-03-08", byTrigger(done, "sanctions").date(), done::toString);
  }

  @Test
  void dating_aMonthNamedWithoutAYearForAHappeningDoneIsTheLastBeforeTheArticle() {
    // the tagger's month after the article's, for what was done: the year before's
    TimeExpression april = new TimeExpression(null, null, "In April", "DATE", "2020-04", null, null);
    assertEquals("2019-04", DatingFrames.lastYears("2020-04", april, "2019-11-29", "occurred"));
    TimeExpression day = new TimeExpression(null, null, "17 September", "DATE", "2021-09-17", null, null);
    assertEquals("2020-09-17", DatingFrames.lastYears("2021-09-17", day, "2021-04-14", "historical"));
    // a plan, a year named, a weekday, or a month not after the article's keep the tagger's value
    assertEquals("2020-04", DatingFrames.lastYears("2020-04", april, "2019-11-29", "planned"));
    TimeExpression named = new TimeExpression(null, null, "April 2020", "DATE", "2020-04", null, null);
    assertEquals("2020-04", DatingFrames.lastYears("2020-04", named, "2019-11-29", "occurred"));
    TimeExpression friday = new TimeExpression(null, null, "Friday", "DATE", "2019-12-06", null, null);
    assertEquals("2019-12-06", DatingFrames.lastYears("2019-12-06", friday, "2019-11-29", "occurred"));
    assertEquals("2019-04", DatingFrames.lastYears("2019-04", april, "2019-11-29", "occurred"));
    // through the coder: a past happening in a month after the article's
    List<EventRecord> evs = EventCoderTest.events("In April, Chilean troops shelled a Peruvian border post.",
        "2021-03-10");
    EventRecord shelling = byTrigger(evs, "shelled");
    assertEquals(true, shelling.date() == null || shelling.date().compareTo("2021-03") <= 0, evs::toString);
  }
}
