package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.sitrep.events.PloverPartiesTest.countries;

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

/** The country an event or a group is placed in, from its own "in" phrase (issue 14); sentences written for it. */
class EventPlaceCountryTest {
  private static CoreNlpStage nlp;

  @BeforeAll
  static void load() {
    nlp = new CoreNlpStage(NlpSettings.defaults());
  }

  /** The events of {@code text} with Toronto (CA) and Lima (PE) resolved as the places stage would. */
  private static List<EventRecord> withPlaces(String text) {
    Document d = nlp.apply(Document.of(new Article("t", text, null, null, null, "2021-03-10", "en", "test")));
    List<PlaceRecord> places = new ArrayList<>();
    int toronto = text.indexOf("Toronto");
    places.add(new PlaceRecord("Toronto", toronto, toronto + 7, "Toronto", 6167865L, "PPLA", "CA", null, 43.7, -79.4,
        null));
    int lima = text.indexOf("Lima");
    if (lima >= 0) {
      places.add(new PlaceRecord("Lima", lima, lima + 4, "Lima", 3936456L, "PPLC", "PE", null, -12.04, -77.03, null));
    }
    d = d.with(Layers.PLACES, places);
    return new EventStage().apply(new ActorStage().apply(d)).get(Layers.EVENTS);
  }

  /**
   * An arrest with no one named is made by the state it takes place in: the place of the event's own "in" phrase,
   * not a place named earlier in the sentence for where the person comes from.
   */
  @Test
  void local_theEventsOwnPlaceBeforeTheFirstPlaceNamed() {
    List<EventRecord> evs = withPlaces("A teacher from Toronto was arrested in Lima on Monday.");
    EventRecord e = Coded.first(evs, "COERCE");
    assertEquals(List.of("PER"), countries(e.actor()), evs::toString);
    // with no "in" phrase on the event, the first place named in the sentence stays the event's country
    List<EventRecord> plain = withPlaces("A teacher from Toronto was arrested on Monday.");
    assertEquals(List.of("CAN"), countries(Coded.first(plain, "COERCE").actor()), plain::toString);
  }

  /**
   * "On" places a group ("present on X soil") but not an event: an event noun's "on" phrase is its target ("an attack
   * on X"), so it is not where the event happens (`place_prepositions` against `surface_prepositions`; the group's
   * "on" is EventPartiesTest's).
   */
  @Test
  void local_anEventsOnPhraseIsItsTargetNotItsPlace() {
    List<EventRecord> evs = withPlaces("Students in Toronto protested against a possible attack on Lima.");
    EventRecord e = Coded.first(evs, "PROTEST");
    assertNotEquals(List.of("PER"), countries(e.recipient()), evs::toString);
  }
}
