package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.events.Coded.byTrigger;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/** Dating rules of branch evdate8 (EventDating), on sentences written for these tests. */
class OccasionDatingTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void dating_theOccasionsDayDatesTheMainClauseWhereverTheParserHangsTheOccasion() {
    // "at Friday's meeting" is where the dismissal took place, whichever clause the parser hangs it on
    List<EventRecord> evs = EventCoderTest.events("The Peruvian envoy again dismissed claims it is buying rifles "
        + "from Chile at Friday's meeting.", "2024-06-28");
    EventRecord rejection = byTrigger(evs, "dismissed");
    assertEquals("2024-06-28", rejection.date(), evs::toString);
    assertEquals("stated", rejection.dateBasis());
    // a day on another happening the clause names (not an occasion of setting) is that happening's only
    List<EventRecord> other = EventCoderTest.events("The Peruvian envoy dismissed claims that Tuesday's attack "
        + "was planned in Chile.", "2024-06-28");
    assertNull(byTrigger(other, "dismissed").date(), other::toString);
  }
  @Test
  void dating_aHappeningToldAsPartOfAKnownOneTakesNoDayFromTheSentenceBefore() {
    // the guard was wounded in the attack already told, not on the day of the sentence before
    List<EventRecord> evs = EventCoderTest.events("Chilean rebels attacked a Peruvian border post near Tacna. Peru "
        + "sent more troops to the border on Tuesday. Wounded in the initial attack, a Peruvian guard has died.",
        "2021-03-12");
    EventRecord wounding = byTrigger(evs, "Wounded");
    assertNull(wounding.date(), evs::toString);
    // an indefinite one is told for the first time: the narrative's day may be its day
    List<EventRecord> first = EventCoderTest.events("Chilean rebels attacked a Peruvian border post near Tacna. Peru "
        + "sent more troops to the border on Tuesday. Wounded in an ambush, a Peruvian guard has died.",
        "2021-03-12");
    assertEquals("2021-03-09", byTrigger(first, "Wounded").date(), first::toString);
  }
  @Test
  void dating_aDayNamedOnlyByReferenceToTheStorysIsNotTheArticlesDay() {
    // the tagger resolves "that night" and "the day" to the article's own day; they are the story's days
    List<EventRecord> night = EventCoderTest.events("Peru reported a clash near Tacna. Later that night, Chilean "
        + "soldiers shelled a Peruvian border post.", "2021-03-12");
    assertNull(byTrigger(night, "shelled").date(), night::toString);
    List<EventRecord> day = EventCoderTest.events("Chilean soldiers shelled a Peruvian border post the day after "
        + "the vote.", "2021-03-12");
    assertNull(byTrigger(day, "shelled").date(), day::toString);
    // "this morning" is the article's own day
    List<EventRecord> today = EventCoderTest.events("Chilean soldiers shelled a Peruvian border post this morning.",
        "2021-03-12");
    assertEquals("2021-03-12", byTrigger(today, "shelled").date(), today::toString);
    assertEquals("article_date", byTrigger(today, "shelled").dateBasis());
  }
  @Test
  void dating_aDayTheParserHangsOnTheSubjectIsItsVerbs() {
    // "the minister on Saturday said": the day is the saying's, and so the verbal event's it reports
    List<EventRecord> evs = EventCoderTest.events("The Peruvian foreign minister on Saturday said Peru supports the "
        + "Chilean proposal, which was made in April.", "2021-03-10");
    EventRecord support = byTrigger(evs, "supports");
    assertEquals("2021-03-06", support.date(), evs::toString);
    // a happening it reports is dated by the statement only
    List<EventRecord> shelling = EventCoderTest.events("The Peruvian foreign minister on Saturday said Chilean "
        + "troops shelled a border post that was built in 2019.", "2021-03-10");
    assertEquals("statement_only", byTrigger(shelling, "shelled").dateBasis(), shelling::toString);
  }
}
