package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Titled;
import org.sitrep.core.model.EventRecord;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.NlpSettings;

/** Dating rule of branch evdate9 (HeadlineDating), on articles written for these tests. */
class HeadlineDatingTest {
  private static CoreNlpStage nlp;

  @BeforeAll
  static void load() {
    nlp = new CoreNlpStage(NlpSettings.defaults());
  }

  private static List<EventRecord> events(String title, String text, String published) {
    Document d = nlp.apply(Titled.document(new Article("h", text, null, null, title, published, "en", "test")));
    return new EventStage().apply(new ActorStage().apply(d)).get(Layers.EVENTS);
  }

  private static final String TITLE = "Families of 12 Peruvians in Chile fear the worst after 30 deported to Peru";

  private static EventRecord headline(List<EventRecord> evs) {
    return evs.stream().filter(e -> e.trigger().text().equals("deported") && e.trigger().start() < TITLE.length())
        .findFirst().orElseThrow(() -> new AssertionError(evs.toString()));
  }

  @Test
  void dating_theHeadlinesHappeningTakesTheDayOfADatedDefiniteReferenceToIt() {
    // the headline tells the news with no day; the body's "Chile's June 3 deportations" (a definite event noun with
    // its own day, kept apart by the merger: outside the news's week) refers back to it; "last month" agrees
    List<EventRecord> evs = events(TITLE,
        "Families of the twelve Peruvian miners still held in Chile say they fear for them since Chilean "
            + "authorities deported 30 others to Peru last month. In a statement on Chile's June 3 deportations, the "
            + "Chilean interior ministry said Lima had asked for their return.", "2023-07-10");
    EventRecord e = headline(evs);
    assertEquals("2023-06-03", e.date(), evs::toString);
    assertEquals("same_event", e.dateBasis());
  }

  @Test
  void dating_theHeadlinesHappeningTakesNoDayWhereTheArticleTellsAnotherForItsKind() {
    // a month that does not hold the reference's day: which happening the headline tells is not said
    List<EventRecord> evs = events(TITLE,
        "Families of the twelve Peruvian miners still held in Chile say they fear for them since Chilean "
            + "authorities deported 30 others to Peru in April. In a statement on Chile's June 3 deportations, the "
            + "Chilean interior ministry said Lima had asked for their return.", "2023-07-10");
    assertNull(headline(evs).date(), evs::toString);
  }
}
