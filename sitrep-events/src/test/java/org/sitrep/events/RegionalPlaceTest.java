package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.NlpSettings;

/**
 * Issue 14 (branch evrole11): a person named with a region of a country, not the country, is of that country
 * ({@link RegionalPlace}, in {@link Entities}); sentences written for it, with a region (Manitoba, CA) resolved as
 * the places stage would, and a control where the person's own nationality is given.
 */
class RegionalPlaceTest {
  private static CoreNlpStage nlp;

  @BeforeAll
  static void load() {
    nlp = new CoreNlpStage(NlpSettings.defaults());
  }

  private static List<EventRecord> withRegion(String text) {
    Document d = nlp.apply(Document.of(new Article("t", text, null, null, null, "2021-03-10", "en", "test")));
    List<PlaceRecord> places = new ArrayList<>();
    int at = text.indexOf("Manitoba");
    places.add(new PlaceRecord("Manitoba", at, at + 8, "Manitoba", 6065171L, "ADM1", "CA", null, 55.0, -97.0, null));
    d = d.with(Layers.PLACES, places);
    return new EventStage().apply(new ActorStage().apply(d)).get(Layers.EVENTS);
  }

  @Test
  void aProvincialLeaderIsOfTheProvincesCountry() {
    String text = "Ana Ruiz, Manitoba's provincial leader, threatened on Monday to cut power exports to Peru.";
    List<EventRecord> evs = withRegion(text);
    EventRecord e = Coded.first(evs, "THREATEN");
    assertEquals(List.of("CAN"), EventCoderTest.countries(e.actor()), () -> text + ": " + evs);
  }

  @Test
  void aNationalityGivenWins() {
    String text = "Chilean engineer Ana Ruiz, Manitoba's provincial adviser, threatened on Monday to cut power "
        + "exports to Peru.";
    List<EventRecord> evs = withRegion(text);
    EventRecord e = Coded.first(evs, "THREATEN");
    assertEquals(List.of("CHL"), EventCoderTest.countries(e.actor()), () -> text + ": " + evs);
  }
}
